# Mistake: the rendered page is sent with Content-Type: text/plain, so the browser shows the HTML source instead of the page
# Caught by: template
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("hello.html", name=name), {"Content-Type": "text/plain"}


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
