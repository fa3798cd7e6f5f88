# /// conformance
# title = "send_file with a file the app wrote: ETag, Last-Modified, no-cache"
# requests = ["GET /", "HEAD /"]
# ///
import os

from flask import Flask, send_file

app = Flask(__name__)

# A fixed absolute path and modification time, so the ETag and Last-Modified
# werkzeug derives from them are the same on every machine.
FOLDER = "/tmp/flask-conformance/171"
os.makedirs(FOLDER, exist_ok=True)
PATH = os.path.join(FOLDER, "report.txt")
with open(PATH, "w") as f:
    f.write("0123456789" * 10)
os.utime(PATH, (1700000000, 1700000000))


@app.get("/")
def index():
    return send_file(PATH)
