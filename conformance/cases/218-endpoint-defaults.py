# /// conformance
# title = "Rule defaults and several rules for one view"
# requests = ["GET /users", "GET /users/page/2", "GET /users/page/1"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/users", defaults={"page": 1})
@app.get("/users/page/<int:page>")
def users(page):
    return f"page {page}"
