# /// conformance
# title = "The app's static route for a file the app writes"
# requests = ["GET /static/site.css", "GET /static/missing.css"]
# ///
import os

from flask import Flask

app = Flask(__name__, static_folder="/tmp/flask-conformance/217/static")
os.makedirs(app.static_folder, exist_ok=True)
path = os.path.join(app.static_folder, "site.css")
with open(path, "w") as f:
    f.write("body { color: teal }")
os.utime(path, (1700000000, 1700000000))
