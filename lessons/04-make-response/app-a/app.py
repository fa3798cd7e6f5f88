from flask import Flask, make_response

app = Flask(__name__)


@app.get("/report.csv")
def report():
    response = make_response("id,total\n1,10\n2,32\n")
    response.mimetype = "text/csv"
    # TODO: make the browser download it: Content-Disposition: attachment; filename="report.csv"
    return response


@app.get("/welcome")
def welcome():
    response = make_response("Welcome back!")
    # TODO: set a cookie visited=yes, and the header Cache-Control: no-store
    return response


@app.get("/maintenance")
def maintenance():
    response = make_response("Down for maintenance")
    # TODO: status 503 and Retry-After: 120
    return response


@app.get("/me")
def me():
    # TODO: build the response from this dict with make_response, then add X-Cache: miss
    return {"id": 1, "name": "Ada"}
