# /// conformance
# title = "Requests without a body: Content-Length 0 for POST and PUT only, as a browser sends them"
# note = "A request with body = \"\" has an empty body (Content-Length: 0 for every method); one without body has none."
# [[request]]
# method = "POST"
# path = "/"
# [[request]]
# method = "PUT"
# path = "/"
# [[request]]
# method = "PATCH"
# path = "/"
# [[request]]
# method = "DELETE"
# path = "/"
# [[request]]
# method = "OPTIONS"
# path = "/"
# [[request]]
# method = "DELETE"
# path = "/"
# body = ""
# [[request]]
# method = "PATCH"
# path = "/"
# body = "x"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/", methods=["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def index():
    return {"method": request.method, "content_length": request.content_length, "data": request.get_data(as_text=True)}
