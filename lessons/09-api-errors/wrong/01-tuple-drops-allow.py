# Mistake: the handler returns a fresh ({...}, error.code) tuple, so the 405 loses its Allow header
# Caught by: wrong-method
import json

from flask import Flask, abort, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

ITEMS = [{"id": 1, "name": "pen"}]


@app.get("/api/items")
def list_items():
    return ITEMS


@app.post("/api/items")
def create_item():
    data = request.get_json()  # malformed JSON -> 400 Bad Request
    if not data.get("name"):
        abort(422, description="name is required")
    item = {"id": len(ITEMS) + 1, "name": data["name"]}
    ITEMS.append(item)
    return item, 201


@app.errorhandler(HTTPException)
def http_error(error):
    """Every HTTP error, in one JSON shape (a fresh response: the 405's Allow is gone)."""
    body = {"error": {"code": error.code, "name": error.name, "message": error.description}}
    return body, error.code
