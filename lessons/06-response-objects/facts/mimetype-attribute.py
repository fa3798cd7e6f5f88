from flask import Flask, Response


class TextResponse(Response):
    mimetype = "text/plain"  # not default_mimetype


app = Flask(__name__)
app.response_class = TextResponse


@app.get("/")
def index():
    return "hi"
