# /// conformance
# title = "request.cookies from a Cookie header"
# [[request]]
# path = "/"
# headers = [["Cookie", "theme=dark; lang=en; quoted=\"a b\""]]
# [[request]]
# path = "/"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    return {"theme": request.cookies.get("theme"), "all": request.cookies.to_dict(), "missing": request.cookies.get("x", "none")}
