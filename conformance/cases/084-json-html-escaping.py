# /// conformance
# title = "HTML characters in JSON stay as they are"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"html": "<script>alert('x')</script> & \u2028"}
