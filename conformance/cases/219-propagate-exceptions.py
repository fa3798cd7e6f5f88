# /// conformance
# title = "PROPAGATE_EXCEPTIONS=True: the exception reaches the server, which sends its plain 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

app.config["PROPAGATE_EXCEPTIONS"] = True


@app.get("/")
def index():
    raise LookupError("propagated")
