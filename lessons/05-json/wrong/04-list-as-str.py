# Mistake: returns str(USERS), Python's repr with single quotes, which is not JSON and goes out as text/html
# Caught by: list
from flask import Flask, jsonify

app = Flask(__name__)
app.json.sort_keys = False  # keep keys in the order written

USERS = [
    {"id": 1, "name": "Ada", "email": "ada@example.com"},
    {"id": 2, "name": "Grace", "email": "grace@example.com"},
]


@app.get("/api/users")
def list_users():
    return str(USERS)


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    for user in USERS:
        if user["id"] == user_id:
            return user
    return jsonify(error="user not found"), 404
