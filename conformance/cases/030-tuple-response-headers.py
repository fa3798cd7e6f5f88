# /// conformance
# title = "(Response, headers) extends the response's headers"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify


@app.get("/")
def index():
    return jsonify(ok=True), {"X-Extra": "yes"}
