# Mistake: encodes café as Latin-1 bytes itself: 4 bytes that are not the UTF-8 the charset announces
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
    # "Only 4 letters, so 4 bytes": Flask sends bytes untouched.
    return "café".encode("latin-1")
