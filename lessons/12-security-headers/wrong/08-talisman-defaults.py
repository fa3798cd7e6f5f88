# Mistake: Talisman with its defaults, whose CSP (default-src 'self'; object-src 'none') has no frame-ancestors
# Caught by: no-framing
from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app)


@app.get("/")
def index():
    return "<h1>Shop</h1>"


@app.get("/account")
def account():
    return "<h1>Your account</h1>"
