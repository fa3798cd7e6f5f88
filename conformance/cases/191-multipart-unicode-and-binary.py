# /// conformance
# title = "multipart: a unicode filename and binary file content"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "multipart/form-data; boundary=----conformance7MA4YWxk"]]
# body = "------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ncafé ünïcode\r\n------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"blob\"; filename=\"résumé.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\u0001\u0002binaryÿ\r\n------conformance7MA4YWxk--\r\n"
# ///
from flask import Flask

app = Flask(__name__)

import hashlib

from flask import request


@app.post("/")
def index():
    f = request.files.get("blob")
    data = f.read() if f else b""
    return {"filename": f.filename if f else None, "size": len(data), "md5": hashlib.md5(data).hexdigest(), "note": request.form.get("note")}
