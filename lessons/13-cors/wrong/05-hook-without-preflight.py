# Mistake: a hand-written hook that names the origin and allows credentials but never answers the preflight's question (no Allow-Methods, no Allow-Headers)
# Caught by: preflight
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(response):
    if request.path.startswith("/api/") and request.headers.get("Origin") == "https://shop.example":
        response.headers["Access-Control-Allow-Origin"] = "https://shop.example"
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response


@app.route("/api/cart", methods=["GET", "PUT"])
def cart():
    if request.method == "PUT":
        return {"items": request.get_json()["items"]}
    return {"items": ["pen"]}


@app.get("/admin/stats")
def stats():
    return {"orders": 42}
