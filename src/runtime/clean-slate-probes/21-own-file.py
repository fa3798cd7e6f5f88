# An app that reads its own file at import: the next app must read its own code, not this one's.
from flask import Flask
app = Flask(__name__)
MARKER = "polluter"
# --- check ---
from flask import Flask
app = Flask(__name__)
SOURCE = open(__file__).read()

@app.get("/")
def index():
    return {"reads_itself": "reads_itself" in SOURCE, "first_line": SOURCE.splitlines()[0]}
