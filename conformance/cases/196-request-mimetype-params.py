# /// conformance
# title = "Content-Type parameters: mimetype, mimetype_params, charset"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "Text/Plain; Charset=ISO-8859-1; format=flowed"]]
# body = "x"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"mimetype": request.mimetype, "params": request.mimetype_params, "content_type": request.content_type}
