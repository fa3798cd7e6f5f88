# /// conformance
# title = "A raw WSGI app that never calls start_response"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)
app.wsgi_app = lambda environ, start_response: [b"no head"]
