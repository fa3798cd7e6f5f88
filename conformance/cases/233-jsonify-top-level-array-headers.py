# /// conformance
# title = "jsonify response altered in after_request"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

import json


@app.after_request
def wrap(response):
    if response.is_json:
        response.set_data(json.dumps({"data": response.get_json()}))
    return response


@app.get("/")
def index():
    return [1, 2, 3]
