from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/")
def index():
    return "Home"


@app.get("/dashboard")
def dashboard():
    return "Your dashboard"


@app.get("/search")
def search():
    return f"Results for {request.args.get('q', '')}"


@app.post("/api/v2/items")
def create_item_v2():
    return {"created": request.get_json(silent=True)}, 201


@app.get("/old-home")
def old_home():
    # TODO: this page moved for good: a permanent redirect, built with url_for
    return redirect("/")


@app.post("/login")
def login():
    # TODO: after a form POST, send the browser to the dashboard with GET (303)
    return redirect(url_for("dashboard"))


# TODO: POST /api/v1/items moved for good to /api/v2/items; clients must keep POSTing their body


@app.get("/go")
def go():
    # TODO: forward to the search page, keeping the query: /search?q=...
    return redirect(url_for("search"))
