# /// conformance
# title = "A consistent API error shape from one exception class"
# requests = ["GET /users/0", "GET /users/5", "GET /users/x"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify


class APIError(Exception):
    def __init__(self, status, code, message):
        self.status, self.code, self.message = status, code, message


@app.errorhandler(APIError)
def api_error(e):
    response = jsonify(error={"code": e.code, "message": e.message})
    response.status_code = e.status
    return response


@app.errorhandler(404)
def not_found(e):
    return jsonify(error={"code": "not_found", "message": "No such route"}), 404


@app.get("/users/<int:user_id>")
def user(user_id):
    if user_id == 0:
        raise APIError(400, "invalid_id", "User ids start at 1")
    if user_id > 3:
        raise APIError(404, "no_user", f"No user {user_id}")
    return {"id": user_id}
