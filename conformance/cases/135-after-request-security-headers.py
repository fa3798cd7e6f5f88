# /// conformance
# title = "after_request adds security headers to every response, errors included"
# requests = ["GET /", "GET /missing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.after_request
def security_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Content-Security-Policy"] = "default-src 'self'"
    response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    response.headers["Permissions-Policy"] = "geolocation=()"
    return response


@app.get("/")
def index():
    return "secure"
