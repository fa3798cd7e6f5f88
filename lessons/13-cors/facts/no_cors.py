from flask import Flask, request

app = Flask(__name__)



@app.route("/api/cart", methods=["GET", "PUT"])
def cart():
    if request.method == "PUT":
        return {"items": request.get_json()["items"]}
    return {"items": ["pen"]}


@app.get("/admin/stats")
def stats():
    return {"orders": 42}
