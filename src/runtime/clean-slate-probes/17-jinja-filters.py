# A Jinja default filter replaced for every environment.
import jinja2.filters
jinja2.filters.FILTERS["upper"] = lambda value: "patched"
from flask import Flask
app = Flask(__name__)
# --- check ---
from flask import Flask, render_template_string
app = Flask(__name__)

@app.get("/")
def index():
    return render_template_string("{{ name|upper }} & {{ '<b>' }}", name="flask")
