# /// conformance
# title = "Config values and app.name in a response"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.config["GREETING"] = "hi"


@app.get("/")
def index():
    return {"greeting": app.config["GREETING"], "name": app.name, "testing": app.testing, "debug": app.debug}
