from flask import Flask, redirect, url_for

app = Flask(__name__)


@app.get("/")
def index():
    return "Home"


@app.get("/old-home")
def old_home():
    redirect(url_for("index"), 301)  # no return: the view returns None
