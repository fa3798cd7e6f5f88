# Mistake: /events ends each event with one newline instead of a blank line, so the ticks run together into one event
# Caught by: sse
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
    @stream_with_context  # keeps the request available while streaming
    def generate():
        yield "Looking you up...\n"
        yield f"Hello, {request.args.get('name', 'stranger')}!\n"

    return Response(generate(), mimetype="text/plain")


@app.get("/events")
def events():
    def generate():
        for n in range(3):
            yield f"data: tick {n}\n"

    return Response(generate(), mimetype="text/event-stream")
