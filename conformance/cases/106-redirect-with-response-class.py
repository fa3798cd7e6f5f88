# /// conformance
# title = "redirect() with a custom Response class and extra headers"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, redirect


@app.get("/")
def index():
    r = redirect("/next", 303, Response=Response)
    r.headers["X-Why"] = "see other"
    return r
