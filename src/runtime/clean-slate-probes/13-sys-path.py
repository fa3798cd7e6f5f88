# sys.path and sys.meta_path changed.
import sys
sys.path.insert(0, "/tmp/vendor")


class Finder:
    def find_spec(self, name, path=None, target=None):
        return None


sys.meta_path.insert(0, Finder())
from flask import Flask
app = Flask(__name__)
# --- check ---
import sys
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"vendor": "/tmp/vendor" in sys.path, "finders": [type(f).__name__ for f in sys.meta_path]}
