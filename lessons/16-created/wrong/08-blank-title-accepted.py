# Mistake: only checks that the title key is there, so a blank title creates a book
# Caught by: validation
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
    if "title" not in data:
        return {"error": "title is required"}, 422
    book = {"id": max(BOOKS) + 1, "title": data["title"]}
    BOOKS[book["id"]] = book
    return book, 201, {"Location": url_for("get_book", book_id=book["id"])}
