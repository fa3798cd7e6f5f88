# /// conformance
# title = "add_etag from the body and a conditional GET"
# [[request]]
# path = "/"
# [[request]]
# path = "/"
# headers = [["If-None-Match", "\"43f932e4f7c6ecd136a695b7008694bb69d517bd\""]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response, request


@app.get("/")
def index():
    r = make_response("hash me")
    r.add_etag()
    return r.make_conditional(request)
