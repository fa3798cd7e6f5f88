# /// conformance
# title = "One status per class: 200, 301, 404, 500, 503 with Retry-After"
# requests = ["GET /200", "GET /301", "GET /404", "GET /500", "GET /503"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/<int:code>")
def by_code(code):
    headers = {"Retry-After": "120"} if code == 503 else {}
    return f"status {code}", code, headers
