# /// conformance
# title = "MAX_CONTENT_LENGTH: a larger body is 413"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "text/plain"]]
# body = "small"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "text/plain"]]
# body = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "a=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request

app.config["MAX_CONTENT_LENGTH"] = 16


@app.post("/")
def index():
    return {"len": len(request.get_data())}
