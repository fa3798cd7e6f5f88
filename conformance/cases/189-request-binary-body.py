# /// conformance
# title = "A binary body byte for byte"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/octet-stream"]]
# body_base64 = "AP8BgAoNAAAA/v38+w=="
# ///
from flask import Flask

app = Flask(__name__)

import hashlib

from flask import request


@app.post("/")
def index():
    data = request.get_data()
    return {"len": len(data), "sha1": hashlib.sha1(data).hexdigest(), "first": list(data[:4])}
