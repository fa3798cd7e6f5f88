import json

from flask import Flask, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.errorhandler(HTTPException)
def http_error(error):
    response = error.get_response()  # the HTML error page Werkzeug prepared
    response.data = json.dumps({"error": error.name})
    if request.args.get("add"):
        response.headers.add("Content-Type", "application/json")
    return response
