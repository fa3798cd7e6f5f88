# /// conformance
# title = "NaN and Infinity are written as JavaScript would not parse them"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"nan": float("nan"), "inf": float("inf")}
