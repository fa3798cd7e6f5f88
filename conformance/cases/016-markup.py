# /// conformance
# title = "Markup and render_template_string escape user input"
# requests = ["GET /?name=%3Cb%3Ex%3C/b%3E"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import render_template_string, request
from markupsafe import Markup, escape


@app.get("/")
def index():
    name = request.args.get("name", "")
    page = render_template_string("<p>Hello {{ name }}</p>{{ raw }}", name=name, raw=Markup("<br>"))
    return page + str(escape("<&>"))
