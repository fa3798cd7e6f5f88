# /// conformance
# title = "Two hundred small chunks"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response((f"{i}," for i in range(200)), mimetype="text/csv")
