# /// conformance
# title = "calculate_content_length and get_data on a Response"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    r = Response(iter(["x", "y"]))
    data = r.get_data()
    r.headers["X-Data"] = data.decode()
    return r
