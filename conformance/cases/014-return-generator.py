# /// conformance
# title = "A generator returned directly streams as text/html"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    def gen():
        yield "a"
        yield "b"
        yield "c"
    return gen()
