# /// conformance
# title = "Debug off: an exception never shows its traceback"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    secret = "hunter2"
    raise RuntimeError(f"failed with {secret}")
