# /// conformance
# title = "A full HTML document"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Doc</title></head>
<body><h1>Hello</h1></body></html>"""
