# /// conformance
# title = "json.dumps returned as a string is text/html (a pitfall)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

import json


@app.get("/")
def index():
    return json.dumps({"looks": "like json"})
