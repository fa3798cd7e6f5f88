# Mistake: the right origin and paths, but no supports_credentials, so a fetch with cookies is refused
# Caught by: credentials
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://shop.example"]}})


@app.route("/api/cart", methods=["GET", "PUT"])
def cart():
    if request.method == "PUT":
        return {"items": request.get_json()["items"]}
    return {"items": ["pen"]}


@app.get("/admin/stats")
def stats():
    return {"orders": 42}
