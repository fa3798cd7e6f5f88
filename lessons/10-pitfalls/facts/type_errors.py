from flask import Flask, request

app = Flask(__name__)


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}


@app.get("/api/users/count")
def count():
    return len({1: "Ada", 2: "Grace"})


@app.errorhandler(500)
def show_the_cause(error):
    # Only to show what Flask raised; never send this to real clients (lesson 11).
    cause = error.original_exception
    return f"{type(cause).__name__}: {cause}", 500
