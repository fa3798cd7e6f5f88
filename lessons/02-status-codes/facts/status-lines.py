from flask import Flask

app = Flask(__name__)


@app.get("/created")
def created():
    return "created", 201


@app.delete("/nothing")
def nothing():
    return "", 204


@app.delete("/deleted")
def deleted():
    return "deleted", 204


@app.get("/teapot-string")
def teapot_string():
    return "short and stout", "418 I'M A TEAPOT"


@app.get("/teapot-int")
def teapot_int():
    return "short and stout", 418


@app.get("/as-written")
def as_written():
    return "short and stout", "418 Short and Stout"


@app.get("/status-first")
def status_first():
    return 201, "created"


@app.post("/invalid")
def invalid():
    return "the data is invalid", 422
