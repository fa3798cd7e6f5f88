# Mistake: the rule says "/hello/name" without angle brackets, so /hello/Ada matches nothing and answers 404
# Caught by: hello-name
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/name")
def hello(name):
    return f"Hello, {name}!"


@app.get("/cafe")
def cafe():
    return "café"
