# /// conformance
# title = "strict_slashes=False answers both"
# requests = ["GET /both", "GET /both/"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/both", strict_slashes=False)
def both():
    return "both"
