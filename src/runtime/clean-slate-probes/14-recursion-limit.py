# Interpreter settings: recursion limit, gc, int digits.
import gc, sys
sys.setrecursionlimit(120)
sys.set_int_max_str_digits(640)
gc.disable()
from flask import Flask
app = Flask(__name__)
# --- check ---
import gc, sys
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"limit": sys.getrecursionlimit(), "gc": gc.isenabled(), "digits": sys.get_int_max_str_digits()}
