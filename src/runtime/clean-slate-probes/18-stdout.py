# sys.stdout replaced: print() must reach the logs again.
import io, sys
sys.stdout = io.StringIO()
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    print("printed by the app")
    return "ok"
