# Mistake: a hand-written hook that copies whatever Origin arrives into Access-Control-Allow-Origin, with credentials
# Caught by: other-origins
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(response):
    if request.path.startswith("/api/") and "Origin" in request.headers:
        response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, PUT"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
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
