# Mistake: builds the user's JSON with json.dumps(), a str, so Flask sends it as text/html
# Caught by: user-json
import json

from flask import Flask, jsonify

app = Flask(__name__)
app.json.sort_keys = False  # keep keys in the order written

USERS = [
    {"id": 1, "name": "Ada", "email": "ada@example.com"},
    {"id": 2, "name": "Grace", "email": "grace@example.com"},
]


@app.get("/api/users")
def list_users():
    return USERS


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    for user in USERS:
        if user["id"] == user_id:
            return json.dumps(user)
    return jsonify(error="user not found"), 404
