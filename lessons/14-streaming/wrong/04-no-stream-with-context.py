# Mistake: /greet's generator reads request without @stream_with_context, so it crashes after the first line
# Caught by: context
from flask import Flask, Response, request, stream_with_context

app = Flask(__name__)


@app.get("/count")
def count():
    def generate():
        for n in range(1, 6):
            yield f"{n}\n"

    return Response(generate(), mimetype="text/plain")


@app.get("/greet")
def greet():
    def generate():
        yield "Looking you up...\n"
        yield f"Hello, {request.args.get('name', 'stranger')}!\n"

    return Response(generate(), mimetype="text/plain")


@app.get("/events")
def events():
    def generate():
        for n in range(3):
            yield f"data: tick {n}\n\n"

    return Response(generate(), mimetype="text/event-stream")
