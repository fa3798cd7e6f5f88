# Mistake: stats labels its json.dumps string with response.headers.add, which sends a second Content-Type after text/html
# Caught by: stats-json
import json

from flask import Flask, make_response, request

app = Flask(__name__)

USERS = {1: "Ada", 2: "Grace"}


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    if user_id not in USERS:
        return {"error": "not found"}, 404
    return {"id": user_id, "name": USERS[user_id]}


@app.get("/api/stats")
def stats():
    response = make_response(json.dumps({"users": len(USERS), "admins": 1}))
    response.headers.add("Content-Type", "application/json")
    return response


@app.get("/api/ping")
def ping():
    if request.args.get("verbose"):
        return {"pong": True, "version": "1.0"}
    return {"pong": True}


@app.get("/api/users/count")
def count():
    return {"count": len(USERS)}
