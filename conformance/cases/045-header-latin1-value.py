# /// conformance
# title = "A header value with Latin-1 characters"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "latin1", {"X-Name": "Zoë Ångström"}
