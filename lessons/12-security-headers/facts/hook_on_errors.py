from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "<h1>Shop</h1>"


@app.get("/crash")
def crash():
    raise RuntimeError("the database is down")


@app.after_request
def security_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
