# /// conformance
# title = "POST that creates: 201, Location, the new resource as JSON"
# [[request]]
# method = "POST"
# path = "/todos"
# headers = [["Content-Type", "application/json"]]
# body = "{\"title\": \"Write tests\"}"
# [[request]]
# method = "POST"
# path = "/todos"
# headers = [["Content-Type", "application/json"]]
# body = "{}"
# [[request]]
# path = "/todos/1"
# [[request]]
# path = "/todos/9"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request, url_for

todos = {}


@app.post("/todos")
def create():
    data = request.get_json(silent=True) or {}
    if not data.get("title"):
        return {"error": "title is required"}, 400
    todo_id = len(todos) + 1
    todos[todo_id] = {"id": todo_id, "title": data["title"], "done": False}
    return todos[todo_id], 201, {"Location": url_for("show", todo_id=todo_id)}


@app.get("/todos/<int:todo_id>")
def show(todo_id):
    if todo_id not in todos:
        return {"error": "not found"}, 404
    return todos[todo_id]
