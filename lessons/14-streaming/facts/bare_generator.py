from flask import Flask

app = Flask(__name__)


@app.get("/count")
def count():
    def generate():
        for n in range(1, 6):
            yield f"{n}\n"

    return generate()  # no Response around it
