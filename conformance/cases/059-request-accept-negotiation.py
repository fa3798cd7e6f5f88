# /// conformance
# title = "Content negotiation with request.accept_mimetypes"
# [[request]]
# method = "GET"
# path = "/"
# headers = [["Accept", "application/json"]]
# [[request]]
# method = "GET"
# path = "/"
# headers = [["Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"]]
# [[request]]
# method = "GET"
# path = "/"
# headers = [["Accept", "text/html;q=0.5, application/json;q=0.9"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify, request


@app.get("/")
def index():
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    if best == "application/json":
        return jsonify(format="json")
    return "<p>format: html</p>"
