# /// conformance
# title = "delete_cookie: empty value, Max-Age=0, Expires in 1970"
# requests = ["POST /logout"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.post("/logout")
def logout():
    r = make_response("logged out")
    r.delete_cookie("session_id")
    r.delete_cookie("scoped", path="/app", domain="play.test", secure=True, httponly=True, samesite="Lax")
    return r
