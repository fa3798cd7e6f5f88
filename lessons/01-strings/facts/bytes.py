from flask import Flask

app = Flask(__name__)


@app.get("/raw")
def raw():
    return b"raw"


@app.get("/latin1")
def latin1():
    return "café".encode("latin-1")
