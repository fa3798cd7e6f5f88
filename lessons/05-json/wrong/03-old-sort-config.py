# Mistake: turns off key sorting with the JSON_SORT_KEYS config key, which Flask ignores since 2.3
# Caught by: key-order
from flask import Flask, jsonify

app = Flask(__name__)
app.config["JSON_SORT_KEYS"] = False  # an old answer from the web: Flask 3 ignores it

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
            return user
    return jsonify(error="user not found"), 404
