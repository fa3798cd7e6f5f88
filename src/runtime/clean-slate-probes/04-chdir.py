# The working directory.
import os
os.makedirs("/tmp/elsewhere", exist_ok=True)
os.chdir("/tmp/elsewhere")
from flask import Flask
app = Flask(__name__)
# --- check ---
import os
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"cwd": os.getcwd()}
