# /// conformance
# title = "after_this_request and g"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import after_this_request, g


@app.before_request
def start():
    g.user = "ada"


@app.get("/")
def index():
    @after_this_request
    def add_header(response):
        response.headers["X-User"] = g.user
        return response

    return f"hello {g.user}"
