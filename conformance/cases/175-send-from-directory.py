# /// conformance
# title = "send_from_directory: a file, a missing one, a path escaping the folder"
# requests = ["GET /files/a.txt", "GET /files/nope.txt", "GET /files/..%2Fsecret.txt", "GET /files/sub/b.css"]
# ///
import os

from flask import Flask, send_from_directory

app = Flask(__name__)
ROOT = "/tmp/flask-conformance/175"
os.makedirs(os.path.join(ROOT, "public", "sub"), exist_ok=True)
for name, text in [("public/a.txt", "A"), ("public/sub/b.css", "body{}"), ("secret.txt", "S")]:
    path = os.path.join(ROOT, name)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (1700000000, 1700000000))


@app.get("/files/<path:name>")
def files(name):
    return send_from_directory(os.path.join(ROOT, "public"), name)
