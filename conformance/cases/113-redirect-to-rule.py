# /// conformance
# title = "redirect_to in a rule, and merge_slashes"
# requests = ["GET /old/5", "GET /double//slash"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/new/<int:n>")
def new(n):
    return str(n)


app.add_url_rule("/old/<int:n>", endpoint="old", redirect_to="/new/<n>")


@app.get("/double/slash")
def double():
    return "merged"
