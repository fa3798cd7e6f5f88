# /// conformance
# title = "make_response(render_template_string(...)) with extra headers"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response, render_template_string


@app.get("/")
def index():
    r = make_response(render_template_string("<ul>{% for i in items %}<li>{{ i }}</li>{% endfor %}</ul>", items=[1, 2]))
    r.headers["Cache-Control"] = "no-cache"
    return r
