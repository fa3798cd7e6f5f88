# Mistake: abort(404) gives the right status but Flask's HTML page, not the API's JSON error
# Caught by: real-404
from flask import Flask, abort, request

app = Flask(__name__)

USERS = {1: "Ada", 2: "Grace"}


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        abort(404)
    return {"id": user_id, "name": USERS[user_id]}


@app.get("/api/stats")
def stats():
    return {"users": len(USERS), "admins": 1}


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}
    return {"pong": True}


@app.get("/api/users/count")
def count():
    return {"count": len(USERS)}
