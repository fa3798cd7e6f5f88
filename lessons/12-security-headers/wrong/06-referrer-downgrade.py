# Mistake: Referrer-Policy: no-referrer-when-downgrade sends the full URL, path and query, to every HTTPS site a user follows a link to
# Caught by: hsts-referrer
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "<h1>Shop</h1>"


@app.get("/account")
def account():
    return "<h1>Your account</h1>"


@app.after_request
def security_headers(response):
    """Runs for every response, error pages included."""
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    response.headers["Referrer-Policy"] = "no-referrer-when-downgrade"
    return response
