import json

from flask import Flask, abort, make_response

app = Flask(__name__)


@app.get("/report.csv")
def report():
    response = make_response("id,total\n1,10\n")
    response.mimetype = "text/csv"
    response.headers["Content-Disposition"] = 'attachment; filename="report.csv"'
    return response


@app.get("/from-string")
def from_string():
    return make_response("a string")


@app.get("/from-dict")
def from_dict():
    return make_response({"id": 1})


@app.get("/from-tuple")
def from_tuple():
    return make_response(("created", 201, {"X-Tag": "red"}))


@app.get("/status-code")
def status_code():
    response = make_response("Down")
    response.status_code = 503
    return response


@app.get("/status")
def status():
    response = make_response("Down")
    response.status = "503 SERVICE UNAVAILABLE"
    return response


@app.get("/content-type")
def content_type():
    response = make_response("id,total\n")
    response.content_type = "text/csv"
    return response


@app.get("/cookies")
def cookies():
    response = make_response("hi")
    response.set_cookie("visited", "yes")
    response.set_cookie("theme", "dark")
    response.headers.add("X-Tag", "red")
    response.headers.add("X-Tag", "blue")
    return response


@app.get("/arguments")
def arguments():
    return make_response("Down", 503, {"Retry-After": "120"})


@app.get("/set")
def set_header():
    response = make_response("Down")
    response.headers["Retry-After"] = "60"
    response.headers["Retry-After"] = "120"
    return response


@app.get("/add-content-type")
def add_content_type():
    response = make_response("id,total\n")
    response.headers.add("Content-Type", "text/csv; charset=utf-8")
    return response


@app.get("/lost")
def lost():
    response = make_response("Welcome back!")
    response.set_cookie("visited", "yes")
    return "Welcome back!"


@app.get("/dumps")
def dumps():
    return make_response(json.dumps({"id": 1}))


@app.get("/abort")
def aborted():
    response = make_response("Down for maintenance")
    response.headers["Retry-After"] = "120"
    abort(503)
