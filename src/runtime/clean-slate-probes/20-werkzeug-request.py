# A Werkzeug class attribute: a tiny request size limit for every app.
from werkzeug.wrappers import Request
Request.max_content_length = 5
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask, request
app = Flask(__name__)

@app.post("/")
def index():
    return {"length": len(request.get_data())}
