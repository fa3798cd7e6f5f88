# /// conformance
# title = "Pitfall: a JSON string sent as text/html, and the fix"
# requests = ["GET /wrong", "GET /right"]
# ///
from flask import Flask

app = Flask(__name__)

import json

from flask import Response


@app.get("/wrong")
def wrong():
    return json.dumps({"ok": True})


@app.get("/right")
def right():
    return Response(json.dumps({"ok": True}), mimetype="application/json")
