# /// conformance
# title = "JSON with a status and headers in a tuple"
# requests = ["POST /items"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import jsonify, url_for


@app.post("/items")
def create():
    return jsonify(id=7), 201, {"Location": url_for("show", item_id=7)}


@app.get("/items/<int:item_id>")
def show(item_id):
    return {"id": item_id}
