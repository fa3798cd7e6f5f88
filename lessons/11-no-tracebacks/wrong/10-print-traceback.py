# Mistake: the traceback is print()ed: it reaches stdout, but as no log record and with no level
# Caught by: logs-traceback
import traceback

from flask import Flask, request
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
    # The details go to stdout (with the traceback), never to the client.
    print(traceback.format_exc())
    return {"error": "internal server error"}, 500
