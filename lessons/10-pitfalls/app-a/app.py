import json

from flask import Flask, request

app = Flask(__name__)

USERS = {1: "Ada", 2: "Grace"}


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        return {"error": "not found"}  # pitfall 1: an error sent as 200 OK
    return {"id": user_id, "name": USERS[user_id]}


@app.get("/api/stats")
def stats():
    data = {"users": len(USERS), "admins": 1}
    return json.dumps(data)  # pitfall 2: a str, so text/html


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}
    # pitfall 3: without ?verbose this falls off the end and returns None


@app.get("/api/users/count")
def count():
    return len(USERS)  # pitfall 4: an int is not a valid response
