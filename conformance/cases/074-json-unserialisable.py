# /// conformance
# title = "A value JSON cannot encode: TypeError, 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"set": {1, 2}}
