# A function of the standard library replaced (what jsonify uses).
import json
json.dumps = lambda *args, **kwargs: '"patched"'
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"b": 1, "a": [1, 2]}
