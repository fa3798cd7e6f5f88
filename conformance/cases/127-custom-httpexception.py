# /// conformance
# title = "A custom HTTPException subclass with code and description"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from werkzeug.exceptions import HTTPException


class PaymentRequired(HTTPException):
    code = 402
    description = "Pay first."


@app.get("/")
def index():
    raise PaymentRequired()
