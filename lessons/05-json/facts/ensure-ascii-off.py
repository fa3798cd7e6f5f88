from flask import Flask

app = Flask(__name__)
app.json.ensure_ascii = False


@app.get("/cafe")
def cafe():
    return {"name": "é"}
