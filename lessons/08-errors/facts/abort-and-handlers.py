# What abort() sends and what a handler's return value becomes (lesson 8's facts).
from flask import Flask, abort
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


class OutOfStock(Exception):
    pass


@app.get("/raises")
def raises():
    try:
        abort(404)
    except HTTPException as error:
        return {"raised": type(error).__name__, "code": error.code}
    return {"raised": None}


@app.get("/describe")
def describe():
    abort(422, description="The quantity must be a whole number.")


@app.get("/gone")
def gone():
    abort(410)


@app.errorhandler(410)
def handler_without_status(error):
    return f"<h1>{error.code}: this page is gone</h1>"  # no status in the return value


@app.get("/order")
def order():
    raise OutOfStock("kiwi")


@app.errorhandler(OutOfStock)
def out_of_stock_without_status(error):
    return {"error": "out of stock", "item": str(error)}
