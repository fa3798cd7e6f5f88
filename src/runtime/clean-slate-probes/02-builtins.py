# New and replaced names in builtins.
import builtins
builtins.helper_from_before = 42
builtins.input = lambda prompt="": "patched"
from flask import Flask
app = Flask(__name__)
# --- check ---
import builtins
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"input": getattr(input, "__module__", None), "leftover": hasattr(builtins, "helper_from_before")}
