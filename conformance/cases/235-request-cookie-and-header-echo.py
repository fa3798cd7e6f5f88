# /// conformance
# title = "Cookie and X- headers read together"
# [[request]]
# path = "/"
# headers = [["X-Trace", "t-1"], ["Cookie", "a=1; b=two"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    return f"{request.cookies.get('a')}|{request.cookies.get('b')}|{request.headers.get('X-Trace')}"
