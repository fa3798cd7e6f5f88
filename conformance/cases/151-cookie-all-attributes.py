# /// conformance
# title = "set_cookie with max_age, path, domain, secure, httponly, samesite, partitioned"
# note = "Expires is computed from now: the suite masks its value, Max-Age is compared."
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("attributes")
    r.set_cookie("full", "v", max_age=3600, path="/app", domain="play.test", secure=True, httponly=True, samesite="Strict")
    r.set_cookie("lax", "v", samesite="Lax")
    r.set_cookie("none", "v", samesite="None", secure=True, partitioned=True)
    return r
