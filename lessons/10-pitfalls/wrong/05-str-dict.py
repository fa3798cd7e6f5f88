# Mistake: stats sends str(data) labelled application/json: Python's repr with single quotes, which is not JSON
# Caught by: stats-json
from flask import Flask, request

app = Flask(__name__)

USERS = {1: "Ada", 2: "Grace"}


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        return {"error": "not found"}, 404
    return {"id": user_id, "name": USERS[user_id]}


@app.get("/api/stats")
def stats():
    data = {"users": len(USERS), "admins": 1}
    return str(data), 200, {"Content-Type": "application/json"}


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}
    return {"pong": True}


@app.get("/api/users/count")
def count():
    return {"count": len(USERS)}
