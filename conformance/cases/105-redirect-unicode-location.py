# /// conformance
# title = "A Location with non-ASCII is percent-encoded"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect


@app.get("/")
def index():
    return redirect("/café/ü?q=ß")
