# Mistake: the JSON replaces the HTML error page's body but keeps its Content-Type, text/html
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
    """Every HTTP error, in one JSON shape, with its own status and headers."""
    response = error.get_response()  # keeps e.g. Allow on a 405
    response.data = json.dumps(
        {"error": {"code": error.code, "name": error.name, "message": error.description}}
    )
    return response  # still labelled text/html: the content_type line is missing
