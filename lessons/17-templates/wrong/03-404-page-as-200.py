# Mistake: the error handler returns the 404 page without its status, so it goes out as 200 OK
# Caught by: not-found-page
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("hello.html", name=name)


@app.errorhandler(404)
def not_found(error):
    return render_template("404.html")
