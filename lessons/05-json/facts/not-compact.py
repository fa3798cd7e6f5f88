from flask import Flask

app = Flask(__name__)
app.json.compact = False


@app.get("/user")
def user():
    return {"id": 1, "name": "Ada"}
