# Mistake: the handler answers the generic 500 but logs nothing, and with a handler for Exception Flask does not log the crash either
# Caught by: logs-traceback
from flask import Flask
from werkzeug.exceptions import HTTPException

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


@app.errorhandler(Exception)
def handle_error(error):
    if isinstance(error, HTTPException):
        return error  # 404, 405, ... keep their own status
    # Nobody needs to know.
    return {"error": "internal server error"}, 500
