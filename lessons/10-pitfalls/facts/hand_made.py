import json

from flask import Flask, Response, make_response

app = Flask(__name__)

STATS = {"users": 2, "admins": 1}


@app.get("/mimetype")
def with_mimetype():
    return Response(json.dumps(STATS), mimetype="application/json")


@app.get("/added")
def with_headers_add():
    response = make_response(json.dumps(STATS))
    response.headers.add("Content-Type", "application/json")
    return response
