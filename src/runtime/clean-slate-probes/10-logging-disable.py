# logging.disable for every logger.
import logging
logging.disable(logging.CRITICAL)
from flask import Flask
app = Flask(__name__)
# --- check ---
import logging
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    app.logger.warning("a warning from the app")
    return "ok"
