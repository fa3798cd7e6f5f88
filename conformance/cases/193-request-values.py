# /// conformance
# title = "request.values merges args and form (GET ignores the form)"
# [[request]]
# method = "POST"
# path = "/?a=1&b=2"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "b=3&c=4"
# [[request]]
# path = "/?a=1"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/", methods=["GET", "POST"])
def index():
    return {"values": request.values.to_dict(flat=False)}
