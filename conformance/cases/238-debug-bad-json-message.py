# /// conformance
# title = "Debug on: Flask's 400 for bad JSON names the parser's error (masked)"
# note = "The message after 'Failed to decode JSON object: ' is CPython's json module's, reworded in 3.13."
# mask = ['(?<=Failed to decode JSON object: )[^<]*']
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": 1,}"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": 1}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request

app.debug = True


@app.post("/")
def index():
    return {"got": request.get_json()}
