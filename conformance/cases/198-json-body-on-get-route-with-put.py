# /// conformance
# title = "PUT and PATCH JSON bodies on a resource"
# [[request]]
# method = "PUT"
# path = "/item"
# headers = [["Content-Type", "application/json"]]
# body = "{\"name\": \"new\", \"qty\": 5}"
# [[request]]
# method = "PATCH"
# path = "/item"
# headers = [["Content-Type", "application/json"]]
# body = "{\"qty\": 6}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request

item = {"name": "old", "qty": 1}


@app.put("/item")
def replace():
    item.clear()
    item.update(request.get_json())
    return item


@app.patch("/item")
def patch():
    item.update(request.get_json())
    return item
