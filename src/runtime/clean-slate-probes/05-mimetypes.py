# mimetypes.add_type changes what send_file and static files are served as.
import mimetypes
mimetypes.add_type("application/x-from-before", ".txt")
from flask import Flask
app = Flask(__name__)
# --- check ---
import mimetypes
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"txt": mimetypes.guess_type("notes.txt")[0]}
