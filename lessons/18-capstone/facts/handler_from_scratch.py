from flask import Flask
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.get("/api/tasks")
def list_tasks():
    return []


@app.errorhandler(HTTPException)
def http_error(error):
    # a new response, not error.get_response(): the 405's Allow is not on it
    return {"error": {"code": error.code, "name": error.name, "message": error.description}}, error.code
