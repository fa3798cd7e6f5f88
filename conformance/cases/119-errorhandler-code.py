# /// conformance
# title = "@errorhandler(404) with a custom page"
# requests = ["GET /missing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(404)
def not_found(error):
    return f"Custom 404: {error.description}", 404
