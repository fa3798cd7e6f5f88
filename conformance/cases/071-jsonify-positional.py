# /// conformance
# title = "jsonify with one and with several positional arguments"
# requests = ["GET /one", "GET /many"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify


@app.get("/one")
def one():
    return jsonify([1, 2, 3])


@app.get("/many")
def many():
    return jsonify(1, "two", 3.0)
