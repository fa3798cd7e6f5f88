from flask import Flask

app = Flask(__name__)


@app.get("/version")
def version():
    # TODO: send the header X-App-Version: 1.0  ->  return body, headers
    return "1.0"


@app.post("/jobs")
def start_job():
    # TODO: answer 202 Accepted with Retry-After: 5  ->  return body, status, headers
    return "job queued"


@app.get("/users.csv")
def users_csv():
    # TODO: this is CSV, not HTML: set Content-Type to text/csv; charset=utf-8
    return "id,name\n1,Ada\n2,Grace\n"


@app.get("/tags")
def tags():
    # A dict holds one value per name, so only one X-Tag is sent.
    # TODO: send X-Tag: red AND X-Tag: blue (a list of pairs can repeat a name)
    return "ok", {"X-Tag": "red"}
