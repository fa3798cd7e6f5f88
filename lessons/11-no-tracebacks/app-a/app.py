import traceback

from flask import Flask

app = Flask(__name__)

DATABASE_URL = "postgres://shop:s3cret@db.internal:5432/shop"


def connect():
    raise RuntimeError(f"could not connect to {DATABASE_URL}")


@app.get("/api/orders/<int:order_id>")
def get_order(order_id):
    return {"id": order_id, "status": "shipped"}


@app.get("/api/report")
def report():
    connect()  # fails: the database is down
    return {"total": 0}


# TODO: this hands the exception and its traceback to any client.
#   Log it with app.logger.exception(...) and answer a generic
#   500 {"error": "internal server error"} instead.
#   And leave HTTP errors such as 404 alone!
@app.errorhandler(Exception)
def handle_error(error):
    return {"error": str(error), "traceback": traceback.format_exc()}, 500
