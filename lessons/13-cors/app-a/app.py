from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
# TODO: this lets every site read every response (it echoes any Origin back)
#   and allows no cookies. Allow only https://shop.example, only on /api/*,
#   with credentials (supports_credentials=True).
CORS(app)


@app.route("/api/cart", methods=["GET", "PUT"])
def cart():
    if request.method == "PUT":
        return {"items": request.get_json()["items"]}
    return {"items": ["pen"]}


@app.get("/admin/stats")
def stats():
    return {"orders": 42}
