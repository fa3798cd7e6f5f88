# Mistake: the 404 handler builds the API's JSON with json.dumps(), so it goes out as text/html
# Caught by: json-404
import json

from flask import Flask, abort, request

app = Flask(__name__)

STOCK = {"apple": 3, "kiwi": 0}
USERS = {1: "Ada"}


class OutOfStock(Exception):
    """Raised when an order asks for an item we do not have."""


@app.get("/admin")
def admin():
    abort(403)


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        abort(404)
    return {"id": user_id, "name": USERS[user_id]}


@app.post("/api/orders")
def order():
    item = (request.get_json(silent=True) or {}).get("item", "")
    if STOCK.get(item, 0) == 0:
        raise OutOfStock(item)
    STOCK[item] -= 1
    return {"ordered": item}, 201


@app.errorhandler(404)
def not_found(error):
    if request.path.startswith("/api/"):
        return json.dumps({"error": "not found"}), 404
    return "<h1>Page not found</h1><p>Try the <a href='/'>home page</a>.</p>", 404


@app.errorhandler(OutOfStock)
def out_of_stock(error):
    return {"error": "out of stock", "item": str(error)}, 409
