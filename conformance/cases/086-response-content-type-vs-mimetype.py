# /// conformance
# title = "mimetype gets a charset, content_type is taken as given"
# requests = ["GET /m", "GET /c", "GET /bin"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/m")
def m():
    return Response("m", mimetype="text/csv")


@app.get("/c")
def c():
    return Response("c", content_type="text/csv")


@app.get("/bin")
def binary():
    return Response(b"\x89PNG", mimetype="image/png")
