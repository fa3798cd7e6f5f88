from flask import Flask
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.get("/api/items")
def list_items():
    return []


@app.errorhandler(HTTPException)
def http_error(error):
    # A fresh response: only the status survives, not the error's headers.
    return {"error": {"code": error.code}}, error.code
