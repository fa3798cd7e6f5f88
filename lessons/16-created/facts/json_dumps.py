import json

from flask import Flask

app = Flask(__name__)


@app.post("/api/books")
def create_book():
    book = {"id": 3, "title": "Dune"}
    return json.dumps(book), 201, {"Location": "/api/books/3"}
