# Mistake: writes the four bytes as a str, which Flask encodes as UTF-8: \xff becomes two bytes, 5 in all
# Caught by: binary
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
    return Response("\x00\x01\x02\xff", mimetype="application/octet-stream")


@app.get("/legacy")
def legacy():
    # content_type is sent exactly as written; the bytes must match it.
    return Response("café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1")
