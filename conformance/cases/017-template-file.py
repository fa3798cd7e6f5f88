# /// conformance
# title = "render_template from a templates folder the app writes"
# requests = ["GET /?who=Ada", "GET /"]
# ///
import os

from flask import Flask, render_template, request

app = Flask(__name__)
os.makedirs(os.path.join(app.root_path, "templates"), exist_ok=True)
with open(os.path.join(app.root_path, "templates", "conformance_017.html"), "w") as f:
    f.write("{% extends 'conformance_017_base.html' %}{% block body %}Hi {{ who }}{% endblock %}")
with open(os.path.join(app.root_path, "templates", "conformance_017_base.html"), "w") as f:
    f.write("<!doctype html><title>t</title><main>{% block body %}{% endblock %}</main>")


@app.get("/")
def index():
    return render_template("conformance_017.html", who=request.args.get("who", "nobody"))
