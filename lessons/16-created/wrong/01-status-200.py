# Mistake: the new book comes back with a Location but the default 200 OK instead of 201 Created
# Caught by: created
from flask import Flask, abort, request, url_for

app = Flask(__name__)

BOOKS = {1: {"id": 1, "title": "Emma"}, 2: {"id": 2, "title": "Ulysses"}}


@app.get("/api/books/<int:book_id>")
def get_book(book_id):
    if book_id not in BOOKS:
        abort(404)
    return BOOKS[book_id]


@app.post("/api/books")
def create_book():
    data = request.get_json()
    title = data.get("title") if isinstance(data, dict) else None
    if not isinstance(title, str) or not title.strip():
        return {"error": "title is required"}, 422
    book = {"id": max(BOOKS) + 1, "title": title.strip()}
    BOOKS[book["id"]] = book
    return book, {"Location": url_for("get_book", book_id=book["id"])}
