# /// conformance
# title = "Range requests: 206 with Content-Range, a suffix range, 416 past the end"
# [[request]]
# path = "/"
# headers = [["Range", "bytes=0-9"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=-5"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=95-"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=500-600"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=0-1,5-6"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=0-4"], ["If-Range", "\"1700000000.0-100-17501597\""]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=0-4"], ["If-Range", "\"other\""]]
# ///
import os

from flask import Flask, send_file

app = Flask(__name__)

# A fixed absolute path and modification time, so the ETag and Last-Modified
# werkzeug derives from them are the same on every machine.
FOLDER = "/tmp/flask-conformance/174"
os.makedirs(FOLDER, exist_ok=True)
PATH = os.path.join(FOLDER, "report.txt")
with open(PATH, "w") as f:
    f.write("0123456789" * 10)
os.utime(PATH, (1700000000, 1700000000))


@app.get("/")
def index():
    return send_file(PATH)
