# Mistake: the template is named with its folder, templates/hello.html; Flask already looks in templates/, so it is not found and the view fails with a 500
# Caught by: escaped, template
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("templates/hello.html", name=name)


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
