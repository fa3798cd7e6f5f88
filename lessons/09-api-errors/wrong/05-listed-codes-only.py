# Mistake: the handler is registered for 404, 405, 400 and 422 one by one instead of HTTPException, so a 415 is still Flask's HTML page
# Caught by: unsupported-type
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


@app.errorhandler(404)
@app.errorhandler(405)
@app.errorhandler(400)
@app.errorhandler(422)
def http_error(error):
    """The four codes of the task, one by one: any other HTTP error stays an HTML page."""
    response = error.get_response()  # keeps e.g. Allow on a 405
    response.data = json.dumps(
        {"error": {"code": error.code, "name": error.name, "message": error.description}}
    )
    response.content_type = "application/json"
    return response
