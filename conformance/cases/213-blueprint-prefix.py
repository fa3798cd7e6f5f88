# /// conformance
# title = "A blueprint with url_prefix and its own before/after hooks"
# requests = ["GET /api/v1/ping", "GET /ping", "GET /api/v1/missing"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Blueprint, url_for

api = Blueprint("api", __name__, url_prefix="/api/v1")


@api.after_request
def tag(response):
    response.headers["X-API"] = "v1"
    return response


@api.get("/ping")
def ping():
    return {"pong": True, "self": url_for("api.ping")}


app.register_blueprint(api)
