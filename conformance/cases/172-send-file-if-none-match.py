# /// conformance
# title = "If-None-Match with the file's ETag gives 304; a stale one gives 200"
# [[request]]
# path = "/"
# headers = [["If-None-Match", "\"1700000000.0-100-15928731\""]]
# [[request]]
# path = "/"
# headers = [["If-None-Match", "\"stale\""]]
# [[request]]
# path = "/"
# headers = [["If-None-Match", "*"]]
# ///
import os

from flask import Flask, send_file

app = Flask(__name__)

# A fixed absolute path and modification time, so the ETag and Last-Modified
# werkzeug derives from them are the same on every machine.
FOLDER = "/tmp/flask-conformance/172"
os.makedirs(FOLDER, exist_ok=True)
PATH = os.path.join(FOLDER, "report.txt")
with open(PATH, "w") as f:
    f.write("0123456789" * 10)
os.utime(PATH, (1700000000, 1700000000))


@app.get("/")
def index():
    return send_file(PATH)
