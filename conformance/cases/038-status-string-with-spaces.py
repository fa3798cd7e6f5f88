# /// conformance
# title = "A reason phrase with several words and punctuation"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "x", "420 Enhance Your Calm, Please"
