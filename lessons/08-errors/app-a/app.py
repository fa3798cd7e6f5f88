from flask import Flask, abort, request

app = Flask(__name__)

STOCK = {"apple": 3, "kiwi": 0}
USERS = {1: "Ada"}


class OutOfStock(Exception):
    """Raised when an order asks for an item we do not have."""


@app.get("/admin")
def admin():
    # TODO: nobody may see this page: abort with 403
    return "Admins only"


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


# TODO: @app.errorhandler(404): JSON {"error": "not found"} for /api/ paths,
#       an HTML page saying "Page not found" otherwise (status 404 for both)

# TODO: @app.errorhandler(OutOfStock): 409 with {"error": "out of stock"}
