# /// conformance
# title = "tojson in a template is HTML-safe"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import render_template_string


@app.get("/")
def index():
    return render_template_string("<script>var d = {{ d|tojson }};</script>", d={"x": "</script><&'>"})
