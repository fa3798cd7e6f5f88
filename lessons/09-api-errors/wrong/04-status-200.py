# Mistake: the handler returns jsonify(...) alone, so every error goes out as 200 OK with the code only in the body
# Caught by: no-route, wrong-method, bad-json, validation
import json

from flask import Flask, abort, jsonify, request
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
    """Every HTTP error in one JSON shape, but every one of them answered with 200."""
    return jsonify({"error": {"code": error.code, "name": error.name, "message": error.description}})
