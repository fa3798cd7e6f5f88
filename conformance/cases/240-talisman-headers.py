# /// conformance
# title = "Flask-Talisman's headers, its CSP default and a per-view override"
# note = "force_https=False shows the headers Talisman adds on http (HSTS is only sent over HTTPS); 404 and 500 pages get them too"
# requests = ["GET /", "GET /embeddable", "GET /missing", "GET /crash"]
# ///
from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
talisman = Talisman(app, force_https=False)


@app.get("/")
def index():
    return "<p>home</p>"


@app.get("/embeddable")
@talisman(frame_options=None, content_security_policy={"default-src": "'self'", "frame-ancestors": "*"})
def embeddable():
    return "<p>frame me</p>"


@app.get("/crash")
def crash():
    raise RuntimeError("boom")
