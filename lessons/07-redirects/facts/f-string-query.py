from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/search")
def search():
    return f"Results for {request.args.get('q', '')}"


@app.get("/go")
def go():
    return redirect(f"/search?q={request.args.get('q', '')}")
