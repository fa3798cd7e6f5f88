# /// conformance
# title = "A redirect from before_request"
# requests = ["GET /private", "GET /login"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect, request


@app.before_request
def require_login():
    if request.path != "/login":
        return redirect("/login?next=" + request.path)


@app.get("/private")
def private():
    return "secret"


@app.get("/login")
def login():
    return "log in"
