# /// conformance
# title = "A str subclass and a Markup value are plain bodies"
# requests = ["GET /", "GET /markup"]
# ///
from flask import Flask

app = Flask(__name__)

from markupsafe import Markup


class Shout(str):
    pass


@app.get("/")
def index():
    return Shout("LOUD")


@app.get("/markup")
def markup():
    return Markup("<b>bold</b>")
