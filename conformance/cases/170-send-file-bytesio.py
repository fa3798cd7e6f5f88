# /// conformance
# title = "send_file with BytesIO: mimetype, download_name, as_attachment"
# requests = ["GET /inline", "GET /download", "GET /guess"]
# ///
from flask import Flask

app = Flask(__name__)

import io

from flask import send_file


@app.get("/inline")
def inline():
    return send_file(io.BytesIO(b"hello file"), mimetype="text/plain")


@app.get("/download")
def download():
    return send_file(io.BytesIO(b"a,b\n1,2\n"), as_attachment=True, download_name="report.csv")


@app.get("/guess")
def guess():
    return send_file(io.BytesIO(b"{}"), download_name="data.json")
