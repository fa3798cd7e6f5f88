# /// conformance
# title = "A dict is jsonified, keys sorted, compact"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"zebra": 1, "apple": [1, 2], "mid": {"b": None, "a": "é"}}
