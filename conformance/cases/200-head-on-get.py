# /// conformance
# title = "HEAD on a GET route: the GET's headers, Content-Length kept, no body"
# requests = ["HEAD /", "HEAD /json", "GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "a body HEAD does not send"


@app.get("/json")
def as_json():
    return {"x": 1}
