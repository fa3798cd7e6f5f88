# /// conformance
# title = "ProxyFix reads X-Forwarded-* headers"
# [[request]]
# path = "/"
# headers = [["X-Forwarded-For", "203.0.113.7"], ["X-Forwarded-Proto", "https"], ["X-Forwarded-Host", "example.org"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)


@app.get("/")
def index():
    return {"remote": request.remote_addr, "scheme": request.scheme, "url": url_for("index", _external=True)}
