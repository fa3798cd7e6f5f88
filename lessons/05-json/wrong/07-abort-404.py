# Mistake: answers the unknown user with abort(404), Werkzeug's HTML error page instead of the JSON error
# Caught by: not-found
from flask import Flask, abort

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
            return user
    abort(404)
