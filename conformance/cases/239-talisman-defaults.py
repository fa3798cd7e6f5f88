# /// conformance
# title = "Flask-Talisman's defaults: plain HTTP is redirected to HTTPS"
# note = "Talisman(app) with force_https: every http:// request gets a 302 to the same URL over HTTPS, before the view runs"
# requests = ["GET /", "GET /account?tab=1", "POST /account"]
# ///
from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app)


@app.route("/", methods=["GET"])
def index():
    return "home"


@app.route("/account", methods=["GET", "POST"])
def account():
    return "account"
