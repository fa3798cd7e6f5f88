from flask import Flask, make_response

app = Flask(__name__)


@app.get("/")
def index():
    response = make_response("<h1>Shop</h1>")
    # TODO: this protects this one view only. Move it into an
    #   @app.after_request hook so every response (404s too) gets it, and add:
    #   Content-Security-Policy with frame-ancestors 'none', X-Frame-Options,
    #   Strict-Transport-Security and Referrer-Policy.
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@app.get("/account")
def account():
    return "<h1>Your account</h1>"
