from flask import Flask, request

app = Flask(__name__)

fruits = {"apple", "banana"}


@app.post("/fruits")
def add_fruit():
    name = request.args.get("name", "")
    if name in fruits:
        # TODO: a duplicate clashes with what exists: answer 409
        return f"{name} already exists"
    fruits.add(name)
    # TODO: something was created: answer 201
    return f"added {name}"


@app.get("/fruits/<name>")
def get_fruit(name):
    if name not in fruits:
        # TODO: no such fruit: answer 404
        return f"no fruit called {name}"
    return name


@app.delete("/fruits/<name>")
def delete_fruit(name):
    fruits.discard(name)
    # TODO: nothing to send back: answer 204 (the body is dropped anyway)
    return "deleted"


@app.get("/coffee")
def coffee():
    # TODO: answer with the status line "418 I'M A TEAPOT"
    return "I'm a teapot, short and stout"
