# /// conformance
# title = "Writing the session without a secret_key: RuntimeError, 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import session


@app.get("/")
def index():
    session["x"] = 1
    return "unreachable"
