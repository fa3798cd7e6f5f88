# /// conformance
# title = "abort(code, description) puts the text in the HTML page"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import abort


@app.get("/")
def index():
    abort(404, description="No item <7> here & nowhere.")
