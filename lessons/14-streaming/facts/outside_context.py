from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    def generate():  # no @stream_with_context
        try:
            yield f"Hello, {request.args['name']}!\n"
        except RuntimeError as error:
            yield f"{type(error).__name__}: {error}"

    return Response(generate(), mimetype="text/plain")
