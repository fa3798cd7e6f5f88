# /// conformance
# title = "jsonify of scalars and None"
# requests = ["GET /str", "GET /none", "GET /num"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify


@app.get("/str")
def a_str():
    return jsonify("just a string")


@app.get("/none")
def none():
    return jsonify(None)


@app.get("/num")
def num():
    return jsonify(3.5)
