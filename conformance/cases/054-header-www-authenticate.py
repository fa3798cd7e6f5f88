# /// conformance
# title = "401 with WWW-Authenticate"
# requests = ["GET /", "GET /bearer"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response
from werkzeug.datastructures import WWWAuthenticate


@app.get("/")
def index():
    return Response("login", 401, {"WWW-Authenticate": 'Basic realm="api"'})


@app.get("/bearer")
def bearer():
    r = Response("token needed", 401)
    r.www_authenticate = WWWAuthenticate("bearer", {"realm": "x", "error": "invalid_token"})
    return r
