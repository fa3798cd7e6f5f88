# /// conformance
# title = "XML and SVG bodies with their types"
# requests = ["GET /xml", "GET /svg"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/xml")
def xml():
    return Response('<?xml version="1.0"?><note><to>you</to></note>', mimetype="application/xml")


@app.get("/svg")
def svg():
    return Response('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', mimetype="image/svg+xml")
