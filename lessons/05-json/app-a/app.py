from flask import Flask

app = Flask(__name__)
# TODO: keep keys in the order they are written (Flask sorts them by default)

USERS = [
    {"id": 1, "name": "Ada", "email": "ada@example.com"},
    {"id": 2, "name": "Grace", "email": "grace@example.com"},
]


@app.get("/api/users")
def list_users():
    # TODO: return the list of users as JSON
    return "TODO"


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    for user in USERS:
        if user["id"] == user_id:
            # TODO: this string only looks like JSON; return the dict instead
            return '{"id": %d, "name": "%s", "email": "%s"}' % (user["id"], user["name"], user["email"])
    # TODO: answer 404 with the JSON {"error": "user not found"}
    return "user not found"
