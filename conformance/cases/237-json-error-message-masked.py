# /// conformance
# title = "The json module's error message in a body (masked: CPython 3.13 reworded some)"
# note = "CPython 3.11 says 'Expecting property name enclosed in double quotes' for a trailing comma, 3.13 and later 'Illegal trailing comma before end of object'."
# mask = ['(?<="message":")[^"]*']
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": 1,}"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "[1, 2"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": [1]}"
# ///
from flask import Flask

app = Flask(__name__)

import json

from flask import request


@app.post("/")
def index():
    try:
        return {"got": json.loads(request.get_data())}
    except json.JSONDecodeError as e:
        return {"error": "bad json", "message": str(e), "position": "char" in str(e)}, 400
