# /// conformance
# title = "url_for with query args, anchors, external, static"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import url_for


@app.get("/")
def index():
    return {
        "plain": url_for("item", item_id=3),
        "query": url_for("item", item_id=3, sort="name", tag=["a", "b"]),
        "anchor": url_for("item", item_id=3, _anchor="reviews"),
        "external": url_for("item", item_id=3, _external=True),
        "static": url_for("static", filename="css/site.css"),
        "unicode": url_for("item", item_id=3, q="café & more"),
    }


@app.get("/items/<int:item_id>")
def item(item_id):
    return str(item_id)
