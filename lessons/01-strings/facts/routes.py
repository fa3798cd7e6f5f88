from flask import Flask

app = Flask(__name__)


@app.get("/hello/name")
def literal():
    return "the literal path /hello/name"


@app.get("/printed")
def printed():
    print("Hello!")


@app.get("/cafe/")
def cafe():
    return "café"
