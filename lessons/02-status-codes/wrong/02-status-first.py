# Mistake: puts the status first, return 201, body: an int is not a body, so Flask answers 500
# Caught by: created
from flask import Flask, request

app = Flask(__name__)

fruits = {"apple", "banana"}


@app.post("/fruits")
def add_fruit():
    name = request.args.get("name", "")
    if name in fruits:
        return f"{name} already exists", 409
    fruits.add(name)
    return 201, f"added {name}"


@app.get("/fruits/<name>")
def get_fruit(name):
    if name not in fruits:
        return f"no fruit called {name}", 404
    return name


@app.delete("/fruits/<name>")
def delete_fruit(name):
    fruits.discard(name)
    return "", 204


@app.get("/coffee")
def coffee():
    # A string status: you write the code and the reason phrase.
    return "I'm a teapot, short and stout", "418 I'M A TEAPOT"
