import secrets

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/")
def index():
    theme = request.cookies.get("theme", "light")
    return f"Your theme: {theme}"


@app.get("/theme/<name>")
def set_theme(name):
    response = make_response(f"Theme set to {name}")
    # TODO: keep it for a year (max_age in seconds) and add samesite="Lax"
    response.set_cookie("theme", name)
    return response


@app.post("/login")
def login():
    response = make_response("Logged in")
    # TODO: an auth cookie must be HttpOnly, Secure and SameSite=Strict
    response.set_cookie("session_id", secrets.token_urlsafe(16))
    return response


@app.post("/logout")
def logout():
    response = make_response("Logged out")
    # TODO: an empty value does not delete the cookie: use delete_cookie
    response.set_cookie("session_id", "")
    return response
