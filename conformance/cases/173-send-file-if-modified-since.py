# /// conformance
# title = "If-Modified-Since at or after Last-Modified gives 304"
# [[request]]
# path = "/"
# headers = [["If-Modified-Since", "Tue, 14 Nov 2023 22:13:20 GMT"]]
# [[request]]
# path = "/"
# headers = [["If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT"]]
# [[request]]
# path = "/"
# headers = [["If-Modified-Since", "Sun, 01 Jan 2023 00:00:00 GMT"]]
# ///
import os

from flask import Flask, send_file

app = Flask(__name__)

# A fixed absolute path and modification time, so the ETag and Last-Modified
# werkzeug derives from them are the same on every machine.
FOLDER = "/tmp/flask-conformance/173"
os.makedirs(FOLDER, exist_ok=True)
PATH = os.path.join(FOLDER, "report.txt")
with open(PATH, "w") as f:
    f.write("0123456789" * 10)
os.utime(PATH, (1700000000, 1700000000))


@app.get("/")
def index():
    return send_file(PATH)
