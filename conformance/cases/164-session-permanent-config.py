# /// conformance
# title = "A permanent session with custom cookie settings"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from datetime import timedelta

from flask import session

app.config.update(
    SESSION_COOKIE_NAME="sid",
    SESSION_COOKIE_SAMESITE="Lax",
    SESSION_COOKIE_SECURE=True,
    PERMANENT_SESSION_LIFETIME=timedelta(days=7),
)


@app.get("/")
def index():
    session.permanent = True
    session["cart"] = [1, 2, 3]
    return "saved"
