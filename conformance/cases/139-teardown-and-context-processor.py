# /// conformance
# title = "teardown_request runs without changing the response; a context processor"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import render_template_string

seen = []


@app.context_processor
def inject():
    return {"site": "Playground"}


@app.teardown_request
def teardown(exc):
    seen.append("torn down")


@app.get("/")
def index():
    return render_template_string("{{ site }}: {{ n }}", n=len(seen))
