# /// conformance
# title = "An error handler that forgets the status sends 200 (a pitfall)"
# requests = ["GET /missing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(404)
def not_found(error):
    return "Not here"
