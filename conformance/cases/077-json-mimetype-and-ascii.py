# /// conformance
# title = "app.json.mimetype and ensure_ascii"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.json.mimetype = "application/vnd.api+json"
app.json.ensure_ascii = True


@app.get("/")
def index():
    return {"name": "Zoë"}
