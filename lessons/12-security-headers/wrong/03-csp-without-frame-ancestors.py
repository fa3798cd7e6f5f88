# Mistake: the Content-Security-Policy has default-src 'self' but no frame-ancestors 'none', so other sites may still frame the page
# Caught by: no-framing
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
    response.headers["Content-Security-Policy"] = "default-src 'self'"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response
