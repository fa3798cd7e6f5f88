# Mistake: joins both values in one header line, X-Tag: red, blue, instead of sending two X-Tag lines
# Caught by: repeated
from flask import Flask

app = Flask(__name__)


@app.get("/version")
def version():
    return "1.0", {"X-App-Version": "1.0"}


@app.post("/jobs")
def start_job():
    return "job queued", 202, {"Retry-After": "5"}


@app.get("/users.csv")
def users_csv():
    # Your Content-Type replaces Flask's text/html default, exactly as written.
    return "id,name\n1,Ada\n2,Grace\n", {"Content-Type": "text/csv; charset=utf-8"}


@app.get("/tags")
def tags():
    return "ok", {"X-Tag": "red, blue"}
