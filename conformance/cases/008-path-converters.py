# /// conformance
# title = "Converters: int, float, path, string, uuid; non-matching is 404"
# requests = ["GET /int/42", "GET /int/x", "GET /float/1.5", "GET /path/a/b/c.txt", "GET /str/caf%C3%A9", "GET /uuid/12345678-1234-5678-1234-567812345678", "GET /uuid/nope", "GET /any/b", "GET /any/z"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/int/<int:n>")
def an_int(n):
    return f"int {n * 2}"


@app.get("/float/<float:x>")
def a_float(x):
    return f"float {x * 2}"


@app.get("/path/<path:rest>")
def a_path(rest):
    return f"path {rest}"


@app.get("/str/<name>")
def a_str(name):
    return f"str {name} {len(name)}"


@app.get("/uuid/<uuid:u>")
def a_uuid(u):
    return f"uuid {u.hex}"


@app.get("/any/<any(a, b, c):letter>")
def an_any(letter):
    return f"any {letter}"
