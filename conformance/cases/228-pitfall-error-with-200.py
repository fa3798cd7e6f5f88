# /// conformance
# title = "Pitfall: an error message with status 200"
# requests = ["GET /?id=x"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    if not request.args.get("id", "").isdigit():
        return {"error": "id must be a number"}
    return {"id": int(request.args["id"])}
