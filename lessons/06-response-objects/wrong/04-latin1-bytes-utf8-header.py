# Mistake: encodes the body as Latin-1 but keeps mimetype="text/plain", so the header says utf-8 and the é is garbled
# Caught by: latin1
from flask import Flask, Response


class TextResponse(Response):
    default_mimetype = "text/plain"


app = Flask(__name__)
app.response_class = TextResponse  # every returned string is now text/plain


@app.get("/")
def index():
    return "This app only speaks plain text."


@app.get("/robots.txt")
def robots():
    return Response("User-agent: *\nDisallow:\n", mimetype="text/plain")


@app.get("/ping.bin")
def ping():
    return Response(bytes([0, 1, 2, 255]), mimetype="application/octet-stream")


@app.get("/legacy")
def legacy():
    return Response("café".encode("latin-1"), mimetype="text/plain")
