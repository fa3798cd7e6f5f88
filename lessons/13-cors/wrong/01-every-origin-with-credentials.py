# Mistake: credentials allowed for every origin, so Flask-CORS echoes any Origin back, evil.example's too
# Caught by: other-origins, api-only
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, supports_credentials=True)


@app.route("/api/cart", methods=["GET", "PUT"])
def cart():
    if request.method == "PUT":
        return {"items": request.get_json()["items"]}
    return {"items": ["pen"]}


@app.get("/admin/stats")
def stats():
    return {"orders": 42}
