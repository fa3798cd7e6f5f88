from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "<h1>Shop</h1>"


@app.after_request
def security_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    # no return: Flask gets None back instead of the response
