# /// conformance
# title = "Automatic OPTIONS: 200, empty body, Allow lists the methods"
# requests = ["OPTIONS /", "OPTIONS /items", "OPTIONS /missing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "index"


@app.route("/items", methods=["GET", "POST", "DELETE"])
def items():
    return "items"
