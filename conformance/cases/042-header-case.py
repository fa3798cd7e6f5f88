# /// conformance
# title = "Header names keep the case the app gave"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "case", [("x-lower", "1"), ("X-UPPER", "2"), ("X-Mixed-Case", "3")]
