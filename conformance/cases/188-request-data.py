# /// conformance
# title = "request.data and get_data(as_text=True) for an unknown type"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "text/plain; charset=utf-8"]]
# body = "plain text body é"
# [[request]]
# method = "PUT"
# path = "/"
# headers = [["Content-Type", "application/xml"]]
# body = "<a>1</a>"
# [[request]]
# method = "PATCH"
# path = "/"
# body = "no type"
# [[request]]
# method = "DELETE"
# path = "/"
# body = ""
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/", methods=["POST", "PUT", "PATCH", "DELETE"])
def index():
    return {"method": request.method, "data": request.get_data(as_text=True), "len": len(request.data), "type": request.content_type, "length": request.content_length}
