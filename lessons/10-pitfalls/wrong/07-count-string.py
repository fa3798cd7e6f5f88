# Mistake: count returns str(len(USERS)): no 500 any more, but a "2" sent as text/html, not a JSON object
# Caught by: count-json
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
    return {"users": len(USERS), "admins": 1}


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}
    return {"pong": True}


@app.get("/api/users/count")
def count():
    return str(len(USERS))
