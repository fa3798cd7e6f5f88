# random seeded with a constant.
import random
random.seed(1234)
from flask import Flask
app = Flask(__name__)
# --- check ---
import random
from flask import Flask
app = Flask(__name__)
seeded = random.Random(1234).random()

@app.get("/")
def index():
    return {"same_as_seed_1234": random.random() == seeded}
