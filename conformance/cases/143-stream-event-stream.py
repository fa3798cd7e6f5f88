# /// conformance
# title = "Server-sent events"
# requests = ["GET /events"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/events")
def events():
    def generate():
        for n in range(3):
            yield f"id: {n}\nevent: tick\ndata: tick {n}\n\n"
    return Response(generate(), mimetype="text/event-stream", headers={"Cache-Control": "no-cache"})
