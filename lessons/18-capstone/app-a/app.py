from flask import Flask, abort, request

app = Flask(__name__)

TASKS = {
    1: {"id": 1, "title": "Write the lesson", "done": False},
    2: {"id": 2, "title": "Review the lesson", "done": False},
}


@app.get("/api/tasks")
def list_tasks():
    return list(TASKS.values())


@app.get("/api/tasks/<int:task_id>")
def get_task(task_id):
    if task_id not in TASKS:
        abort(404)
    return TASKS[task_id]


@app.post("/api/tasks")
def create_task():
    # TODO: validate (422 for a missing/empty/non-string title), then answer
    #   201 with a Location header and the new task as JSON
    data = request.get_json()
    task = {"id": max(TASKS, default=0) + 1, "title": data.get("title"), "done": False}
    TASKS[task["id"]] = task
    return task


# TODO: PATCH /api/tasks/<id>: update "title" and/or "done" (404, 422), answer 200 with the task

# TODO: DELETE /api/tasks/<id>: 204 with an empty body (404 when missing)

# TODO: one @app.errorhandler(HTTPException) so that every error (404, 405, 400, 422)
#   is JSON: {"error": {"code": ..., "name": ..., "message": ...}}, keeping headers such as Allow
