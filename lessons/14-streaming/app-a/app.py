from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/count")
def count():
    # TODO: this builds the whole body first. Stream it instead: a generator
    #   yielding "1\n" ... "5\n", wrapped in Response(..., mimetype="text/plain")
    body = ""
    for n in range(1, 6):
        body += f"{n}\n"
    return body


@app.get("/greet")
def greet():
    # TODO: the generator runs after the view returned: reading request here
    #   fails. Decorate it with @stream_with_context.
    def generate():
        yield "Looking you up...\n"
        yield f"Hello, {request.args.get('name', 'stranger')}!\n"

    return Response(generate(), mimetype="text/plain")


@app.get("/events")
def events():
    def generate():
        for n in range(3):
            yield f"data: tick {n}\n\n"

    # TODO: Server-Sent Events need the mimetype text/event-stream
    return Response(generate())
