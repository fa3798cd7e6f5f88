# Mistake: answers the unknown user with the error JSON but no status, so it goes out as 200 OK
# Caught by: not-found
from flask import Flask

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
    return {"error": "user not found"}
