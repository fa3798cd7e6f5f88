# Mistake: passes content_type="text/plain" for robots.txt, which is sent exactly as written, without a charset
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
    return Response("User-agent: *\nDisallow:\n", content_type="text/plain")


@app.get("/ping.bin")
def ping():
    return Response(bytes([0, 1, 2, 255]), mimetype="application/octet-stream")


@app.get("/legacy")
def legacy():
    # content_type is sent exactly as written; the bytes must match it.
    return Response("café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1")
