# Mistake: the rule is "/cafe/" with a trailing slash, so GET /cafe gets a 308 redirect instead of the word
# Caught by: cafe
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    return f"Hello, {name}!"


@app.get("/cafe/")
def cafe():
    return "café"
