# An exception with no handler: the client gets a 500 page, the log gets the traceback.
import logging

from flask import Flask

app = Flask(__name__)
logged = []


class Remember(logging.Handler):
    def emit(self, record):
        logged.append(self.format(record))


app.logger.addHandler(Remember())


class OutOfStock(Exception):
    pass


@app.post("/api/orders")
def order():
    raise OutOfStock("kiwi")


@app.get("/logged")
def show_logged():
    return "\n".join(logged), {"Content-Type": "text/plain; charset=utf-8"}
