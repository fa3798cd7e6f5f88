# /// conformance
# title = "A custom JSON provider's default()"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask.json.provider import DefaultJSONProvider


class SetProvider(DefaultJSONProvider):
    @staticmethod
    def default(o):
        if isinstance(o, set):
            return sorted(o)
        return DefaultJSONProvider.default(o)


app.json_provider_class = SetProvider
app.json = SetProvider(app)


@app.get("/")
def index():
    return {"tags": {"b", "a"}}
