# Warnings filters: turning warnings into errors.
import warnings
warnings.simplefilter("error")
from flask import Flask
app = Flask(__name__)
# --- check ---
import warnings
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    try:
        warnings.warn("only a warning", UserWarning)
        return {"raised": False}
    except UserWarning:
        return {"raised": True}
