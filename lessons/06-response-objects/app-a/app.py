from flask import Flask, Response

app = Flask(__name__)
# TODO: make text/plain the default for every string this app returns
#       (a Response subclass with default_mimetype, set as app.response_class)


@app.get("/")
def index():
    return "This app only speaks plain text."


@app.get("/robots.txt")
def robots():
    # TODO: this is plain text, not HTML
    return Response("User-agent: *\nDisallow:\n")


@app.get("/ping.bin")
def ping():
    # TODO: send these four bytes as application/octet-stream
    return Response(bytes([0, 1, 2, 255]))


@app.get("/legacy")
def legacy():
    # TODO: an old client wants Latin-1: encode the body and say so in Content-Type
    return Response("café", mimetype="text/plain")
