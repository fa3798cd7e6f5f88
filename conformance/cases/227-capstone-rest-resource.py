# /// conformance
# title = "A REST resource: list, create, read, update, delete, errors"
# [[request]]
# path = "/books"
# [[request]]
# method = "POST"
# path = "/books"
# headers = [["Content-Type", "application/json"]]
# body = "{\"title\": \"Emma\"}"
# [[request]]
# method = "POST"
# path = "/books"
# headers = [["Content-Type", "application/json"]]
# body = "{\"name\": \"no title\"}"
# [[request]]
# method = "PUT"
# path = "/books/2"
# headers = [["Content-Type", "application/json"]]
# body = "{\"title\": \"Emma (2nd ed.)\"}"
# [[request]]
# method = "DELETE"
# path = "/books/1"
# [[request]]
# method = "DELETE"
# path = "/books/1"
# [[request]]
# path = "/books"
# [[request]]
# method = "PATCH"
# path = "/books/2"
# headers = [["Content-Type", "application/json"]]
# body = "{}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import abort, jsonify, request, url_for

books = {1: {"id": 1, "title": "Dune"}}


@app.errorhandler(404)
def not_found(e):
    return {"error": "not found"}, 404


@app.errorhandler(400)
def bad_request(e):
    return {"error": e.description}, 400


@app.get("/books")
def list_books():
    return jsonify(list(books.values()))


@app.post("/books")
def create_book():
    data = request.get_json(silent=True)
    if not data or "title" not in data:
        abort(400, "title is required")
    book_id = max(books, default=0) + 1
    books[book_id] = {"id": book_id, "title": data["title"]}
    return books[book_id], 201, {"Location": url_for("get_book", book_id=book_id)}


@app.get("/books/<int:book_id>")
def get_book(book_id):
    return books.get(book_id) or abort(404)


@app.put("/books/<int:book_id>")
def update_book(book_id):
    if book_id not in books:
        abort(404)
    books[book_id]["title"] = request.get_json()["title"]
    return books[book_id]


@app.delete("/books/<int:book_id>")
def delete_book(book_id):
    books.pop(book_id, None) or abort(404)
    return "", 204
