# Mistake: writes the 404 into the message instead of the status, so the unknown fruit is a 200 OK
# Caught by: not-found
from flask import Flask, request

app = Flask(__name__)

fruits = {"apple", "banana"}


@app.post("/fruits")
def add_fruit():
    name = request.args.get("name", "")
    if name in fruits:
        return f"{name} already exists", 409
    fruits.add(name)
    return f"added {name}", 201


@app.get("/fruits/<name>")
def get_fruit(name):
    if name not in fruits:
        return f"404: no fruit called {name}"
    return name


@app.delete("/fruits/<name>")
def delete_fruit(name):
    fruits.discard(name)
    return "", 204


@app.get("/coffee")
def coffee():
    # A string status: you write the code and the reason phrase.
    return "I'm a teapot, short and stout", "418 I'M A TEAPOT"
