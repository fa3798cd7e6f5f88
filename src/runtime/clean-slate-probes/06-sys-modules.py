# A module planted in sys.modules.
import sys, types
helpers = types.ModuleType("helpers")
helpers.greet = lambda: "planted"
sys.modules["helpers"] = helpers
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    try:
        import helpers
        return {"helpers": helpers.greet()}
    except ImportError as exc:
        return {"helpers": type(exc).__name__}
