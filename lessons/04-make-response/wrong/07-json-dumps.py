# Mistake: builds the body with json.dumps, a string, so /me is sent as text/html instead of JSON
# Caught by: json-plus-header
import json

from flask import Flask, make_response

app = Flask(__name__)


@app.get("/report.csv")
def report():
    response = make_response("id,total\n1,10\n2,32\n")
    response.mimetype = "text/csv"  # Flask adds "; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="report.csv"'
    return response


@app.get("/welcome")
def welcome():
    response = make_response("Welcome back!")
    response.set_cookie("visited", "yes")
    response.headers["Cache-Control"] = "no-store"
    return response


@app.get("/maintenance")
def maintenance():
    response = make_response("Down for maintenance", 503)
    response.headers["Retry-After"] = "120"
    return response


@app.get("/me")
def me():
    response = make_response(json.dumps({"id": 1, "name": "Ada"}))
    response.headers["X-Cache"] = "miss"
    return response
