# /// conformance
# title = "A class-based MethodView"
# requests = ["GET /items", "POST /items", "DELETE /items", "OPTIONS /items"]
# ///
from flask import Flask

app = Flask(__name__)

from flask.views import MethodView


class ItemsAPI(MethodView):
    def get(self):
        return ["a", "b"]

    def post(self):
        return {"created": True}, 201


app.add_url_rule("/items", view_func=ItemsAPI.as_view("items"))
