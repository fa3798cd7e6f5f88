# Mistake: the name is wrapped in Markup, which tells Jinja it is safe HTML, so a name with a tag is not escaped
# Caught by: escaped
from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("hello.html", name=Markup(name))


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
