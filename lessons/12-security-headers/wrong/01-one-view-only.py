# Mistake: all five headers are set inside the / view, so /account and the 404 page go out without them
# Caught by: nosniff-everywhere, errors-too
from flask import Flask, make_response

app = Flask(__name__)


@app.get("/")
def index():
    response = make_response("<h1>Shop</h1>")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response


@app.get("/account")
def account():
    return "<h1>Your account</h1>"
