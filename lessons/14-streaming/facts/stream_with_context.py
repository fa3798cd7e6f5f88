from flask import Flask, Response, request, stream_with_context

app = Flask(__name__)


@app.get("/greet")
def greet():
    @stream_with_context
    def generate():
        yield f"Hello, {request.args['name']}!\n"

    return Response(generate(), mimetype="text/plain")
