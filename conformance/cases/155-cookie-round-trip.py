# /// conformance
# title = "A cookie set by one response is sent back on the next request"
# requests = ["GET /"]
# [[request]]
# path = "/theme/dark"
# [[request]]
# path = "/"
# jar = true
# [[request]]
# method = "POST"
# path = "/forget"
# jar = true
# [[request]]
# path = "/"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response, request


@app.get("/")
def index():
    return f"theme: {request.cookies.get('theme', 'light')}"


@app.get("/theme/<name>")
def set_theme(name):
    r = make_response(f"theme set to {name}")
    r.set_cookie("theme", name, max_age=60 * 60 * 24 * 365, samesite="Lax")
    return r


@app.post("/forget")
def forget():
    r = make_response("forgotten")
    r.delete_cookie("theme")
    return r
