# /// conformance
# title = "Vary, Allow and Content-Language through response properties"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("props")
    r.vary.add("Accept-Language")
    r.allow.update(["GET", "HEAD"])
    r.content_language.add("en")
    r.headers["Content-Location"] = "/en/"
    return r
