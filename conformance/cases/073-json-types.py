# /// conformance
# title = "JSON of dates, decimals, UUIDs, dataclasses, tuples"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

import dataclasses
import datetime
import decimal
import uuid


@dataclasses.dataclass
class Point:
    x: int
    y: int


@app.get("/")
def index():
    return {
        "date": datetime.date(2024, 2, 29),
        "datetime": datetime.datetime(2024, 2, 29, 13, 14, 15, tzinfo=datetime.timezone.utc),
        "decimal": decimal.Decimal("1.10"),
        "uuid": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "point": Point(1, 2),
        "tuple": (1, 2),
        "float": 0.1 + 0.2,
        "big": 10**20,
    }
