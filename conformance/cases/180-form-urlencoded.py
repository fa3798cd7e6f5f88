# /// conformance
# title = "request.form from a urlencoded body: repeats, encoding, missing keys"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "name=Ada+Lovelace&lang=py&lang=js&city=Z%C3%BCrich&empty="
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = ""
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"form": request.form.to_dict(flat=False), "name": request.form.get("name"), "missing": request.form.get("x")}
