from flask import Flask, Response

app = Flask(__name__)


@app.after_request
def plain_text(response):
    response.mimetype = "text/plain"
    return response


@app.get("/ping.bin")
def ping():
    return Response(bytes([0, 1, 2, 255]), mimetype="application/octet-stream")


@app.get("/legacy")
def legacy():
    return Response("café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1")
