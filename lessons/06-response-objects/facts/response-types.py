# What Flask does with Response(...) and its mimetype/content_type (lesson 6's facts).
import flask
from flask import Flask, Response

app = Flask(__name__)


@app.after_request
def show_class(response):
    response.headers["X-Flask-Response"] = str(isinstance(response, flask.Response))
    return response


@app.get("/str")
def as_str():
    return "hi"


@app.get("/dict")
def as_dict():
    return {"ok": True}


@app.get("/tuple")
def as_tuple():
    return "gone", 410


@app.get("/xml")
def xml():
    return Response("<ok/>", mimetype="application/xml")


@app.get("/content-type")
def content_type():
    return Response("hi", content_type="text/plain")


@app.get("/png")
def png():
    return Response(b"\x89PNG\r\n\x1a\n", mimetype="image/png")


@app.get("/str-as-latin1")
def str_as_latin1():
    return Response("café", content_type="text/plain; charset=iso-8859-1")
