# /// conformance
# title = "redirect() with 301, 303, 307 and 308"
# requests = ["GET /301", "GET /303", "POST /307", "PUT /308"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect


@app.route("/<int:code>", methods=["GET", "POST", "PUT"])
def moved(code):
    return redirect("/target", code=code)
