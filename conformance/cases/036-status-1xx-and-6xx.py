# /// conformance
# title = "Statuses outside 200-599: 199 and 600"
# requests = ["GET /low", "GET /high"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/low")
def low():
    return "low", 199


@app.get("/high")
def high():
    return "high", 600
