# /// conformance
# title = "Several after_request functions run in reverse order of registration"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.after_request
def first(response):
    response.headers.add("X-Order", "first-registered")
    return response


@app.after_request
def second(response):
    response.headers.add("X-Order", "second-registered")
    return response


@app.get("/")
def index():
    return "order"
