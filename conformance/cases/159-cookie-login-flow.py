# /// conformance
# title = "A login sets an HttpOnly, Secure, SameSite=Strict cookie; a protected page reads it"
# [[request]]
# path = "/me"
# [[request]]
# method = "POST"
# path = "/login"
# [[request]]
# path = "/me"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response, request


@app.post("/login")
def login():
    r = make_response("logged in")
    r.set_cookie("session_id", "fixed-token-123", httponly=True, secure=True, samesite="Strict")
    return r


@app.get("/me")
def me():
    if request.cookies.get("session_id") != "fixed-token-123":
        return {"error": "not logged in"}, 401
    return {"user": "ada"}
