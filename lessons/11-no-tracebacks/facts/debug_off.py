from flask import Flask

app = Flask(__name__)  # no debug=True, no error handler


@app.get("/debug")
def debug():
    return {"debug": app.debug}


@app.get("/api/report")
def report():
    raise RuntimeError("could not connect to postgres://shop:s3cret@db.internal:5432/shop")
