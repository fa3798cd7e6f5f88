# /// conformance
# title = "A larger nested JSON document"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"items": [{"id": i, "name": f"item {i}", "tags": [str(i % 3)] * (i % 4)} for i in range(200)]}
