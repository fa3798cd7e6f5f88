from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, content_security_policy={"default-src": "'self'", "frame-ancestors": "'none'"})


@app.get("/")
def index():
    return "<h1>Shop</h1>"


@app.get("/account")
def account():
    return "<h1>Your account</h1>"
