# /// conformance
# title = "request.files['x'] when no such file: 400"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "multipart/form-data; boundary=----conformance7MA4YWxk"]]
# body = "------conformance7MA4YWxk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n------conformance7MA4YWxk--\r\n"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return request.files["missing"].filename
