# Mistake: adds text/plain with headers.add, so robots.txt goes out with two Content-Types (text/html first)
# Caught by: robots
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
    response = Response("User-agent: *\nDisallow:\n")
    response.headers.add("Content-Type", "text/plain; charset=utf-8")
    return response


@app.get("/ping.bin")
def ping():
    return Response(bytes([0, 1, 2, 255]), mimetype="application/octet-stream")


@app.get("/legacy")
def legacy():
    # content_type is sent exactly as written; the bytes must match it.
    return Response("café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1")
