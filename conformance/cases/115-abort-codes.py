# /// conformance
# title = "abort() with 400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 500, 501, 503"
# requests = ["GET /400", "GET /401", "GET /403", "GET /404", "GET /405", "GET /409", "GET /410", "GET /418", "GET /422", "GET /429", "GET /500", "GET /501", "GET /503"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import abort


@app.get("/<int:code>")
def fail(code):
    abort(code)
