# Mistake: logout deletes session_id at path /logout, a different cookie from the one /login set at /
# Caught by: logout
import secrets

from flask import Flask, make_response, request

app = Flask(__name__)

ONE_YEAR = 60 * 60 * 24 * 365


@app.get("/")
def index():
    theme = request.cookies.get("theme", "light")
    return f"Your theme: {theme}"


@app.get("/theme/<name>")
def set_theme(name):
    response = make_response(f"Theme set to {name}")
    response.set_cookie("theme", name, max_age=ONE_YEAR, samesite="Lax")
    return response


@app.post("/login")
def login():
    response = make_response("Logged in")
    response.set_cookie(
        "session_id", secrets.token_urlsafe(16), httponly=True, secure=True, samesite="Strict"
    )
    return response


@app.post("/logout")
def logout():
    response = make_response("Logged out")
    response.delete_cookie("session_id", path="/logout")
    return response
