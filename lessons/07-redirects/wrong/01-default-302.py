# Mistake: redirect() without a code sends 302 Found, a temporary redirect, for a page that moved for good
# Caught by: moved-permanently
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
    return redirect(url_for("index"))


@app.post("/login")
def login():
    return redirect(url_for("dashboard"), 303)  # Post/Redirect/Get


@app.post("/api/v1/items")
def create_item_v1():
    return redirect(url_for("create_item_v2"), 308)  # same method, same body


@app.get("/go")
def go():
    return redirect(url_for("search", q=request.args.get("q", "")))
