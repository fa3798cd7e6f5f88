# Environment variables set and removed.
import os
os.environ["FLASK_SECRET_FROM_BEFORE"] = "leaked"
os.environ.pop("HOME", None)
from flask import Flask
app = Flask(__name__)
# --- check ---
import os
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"leaked": os.environ.get("FLASK_SECRET_FROM_BEFORE"), "home": os.environ.get("HOME")}
