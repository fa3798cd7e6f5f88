# Mistake: the hook skips error responses (status 400 and up), so a 404 page goes out without the headers
# Caught by: errors-too
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
    """Adds the security headers to the pages that worked."""
    if response.status_code >= 400:
        return response  # leave error pages as they are
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response
