from flask import Flask, render_template, render_template_string
from markupsafe import Markup

app = Flask(__name__)


@app.get("/safe/<name>")
def safe(name):
    return render_template_string("<h1>Hello, {{ name|safe }}!</h1>", name=name)


@app.get("/markup/<name>")
def markup(name):
    return render_template("hello.html", name=Markup(name))
