# JSON_SORT_KEYS was removed in Flask 2.3: setting it changes nothing.
from flask import Flask

app = Flask(__name__)
app.config["JSON_SORT_KEYS"] = False


@app.get("/user")
def user():
    return {"id": 1, "name": "Ada", "email": "ada@example.com"}
