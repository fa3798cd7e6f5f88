# /// conformance
# title = "HTML in a string: text/html, not escaped"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "<h1>Title</h1><p>It's <em>HTML</em> & more</p>"
