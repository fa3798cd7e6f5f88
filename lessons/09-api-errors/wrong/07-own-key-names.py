# Mistake: the handler names the keys status, title and detail, so clients written for {code, name, message} find nothing
# Caught by: no-route, bad-json, validation
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
    """Every HTTP error, with its own status and headers, but not in the lesson's shape."""
    response = error.get_response()  # keeps e.g. Allow on a 405
    response.data = json.dumps(
        {"error": {"status": error.code, "title": error.name, "detail": error.description}}
    )
    response.content_type = "application/json"
    return response
