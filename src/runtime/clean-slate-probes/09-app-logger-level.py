# The shared "app" logger silenced: the next app's "Exception on /boom" must show.
import logging
from flask import Flask
app = Flask(__name__)
app.logger.setLevel(logging.CRITICAL)
# --- check ---
from flask import Flask
app = Flask(__name__)

@app.get("/boom")
def boom():
    raise ValueError("boom")
