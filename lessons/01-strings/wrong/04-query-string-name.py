# Mistake: reads the name from the query string (request.args) instead of the route variable, so it greets "None"
# Caught by: hello-name
from flask import Flask, request

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    return f"Hello, {request.args.get('name')}!"


@app.get("/cafe")
def cafe():
    return "café"
