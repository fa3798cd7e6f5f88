from flask import Flask, make_response

app = Flask(__name__)


@app.get("/two")
def two():
    response = make_response("Theme saved")
    response.set_cookie("theme", "dark", max_age=60 * 60 * 24 * 365, samesite="Lax")
    response.set_cookie("lang", "en")
    return response


@app.get("/expires")
def expires():
    response = make_response("Theme saved")
    response.set_cookie("theme", "dark", expires=31536000)
    return response


@app.get("/dropped")
def dropped():
    response = make_response("Theme saved")
    response.set_cookie("theme", "dark")
    return "Theme saved"  # not the response set_cookie was called on
