from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    # A plain string: Flask sends 200 OK, text/html; charset=utf-8, UTF-8 bytes.
    return "Hello, Flask!"


@app.get("/hello/<name>")
def hello(name):
    return f"Hello, {name}!"


@app.get("/cafe")
def cafe():
    # 4 characters, but 5 bytes in UTF-8: Content-Length is 5.
    return "café"
