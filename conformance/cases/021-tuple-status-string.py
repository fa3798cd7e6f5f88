# /// conformance
# title = "A status string \"201 CREATED\" and a custom reason phrase"
# requests = ["GET /", "GET /custom", "GET /lower"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "made", "201 CREATED"


@app.get("/custom")
def custom():
    return "odd", "299 Something Custom"


@app.get("/lower")
def lower():
    return "ok", "200 all good"
