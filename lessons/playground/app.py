from flask import Flask, abort, jsonify, make_response, redirect, url_for

app = Flask(__name__)


@app.get("/")
def index():
    # A plain string: Flask sends 200 OK with Content-Type text/html.
    return "Hello from Flask!"


@app.get("/created")
def created():
    # A tuple: (body, status, headers)
    return "made it", 201, {"X-Lesson": "tuples"}


@app.get("/api/user/<int:user_id>")
def user(user_id):
    if user_id != 1:
        abort(404)
    return jsonify(id=user_id, name="Ada")


@app.get("/old")
def old():
    return redirect(url_for("index"))


@app.get("/cookies")
def cookies():
    response = make_response("two cookies")
    response.set_cookie("theme", "dark")
    response.set_cookie("session_hint", "abc", httponly=True, samesite="Lax")
    return response


@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404
