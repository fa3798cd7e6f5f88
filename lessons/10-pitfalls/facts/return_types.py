import json

from flask import Flask, Response

app = Flask(__name__)


@app.get("/str")
def a_str():
    return json.dumps({"kind": "str"})


@app.get("/bytes")
def a_bytes():
    return b"bytes"


@app.get("/dict")
def a_dict():
    return {"kind": "dict"}


@app.get("/list")
def a_list():
    return ["list"]


@app.get("/response")
def a_response():
    return Response("response", mimetype="text/plain")


@app.get("/tuple")
def a_tuple():
    return {"kind": "tuple"}, 202, {"X-Kind": "tuple"}


@app.get("/generator")
def a_generator():
    return (part for part in ["gene", "rator"])
