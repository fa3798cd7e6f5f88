# What Flask does with JSON when no setting is changed (lesson 5's facts).
import json

from flask import Flask, jsonify, make_response

app = Flask(__name__)

USER = {"id": 1, "name": "Ada", "email": "ada@example.com"}


@app.get("/api/users/<int:user_id>")
def get_user(user_id):
    return {"id": 1, "name": "Ada"}


@app.get("/keywords")
def keywords():
    return jsonify(id=1, name="Ada")


@app.get("/dict-404")
def dict_404():
    return {"error": "user not found"}, 404


@app.get("/jsonify-404")
def jsonify_404():
    return jsonify(error="user not found"), 404


@app.get("/no-status")
def no_status():
    return {"error": "user not found"}


@app.get("/cafe")
def cafe():
    return {"name": "é"}


@app.get("/user")
def user():
    return USER


@app.get("/str")
def as_str():
    return '{"id": 1, "name": "Ada"}'


@app.get("/dumps")
def dumps():
    return json.dumps(USER)


@app.get("/added")
def added():
    response = make_response(json.dumps(USER))
    response.headers.add("Content-Type", "application/json")
    return response


@app.get("/is-json")
def is_json():
    client = app.test_client()
    return {"str": client.get("/str").is_json, "dict": client.get("/user").is_json}
