# /// conformance
# title = "HEAD on a streaming route never runs the generator"
# requests = ["HEAD /", "GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response

runs = []


@app.get("/")
def index():
    def generate():
        runs.append(1)
        yield f"runs {len(runs)}"
    return Response(generate(), mimetype="text/plain")
