# /// conformance
# title = "Security headers on a JSON API with an error handler, via after_request"
# requests = ["GET /api", "GET /api/missing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.after_request
def harden(response):
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    return response


@app.errorhandler(404)
def not_found(e):
    return {"error": "not found"}, 404


@app.get("/api")
def api():
    return {"ok": True}, 200, {"Cache-Control": "max-age=60"}
