# Mistake: prepares the response, then calls abort(503) to make it a 503: abort raises, and Flask sends its own 503 page without Retry-After
# Caught by: maintenance
from flask import Flask, abort, make_response

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
    response = make_response("Down for maintenance")
    response.headers["Retry-After"] = "120"
    abort(503)  # meant as "make this response a 503"


@app.get("/me")
def me():
    response = make_response({"id": 1, "name": "Ada"})  # a dict becomes JSON
    response.headers["X-Cache"] = "miss"
    return response
