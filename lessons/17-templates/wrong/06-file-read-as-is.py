# Mistake: the template file is read and sent as it is, so Jinja never fills it in: the page shows {{ name }}
# Caught by: escaped, template
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    with open("templates/hello.html") as handle:
        return handle.read()


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html"), 404
