# /// conformance
# title = "multipart/form-data: fields and a file upload"
# [[request]]
# method = "POST"
# path = "/upload"
# headers = [["Content-Type", "multipart/form-data; boundary=----conformance7MA4YWxk"]]
# body = "------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMy doc\r\n------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\na\r\n------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nb\r\n------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n------conformance7MA4YWxk--\r\n"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/upload")
def upload():
    f = request.files["doc"]
    return {
        "form": request.form.to_dict(flat=False),
        "filename": f.filename,
        "mimetype": f.mimetype,
        "content": f.read().decode(),
        "files": sorted(request.files.keys()),
    }
