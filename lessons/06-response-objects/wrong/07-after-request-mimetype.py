# Mistake: makes plain text the default with an after_request hook that sets response.mimetype, which relabels the binary and Latin-1 responses too
# Caught by: binary, latin1
from flask import Flask, Response

app = Flask(__name__)


@app.after_request
def plain_text(response):
    response.mimetype = "text/plain"  # make plain text the default for the whole app
    return response


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
    # content_type is sent exactly as written; the bytes must match it.
    return Response("café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1")
