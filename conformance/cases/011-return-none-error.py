# /// conformance
# title = "A view that returns None: TypeError, 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    print("forgot to return")
