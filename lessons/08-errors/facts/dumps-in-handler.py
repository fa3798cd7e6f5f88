import json

from flask import Flask

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    return json.dumps({"error": "not found"}), 404
