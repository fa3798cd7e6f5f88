# Mistake: sends Cache-Control: no-cache, which lets the browser keep a copy (it only revalidates); no-store forbids it
# Caught by: welcome
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
    response.headers["Cache-Control"] = "no-cache"
    return response


@app.get("/maintenance")
def maintenance():
    response = make_response("Down for maintenance", 503)
    response.headers["Retry-After"] = "120"
    return response


@app.get("/me")
def me():
    response = make_response({"id": 1, "name": "Ada"})  # a dict becomes JSON
    response.headers["X-Cache"] = "miss"
    return response
