# /// conformance
# title = "request.authorization for Basic and Bearer"
# [[request]]
# path = "/"
# headers = [["Authorization", "Basic YWRhOnMzY3JldA=="]]
# [[request]]
# path = "/"
# headers = [["Authorization", "Bearer abc.def"]]
# [[request]]
# path = "/"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    auth = request.authorization
    if auth is None:
        return {"auth": None}, 401, {"WWW-Authenticate": 'Basic realm="x"'}
    return {"type": auth.type, "username": auth.username, "password": auth.password, "token": auth.token}
