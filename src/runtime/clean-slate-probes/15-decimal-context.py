# The decimal module's context.
import decimal
decimal.getcontext().prec = 3
from flask import Flask
app = Flask(__name__)
# --- check ---
import decimal
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"third": str(decimal.Decimal(1) / decimal.Decimal(3))}
