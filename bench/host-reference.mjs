// A reference row: the same kind of Flask app through Flask's test client on
// the host's CPython, with the wheels from public/wheels. Skipped with a note
// when there is no python3.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = `
import sys, time, json, zipfile, os
target = sys.argv[1]
for wheel in sys.argv[3:]:
    zipfile.ZipFile(wheel).extractall(target)
sys.path.insert(0, target)
from flask import Flask
app = Flask(__name__)
@app.get("/")
def index():
    return "Hello from Flask!"
client = app.test_client()
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    client.get("/").get_data()
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({"python": sys.version.split()[0], "p50_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95) - 1]}))
`;

export function hostReference(root, count) {
  const wheels = join(root, "public", "wheels");
  const target = mkdtempSync(join(tmpdir(), "bench-host-"));
  try {
    const files = readdirSync(wheels)
      .filter((f) => f.endsWith(".whl"))
      .map((f) => join(wheels, f));
    const run = spawnSync("python3", ["-c", SCRIPT, target, String(count), ...files], { encoding: "utf8" });
    if (run.status !== 0)
      return { skipped: `host python3 could not run Flask: ${(run.stderr || run.error || "").toString().trim().split("\n").at(-1)}` };
    return { flask_test_client: JSON.parse(run.stdout) };
  } catch (error) {
    return { skipped: String(error) };
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
}
