# /// conformance
# title = "request.get_json() and request.json with a valid body"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"name\": \"Ada\", \"n\": [1, 2.5, null, true]}"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/vnd.api+json"]]
# body = "[1, 2]"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json; charset=utf-8"]]
# body = "\"just a string\""
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    data = request.get_json()
    return {"got": data, "is_json": request.is_json, "same": request.json == data}
