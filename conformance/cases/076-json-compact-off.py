# /// conformance
# title = "app.json.compact = False pretty-prints"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.json.compact = False


@app.get("/")
def index():
    return {"b": [1, 2], "a": {"x": None}}
