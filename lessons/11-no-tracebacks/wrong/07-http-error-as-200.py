# Mistake: HTTP errors are answered with their name but no status, so a 404 goes out as 200 OK
# Caught by: 404-stays
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
        return {"error": error.name}  # the 404 becomes a 200
    # The details go to the log (with the traceback), never to the client.
    app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return {"error": "internal server error"}, 500
