# /// conformance
# title = "app.json.sort_keys = False keeps insertion order"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.json.sort_keys = False


@app.get("/")
def index():
    return {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
