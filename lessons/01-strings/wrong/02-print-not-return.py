# Mistake: the view prints the greeting instead of returning it, so it returns None and Flask answers 500
# Caught by: hello-name
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    print(f"Hello, {name}!")


@app.get("/cafe")
def cafe():
    return "café"
