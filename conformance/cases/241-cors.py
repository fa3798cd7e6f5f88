# /// conformance
# title = "Flask-CORS: a preflight, the actual request, credentials and an origin not allowed"
# [[request]]
# method = "OPTIONS"
# path = "/api/items"
# headers = [["Origin", "https://shop.example"], ["Access-Control-Request-Method", "PUT"], ["Access-Control-Request-Headers", "content-type"]]
# builder = true
# [[request]]
# method = "PUT"
# path = "/api/items"
# headers = [["Origin", "https://shop.example"], ["Content-Type", "application/json"]]
# body = '{"name": "pen"}'
# builder = true
# [[request]]
# path = "/api/items"
# headers = [["Origin", "https://evil.example"]]
# builder = true
# [[request]]
# path = "/api/items"
# [[request]]
# path = "/public"
# headers = [["Origin", "https://anyone.example"]]
# builder = true
# ///
from flask import Flask, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://shop.example", "https://admin.example"]}}, supports_credentials=True)


@app.route("/api/items", methods=["GET", "PUT"])
def items():
    return {"method": request.method, "json": request.get_json(silent=True)}


@app.get("/public")
@cross_origin()
def public():
    return "anyone may read this"
