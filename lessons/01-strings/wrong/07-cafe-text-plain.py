# Mistake: labels the word text/plain without a charset, so the browser has to guess the encoding of é
# Caught by: cafe
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    return f"Hello, {name}!"


@app.get("/cafe")
def cafe():
    return "café", {"Content-Type": "text/plain"}
