# /// conformance
# title = "Malformed JSON: a 400 Bad Request"
# note = "Debug off: Flask's 400 page does not name the parser's error (see 237 and 238 for the message)."
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"name\": "
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": 1,}"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = ""
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"got": request.get_json()}
