# /// conformance
# title = "Validation errors as 422 with field details"
# [[request]]
# method = "POST"
# path = "/users"
# headers = [["Content-Type", "application/json"]]
# body = "{\"age\": \"x\"}"
# [[request]]
# method = "POST"
# path = "/users"
# headers = [["Content-Type", "application/json"]]
# body = "{\"name\": \"Ada\", \"age\": 36}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/users")
def create():
    data = request.get_json(silent=True) or {}
    errors = {}
    if not data.get("name"):
        errors["name"] = "required"
    if not isinstance(data.get("age"), int):
        errors["age"] = "must be an integer"
    if errors:
        return {"error": "validation", "fields": errors}, 422
    return {"created": data["name"]}, 201
