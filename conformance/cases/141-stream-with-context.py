# /// conformance
# title = "stream_with_context keeps the request available"
# requests = ["GET /?name=Ada"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, request, stream_with_context


@app.get("/")
def index():
    @stream_with_context
    def generate():
        yield "Looking you up...\n"
        yield f"Hello, {request.args.get('name', 'stranger')}!\n"
    return Response(generate(), mimetype="text/plain")
