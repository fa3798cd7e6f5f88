# /// conformance
# title = "A method the rule does not allow: 405 with Allow"
# requests = ["POST /", "DELETE /items", "PUT /items"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "index"


@app.route("/items", methods=["GET", "POST"])
def items():
    return "items"
