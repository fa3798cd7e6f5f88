# /// conformance
# title = "A relative Location stays relative (Flask 2.1+)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "moved", 302, {"Location": "../elsewhere?x=1"}
