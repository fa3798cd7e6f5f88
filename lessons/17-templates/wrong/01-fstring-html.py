# Mistake: the page is an f-string, so the name goes into the HTML unescaped and the stylesheet is missing
# Caught by: escaped, template
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return f"<h1>Hello, {name}!</h1>"


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
