# Flask's JSON provider class changed for every app: keys no longer sorted, compact output.
from flask.json.provider import DefaultJSONProvider
DefaultJSONProvider.sort_keys = False
DefaultJSONProvider.compact = False
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"zebra": 1, "apple": 2}
