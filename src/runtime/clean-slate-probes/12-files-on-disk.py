# Files written beside app.py and in /tmp, and a file left open.
from pathlib import Path
Path("/home/pyodide/helpers.py").write_text("def greet():\n    return 'from disk'\n")
Path("/tmp/data.json").write_text("{}")
left_open = open("/tmp/open.log", "w")
left_open.write("never closed")
from flask import Flask
app = Flask(__name__)
# --- check ---
import os
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    try:
        import helpers
        found = helpers.greet()
    except ImportError:
        found = None
    return {"helpers": found, "tmp": sorted(os.listdir("/tmp")), "home": sorted(n for n in os.listdir("/home/pyodide") if n.endswith(".py"))}
