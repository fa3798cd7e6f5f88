# Mistake: returns only the headers dict, which Flask sends as the JSON body, with no X-App-Version header
# Caught by: version-header
from flask import Flask
from werkzeug.datastructures import Headers

app = Flask(__name__)


@app.get("/version")
def version():
    return {"X-App-Version": "1.0"}


@app.post("/jobs")
def start_job():
    return "job queued", 202, {"Retry-After": "5"}


@app.get("/users.csv")
def users_csv():
    # Your Content-Type replaces Flask's text/html default, exactly as written.
    return "id,name\n1,Ada\n2,Grace\n", {"Content-Type": "text/csv; charset=utf-8"}


@app.get("/tags")
def tags():
    # A list of pairs (or a Headers object) can repeat a name.
    headers = Headers()
    headers.add("X-Tag", "red")
    headers.add("X-Tag", "blue")
    return "ok", headers
