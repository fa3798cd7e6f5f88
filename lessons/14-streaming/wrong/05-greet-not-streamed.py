# Mistake: /greet sidesteps the error by building the whole greeting as a string, so it is no longer streamed (and is text/html)
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
    name = request.args.get("name", "stranger")
    return f"Looking you up...\nHello, {name}!\n"


@app.get("/events")
def events():
    def generate():
        for n in range(3):
            yield f"data: tick {n}\n\n"

    return Response(generate(), mimetype="text/event-stream")
