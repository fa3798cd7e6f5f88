# Mistake: the greeting has no f prefix, so "{name}" is sent as it is instead of the name
# Caught by: hello-name
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    return "Hello, {name}!"


@app.get("/cafe")
def cafe():
    return "café"
