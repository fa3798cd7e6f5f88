# /// conformance
# title = "url_for for an unknown endpoint: BuildError, 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import url_for


@app.get("/")
def index():
    return url_for("nope")
