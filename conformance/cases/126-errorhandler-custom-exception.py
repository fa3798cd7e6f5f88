# /// conformance
# title = "A custom exception class with its own handler"
# requests = ["GET /items/3", "GET /items/1"]
# ///
from flask import Flask

app = Flask(__name__)

class NotInStock(Exception):
    def __init__(self, item_id):
        self.item_id = item_id


@app.errorhandler(NotInStock)
def not_in_stock(e):
    return {"error": "not in stock", "item": e.item_id}, 409


@app.get("/items/<int:item_id>")
def item(item_id):
    if item_id > 2:
        raise NotInStock(item_id)
    return {"item": item_id}
