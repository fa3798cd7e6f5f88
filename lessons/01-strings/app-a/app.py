from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    # A plain string: Flask sends 200 OK, text/html; charset=utf-8, UTF-8 bytes.
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    # TODO: greet the visitor by name, e.g. "Hello, Ada!"
    return "Hello!"


# TODO: add a GET /cafe route that returns the word "café"
