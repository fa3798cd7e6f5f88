# A class attribute of Flask's own (lesson 6 does this): the next app's strings must be text/html again.
import flask
flask.Response.default_mimetype = "text/plain"
app = flask.Flask(__name__)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return "<p>hello</p>"
