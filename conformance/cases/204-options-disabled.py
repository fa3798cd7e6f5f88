# /// conformance
# title = "provide_automatic_options=False: OPTIONS is a 405"
# requests = ["OPTIONS /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/", provide_automatic_options=False)
def index():
    return "index"
