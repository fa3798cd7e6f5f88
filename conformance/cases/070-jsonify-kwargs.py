# /// conformance
# title = "jsonify(**kwargs)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify


@app.get("/")
def index():
    return jsonify(name="Ada", age=36, tags=["math"])
