# Mistake: "fixes" a json.dumps() string with headers.add, which sends a second Content-Type after text/html
# Caught by: user-json
import json

from flask import Flask, jsonify, make_response

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
            response = make_response(json.dumps(user))
            response.headers.add("Content-Type", "application/json")
            return response
    return jsonify(error="user not found"), 404
