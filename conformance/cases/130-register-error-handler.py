# /// conformance
# title = "app.register_error_handler and abort with a 400 description"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import abort


def bad_request(e):
    return {"error": e.description}, 400


app.register_error_handler(400, bad_request)


@app.get("/")
def index():
    abort(400, "Missing the name field")
