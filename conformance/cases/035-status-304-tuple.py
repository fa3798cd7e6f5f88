# /// conformance
# title = "A bare 304 from a tuple: the body is not sent"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "should not be seen", 304
