# /// conformance
# title = "An app with DEBUG off: the 500 page names no exception"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.config["DEBUG"] = False


@app.get("/")
def index():
    1 / 0
