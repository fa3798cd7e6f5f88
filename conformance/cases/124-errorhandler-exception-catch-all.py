# /// conformance
# title = "@errorhandler(Exception) also catches HTTP errors"
# note = "str(KeyError) and werkzeug's NotFound text are the same on every CPython."
# requests = ["GET /missing", "GET /boom"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(Exception)
def everything(e):
    return {"caught": type(e).__name__, "message": str(e)}, getattr(e, "code", 500)


@app.get("/boom")
def boom():
    raise KeyError("the key")
