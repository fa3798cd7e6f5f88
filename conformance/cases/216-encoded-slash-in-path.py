# /// conformance
# title = "An encoded slash and a space in a path segment"
# requests = ["GET /files/a%2Fb", "GET /files/a%20b", "GET /all/a%2Fb/c"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/files/<name>")
def files(name):
    return f"name={name!r}"


@app.get("/all/<path:rest>")
def all_path(rest):
    return f"rest={rest!r}"
