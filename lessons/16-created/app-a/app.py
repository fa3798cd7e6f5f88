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
    # TODO: a missing or empty title must answer 422 with {"error": "title is required"}
    book = {"id": max(BOOKS) + 1, "title": data["title"]}
    BOOKS[book["id"]] = book
    # TODO: answer 201 Created with a Location header built with url_for("get_book", ...)
    return book
