# /// conformance
# title = "A blueprint's own error handler and app_errorhandler"
# requests = ["GET /api/boom", "GET /api/missing", "GET /missing"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Blueprint, abort

api = Blueprint("api", __name__, url_prefix="/api")


@api.errorhandler(418)
def teapot(e):
    return {"api_error": 418}, 418


@api.app_errorhandler(404)
def anywhere_404(e):
    return {"not_found": True}, 404


@api.get("/boom")
def boom():
    abort(418)


app.register_blueprint(api)
