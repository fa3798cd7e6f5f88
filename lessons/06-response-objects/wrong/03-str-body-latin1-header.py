# Mistake: announces iso-8859-1 but passes a str, which Flask encodes as UTF-8: 5 bytes the client reads as cafÃ©
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
    return Response("café", content_type="text/plain; charset=iso-8859-1")
