# /// conformance
# title = "205 Reset Content with a body"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "reset", 205
