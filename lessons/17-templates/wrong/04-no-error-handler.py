# Mistake: no error handler, so a missing page is Flask's plain 404, not templates/404.html
# Caught by: not-found-page
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("hello.html", name=name)
