from flask import Flask
from werkzeug.datastructures import Headers

app = Flask(__name__)


@app.get("/pairs")
def pairs():
    return "ok", [("X-Tag", "red"), ("X-Tag", "blue")]


@app.get("/headers-object")
def headers_object():
    return "ok", Headers([("X-Tag", "red"), ("X-Tag", "blue")])


@app.get("/dict")
def dict_twice():
    return "ok", {"X-Tag": "red", "X-Tag": "blue"}  # noqa: F601 - the point: a dict keeps the last


@app.get("/json")
def json_body():
    return {"ok": True}, {"X-Tag": "red"}


@app.get("/csv")
def csv():
    return "id,name\n1,Ada\n", {"Content-Type": "text/csv"}


@app.post("/queued")
def queued():
    return "queued", {"Retry-After": "5"}, 202
