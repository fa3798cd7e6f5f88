import logging

from flask import Flask, request

app = Flask(__name__)

RECORDS = []


class Keep(logging.Handler):
    """Keeps what app.logger logs, so a request can show it."""

    def emit(self, record):
        RECORDS.append(record)


app.logger.addHandler(Keep())


@app.get("/api/report")
def report():
    raise RuntimeError("the database is down")


@app.errorhandler(Exception)
def unexpected_error(error):
    app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return {"error": "internal server error"}, 500


@app.get("/last-log")
def last_log():
    record = RECORDS[-1]
    return {
        "level": record.levelname,
        "message": record.getMessage(),
        "traceback": logging.Formatter().formatException(record.exc_info),
    }
