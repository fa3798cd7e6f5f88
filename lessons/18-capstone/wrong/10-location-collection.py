# Mistake: Location points at the collection /api/tasks, which answers 200 with the list, not the new task
# Caught by: create
import json

from flask import Flask, abort, request, url_for
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

TASKS = {
    1: {"id": 1, "title": "Write the lesson", "done": False},
    2: {"id": 2, "title": "Review the lesson", "done": False},
}


def find_task(task_id):
    if task_id not in TASKS:
        abort(404, description=f"no task with id {task_id}")
    return TASKS[task_id]


def json_body():
    data = request.get_json()  # 415 without application/json, 400 if malformed
    if not isinstance(data, dict):
        abort(422, description="the body must be a JSON object")
    return data


def valid_title(value):
    if not isinstance(value, str) or not value.strip():
        abort(422, description="title must be a non-empty string")
    return value.strip()


@app.get("/api/tasks")
def list_tasks():
    return list(TASKS.values())


@app.get("/api/tasks/<int:task_id>")
def get_task(task_id):
    return find_task(task_id)


@app.post("/api/tasks")
def create_task():
    data = json_body()
    task = {"id": max(TASKS, default=0) + 1, "title": valid_title(data.get("title")), "done": False}
    TASKS[task["id"]] = task
    return task, 201, {"Location": url_for("list_tasks")}


@app.patch("/api/tasks/<int:task_id>")
def update_task(task_id):
    task = find_task(task_id)
    data = json_body()
    changes = {}
    if "title" in data:
        changes["title"] = valid_title(data["title"])
    if "done" in data:
        if not isinstance(data["done"], bool):
            abort(422, description="done must be true or false")
        changes["done"] = data["done"]
    task.update(changes)
    return task


@app.delete("/api/tasks/<int:task_id>")
def delete_task(task_id):
    find_task(task_id)
    del TASKS[task_id]
    return "", 204


@app.errorhandler(HTTPException)
def http_error(error):
    response = error.get_response()  # keeps the status and headers such as Allow
    response.data = json.dumps(
        {"error": {"code": error.code, "name": error.name, "message": error.description}}
    )
    response.content_type = "application/json"
    return response
