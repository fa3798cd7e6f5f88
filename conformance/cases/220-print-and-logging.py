# /// conformance
# title = "print() and logging in a view do not change the response"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

import logging


@app.get("/")
def index():
    print("to stdout")
    app.logger.warning("a warning")
    logging.getLogger("custom").error("an error")
    return "logged"
