# The root logger's handlers removed and its level raised.
import logging
root = logging.getLogger()
for handler in list(root.handlers):
    root.removeHandler(handler)
root.setLevel(logging.CRITICAL)
from flask import Flask
app = Flask(__name__)
# --- check ---
import logging
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    logging.getLogger("shop").warning("stock is low")
    return "ok"
