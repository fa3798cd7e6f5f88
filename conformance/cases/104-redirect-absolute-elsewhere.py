# /// conformance
# title = "A redirect to another site"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect


@app.get("/")
def index():
    return redirect("https://example.com/path?q=1#frag", 301)
