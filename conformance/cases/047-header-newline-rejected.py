# /// conformance
# title = "A header value with a newline: Werkzeug raises, 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "bad", {"X-Bad": "one\r\nX-Injected: two"}
