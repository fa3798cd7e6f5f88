# /// conformance
# title = "Newlines and trailing whitespace are kept"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "line one\nline two\r\n\ttabbed  \n"
