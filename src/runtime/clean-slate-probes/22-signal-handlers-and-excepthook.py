# Process hooks: sys.excepthook, atexit, and the default socket timeout.
import atexit, socket, sys
sys.excepthook = lambda *args: None
atexit.register(print, "bye")
socket.setdefaulttimeout(0.5)
from flask import Flask
app = Flask(__name__)
# --- check ---
import socket, sys
from flask import Flask
app = Flask(__name__)

@app.get("/")
def index():
    return {"excepthook": sys.excepthook is sys.__excepthook__, "timeout": socket.getdefaulttimeout()}
