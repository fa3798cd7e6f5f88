# /// conformance
# title = "A tampered session cookie is ignored"
# [[request]]
# path = "/"
# headers = [["Cookie", "session=eyJ1c2VyIjoiZXZlIn0.AAAAAA.forgedsignatureforgedsignat"]]
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import session


@app.get("/")
def index():
    return {"user": session.get("user"), "keys": sorted(session.keys())}
