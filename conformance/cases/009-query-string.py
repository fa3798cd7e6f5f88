# /// conformance
# title = "Query string: args, repeats, percent-encoding, missing keys"
# requests = ["GET /?name=Ada", "GET /?name=caf%C3%A9&tag=a&tag=b%26c&empty=", "GET /", "GET /?n=5&n=x"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    name = request.args.get("name", "stranger")
    tags = request.args.getlist("tag")
    n = request.args.get("n", type=int)
    return f"name={name} tags={tags} empty={request.args.get('empty')!r} n={n!r}"
