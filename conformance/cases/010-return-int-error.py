# /// conformance
# title = "Returning an int is not a valid response: 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return 42
