from flask import Flask, abort, request

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


# TODO: one handler for every HTTPException (404, 405, 400, 422, ...) answering
#   {"error": {"code": ..., "name": ..., "message": ...}} as application/json,
#   keeping the status and headers (Allow!) from error.get_response()
@app.errorhandler(404)
def not_found(error):
    return {"message": "not found"}, 404
