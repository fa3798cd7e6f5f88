# /// conformance
# title = "Content-Disposition with a unicode filename"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("a,b\n1,2\n")
    r.mimetype = "text/csv"
    r.headers.set("Content-Disposition", "attachment", filename="résumé.csv")
    return r
