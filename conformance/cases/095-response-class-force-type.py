# /// conformance
# title = "Response.force_type on a WSGI app's answer"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response
from werkzeug.exceptions import NotFound


@app.get("/")
def index():
    return Response.force_type(NotFound(), {"REQUEST_METHOD": "GET"})
