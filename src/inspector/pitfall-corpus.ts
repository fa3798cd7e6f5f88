/**
 * Labelled responses for the pitfall checks: 161 of them, 93 correct and
 * 68 with pitfalls. pitfall-corpus.test.ts runs findPitfalls over every one and
 * wants exactly the ids listed, so a check that cries wolf on a correct
 * response (or misses a real mistake) fails the build.
 *
 * Most entries were recorded from real Flask 3.1 views with its test client
 * (status, headers in the order sent, body); the few that Werkzeug would not
 * produce itself (a 204 or 304 with a body) say so in `why`. When adding an
 * entry, prefer a response a learner's app really sends, and keep the correct
 * ones full of words like error, failed and not found in their natural places.
 */
import type { Header } from "../runtime/protocol";
import type { PitfallId } from "./pitfalls";

/** One labelled response. */
export interface CorpusEntry {
  /** Unique; says what the response is. */
  name: string;
  status: number;
  /** The request method, when not GET (a HEAD response has no body to judge). */
  method?: string;
  headers: Header[];
  /** The body as text, or its bytes when it is binary. */
  body: string | number[];
  /** Exactly the pitfalls findPitfalls must report; [] for a correct response. */
  expect: PitfallId[];
  /** Why the label is right, where that is not obvious. */
  why?: string;
}

export const PITFALL_CORPUS: CorpusEntry[] = [
  // Correct responses: no warning may fire, however many error words they hold.
  {
    name: "a jsonify()ed user",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "22"],
    ],
    body: '{"id":1,"name":"Ada"}\n',
    expect: [],
  },
  {
    name: '"errors": [] beside the items',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "28"],
    ],
    body: '{"errors":[],"items":[1,2]}\n',
    expect: [],
  },
  {
    name: '"error": null with "ok": true',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "25"],
    ],
    body: '{"error":null,"ok":true}\n',
    expect: [],
  },
  {
    name: '"ok": true with "failed": 0',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "34"],
    ],
    body: '{"failed":0,"ok":true,"saved":12}\n',
    expect: [],
  },
  {
    name: 'an import summary with "failed": 0 and "errors": []',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "40"],
    ],
    body: '{"errors":[],"failed":0,"imported":120}\n',
    expect: [],
  },
  {
    name: '"error": false beside a result',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "28"],
    ],
    body: '{"error":false,"result":42}\n',
    expect: [],
  },
  {
    name: '"errors": {} with "valid": true',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "27"],
    ],
    body: '{"errors":{},"valid":true}\n',
    expect: [],
  },
  {
    name: "per-field errors that are all empty",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "34"],
    ],
    body: '{"errors":{"email":[],"name":[]}}\n',
    expect: [],
    why: "every field's list is empty: nothing is wrong",
  },
  {
    name: '"error": "" beside "result": "ok"',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "41"],
    ],
    body: '{"error":"","result":"ok","warnings":[]}\n',
    expect: [],
  },
  {
    name: 'a validation endpoint answering "valid": false',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "53"],
    ],
    body: '{"problems":["password is too short"],"valid":false}\n',
    expect: [],
    why: "the request worked; its answer is that the input it was asked about is invalid",
  },
  {
    name: "a job resource whose job failed",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "88"],
    ],
    body: '{"error":"Out of memory","finished_at":"2024-05-01T12:00:03Z","id":7,"status":"failed"}\n',
    expect: [],
    why: "the job failed, the request for it did not; the object is data, not an error envelope",
  },
  {
    name: "a list of log entries at error level",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "80"],
    ],
    body: '[{"level":"error","message":"disk full"},{"level":"info","message":"retrying"}]\n',
    expect: [],
  },
  {
    name: '"error_count": 0',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "31"],
    ],
    body: '{"error_count":0,"warnings":2}\n',
    expect: [],
  },
  {
    name: "GraphQL errors beside data",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "79"],
    ],
    body: '{"data":{"user":null},"errors":[{"message":"User not found","path":["user"]}]}\n',
    expect: [],
    why: "GraphQL over HTTP answers application/json with 200 and reports field errors beside data",
  },
  {
    name: '"success": true with per-row notes in "errors"',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "56"],
    ],
    body: '{"errors":["row 3: blank line skipped"],"success":true}\n',
    expect: [],
    why: "success: true says the import worked; the errors are notes about rows",
  },
  {
    name: 'a success "message" that mentions 0 failed',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "57"],
    ],
    body: '{"message":"Upload complete: 12 files saved, 0 failed."}\n',
    expect: [],
  },
  {
    name: 'a success "message" that says "No errors"',
    status: 200,
    method: "DELETE",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "34"],
    ],
    body: '{"message":"Deleted. No errors."}\n',
    expect: [],
  },
  {
    name: "an API describing ValueError",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "122"],
    ],
    body: '{"doc":"Raised when an operation receives an argument that has the right type but an invalid value.","name":"ValueError"}\n',
    expect: [],
  },
  {
    name: '"status": 200 echoed in the body',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "30"],
    ],
    body: '{"message":"ok","status":200}\n',
    expect: [],
  },
  {
    name: 'a health check with "status": "ok"',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "50"],
    ],
    body: '{"checks":{"cache":"ok","db":"ok"},"status":"ok"}\n',
    expect: [],
  },
  {
    name: "search results about tracebacks and errors",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "155"],
    ],
    body: '{"query":"traceback","results":[{"title":"Reading a Python traceback","url":"/blog/tracebacks"},{"title":"Error handling in Flask","url":"/docs/errors"}]}\n',
    expect: [],
  },
  {
    name: "an empty JSON list",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "3"],
    ],
    body: "[]\n",
    expect: [],
  },
  {
    name: 'a movie titled "Not Found"',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "41"],
    ],
    body: '{"id":3,"title":"Not Found","year":2015}\n',
    expect: [],
  },
  {
    name: "a catalogue of the API's error codes",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "75"],
    ],
    body: '{"errors":{"E001":"Invalid token","E002":"Token has expired"},"version":2}\n',
    expect: [],
    why: "a list of the error codes an API uses is data",
  },
  {
    name: '"traceback": null beside "ok": true',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "29"],
    ],
    body: '{"ok":true,"traceback":null}\n',
    expect: [],
  },
  {
    name: "a password reset that does not say whether the account exists",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "74"],
    ],
    body: '{"message":"If that address has an account, a reset link is on its way."}\n',
    expect: [],
  },
  {
    name: '202 Accepted with "status": "queued"',
    status: 202,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "36"],
    ],
    body: '{"job":"/jobs/8","status":"queued"}\n',
    expect: [],
  },
  {
    name: '404 with {"error": "not found"}',
    status: 404,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "22"],
    ],
    body: '{"error":"not found"}\n',
    expect: [],
  },
  {
    name: "404 as application/problem+json",
    status: 404,
    headers: [
      ["Content-Type", "application/problem+json"],
      ["Content-Length", "83"],
    ],
    body: '{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No item 7"}',
    expect: [],
  },
  {
    name: "422 with field errors",
    status: 422,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "52"],
    ],
    body: '{"errors":{"email":["Not a valid email address."]}}\n',
    expect: [],
  },
  {
    name: "400 for a body that is not JSON",
    status: 400,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "68"],
    ],
    body: '{"error":"invalid JSON: Expecting value: line 1 column 1 (char 0)"}\n',
    expect: [],
  },
  {
    name: "401 with WWW-Authenticate",
    status: 401,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "25"],
      ["WWW-Authenticate", 'Bearer realm="api"'],
    ],
    body: '{"error":"unauthorized"}\n',
    expect: [],
  },
  {
    name: "409 for a duplicate e-mail",
    status: 409,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "37"],
    ],
    body: '{"error":"email already registered"}\n',
    expect: [],
  },
  {
    name: "429 with Retry-After",
    status: 429,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "49"],
      ["Retry-After", "30"],
    ],
    body: '{"error":"rate limit exceeded","retry_after":30}\n',
    expect: [],
  },
  {
    name: "500 with a friendly JSON error",
    status: 500,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "56"],
    ],
    body: '{"error":"internal server error","request_id":"a1b2c3"}\n',
    expect: [],
  },
  {
    name: '400 text "Invalid input"',
    status: 400,
    method: "POST",
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "35"],
    ],
    body: "Invalid input: age must be a number",
    expect: [],
  },
  {
    name: '"Upload complete: 12 files saved, 0 failed."',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "42"],
    ],
    body: "Upload complete: 12 files saved, 0 failed.",
    expect: [],
  },
  {
    name: '"All 48 tests passed, no errors."',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "31"],
    ],
    body: "All 48 tests passed, no errors.",
    expect: [],
  },
  {
    name: '"Sync finished. 0 failed, 3 skipped."',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "35"],
    ],
    body: "Sync finished. 0 failed, 3 skipped.",
    expect: [],
  },
  {
    name: '"No errors found."',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "17"],
    ],
    body: "No errors found.\n",
    expect: [],
  },
  {
    name: '"Nothing failed; all 12 jobs ran."',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "32"],
    ],
    body: "Nothing failed; all 12 jobs ran.",
    expect: [],
  },
  {
    name: '"Hello from Flask!"',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "17"],
    ],
    body: "Hello from Flask!",
    expect: [],
  },
  {
    name: '"Error rate: 0.2% over the last hour"',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "36"],
    ],
    body: "Error rate: 0.2% over the last hour\n",
    expect: [],
  },
  {
    name: '"Errors: 0"',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "10"],
    ],
    body: "Errors: 0\n",
    expect: [],
  },
  {
    name: '"Exceptions handled today: 0"',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "28"],
    ],
    body: "Exceptions handled today: 0\n",
    expect: [],
  },
  {
    name: "a log excerpt with an ERROR line",
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "203"],
    ],
    body: `2024-05-01 12:00:01 INFO  worker started
2024-05-01 12:00:02 ERROR database timeout (retrying)
2024-05-01 12:00:03 INFO  database reconnected
2024-05-01 12:00:09 WARN  slow request: GET /reports (2.1 s)
`,
    expect: [],
  },
  {
    name: '"Failed logins in the last 24 h: 0"',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "34"],
    ],
    body: "Failed logins in the last 24 h: 0\n",
    expect: [],
  },
  {
    name: '"Failed: 0, passed: 12"',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "22"],
    ],
    body: "Failed: 0, passed: 12\n",
    expect: [],
  },
  {
    name: '"Invalidated 3 cache keys."',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "25"],
    ],
    body: "Invalidated 3 cache keys.",
    expect: [],
  },
  {
    name: "a sentence about ValueError",
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "58"],
    ],
    body: "ValueError is raised when int() gets a string like 'abc'.\n",
    expect: [],
  },
  {
    name: "a changelog line about traceback parsing",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "57"],
    ],
    body: "Traceback parsing is supported for Python 3.11 and later.",
    expect: [],
  },
  {
    name: '"OK" as text/plain',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "2"],
    ],
    body: "OK",
    expect: [],
  },
  {
    name: "a reset notice that mentions invalid addresses",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "98"],
    ],
    body: "Password reset link sent. Invalid addresses are ignored, so check the spelling if nothing arrives.",
    expect: [],
  },
  {
    name: "CSV of error counts",
    status: 200,
    headers: [
      ["Content-Type", "text/csv; charset=utf-8"],
      ["Content-Length", "30"],
    ],
    body: `level,count
error,3
warning,7
`,
    expect: [],
  },
  {
    name: "CSV of files with a failed one",
    status: 200,
    headers: [
      ["Content-Type", "text/csv; charset=utf-8"],
      ["Content-Length", "49"],
    ],
    body: `file,status
a.txt,saved
b.txt,failed
c.txt,saved
`,
    expect: [],
  },
  {
    name: "XML report with zero errors",
    status: 200,
    headers: [
      ["Content-Type", "application/xml; charset=utf-8"],
      ["Content-Length", "76"],
    ],
    body: `<?xml version="1.0"?>
<report><errors>0</errors><failed>0</failed></report>
`,
    expect: [],
  },
  {
    name: 'a short page titled "Error handling"',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "173"],
    ],
    body: `<!doctype html>
<title>Error handling</title>
<h1>Error handling</h1>
<p>Register a function with <code>@app.errorhandler(404)</code> to answer a missing page your way.</p>
`,
    expect: [],
  },
  {
    name: "a docs page on handling application errors",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "1297"],
    ],
    body: `<!doctype html>
<html lang="en">
<head><title>Handling Application Errors — Flask docs</title></head>
<body>
<nav><a href="/">Home</a> <a href="/docs">Docs</a></nav>
<main>
<h1>Handling Application Errors</h1>
<p>Applications fail, servers fail. Sooner or later you will see an exception in production.
Even if your code is 100% correct, you will still see exceptions from time to time: the client
terminated the request early, the database server was overloaded, a filesystem is full.</p>
<h2>Error handlers</h2>
<p>An error handler is a function that returns a response when a type of error is raised,
similar to how a view is a function that returns a response when a request URL is matched.
It is passed the instance of the error being handled, which is most likely an HTTPException.</p>
<pre><code>@app.errorhandler(404)
def page_not_found(error):
    return render_template("404.html"), 404</code></pre>
<p>The status code of the response will not be set to the handler's code. Make sure to provide
the appropriate HTTP status code when returning a response from a handler, or the error page
is sent as 200 OK. An invalid request should answer 400; a missing resource 404; an unexpected
exception 500, with the traceback in your logs and never in the response.</p>
</main>
</body>
</html>
`,
    expect: [],
  },
  {
    name: "a blog post that quotes a traceback",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "1398"],
    ],
    body: `<!doctype html>
<html lang="en">
<head><title>How to read a Python traceback</title></head>
<body>
<article>
<h1>How to read a Python traceback</h1>
<p>Every Python programmer meets the traceback early. It looks intimidating, a wall of file
names and line numbers, but it is the most useful error report you will ever get, and once you
know its order it reads like a short story told backwards. Python prints the frames from the
outermost call to the innermost one, so the line that actually failed is at the bottom, just
above the exception's name and message.</p>
<p>Here is one from a small script that averages ratings and divides by zero when an item has
none:</p>
<pre>Traceback (most recent call last):
  File "ratings.py", line 12, in &lt;module&gt;
    print(report(items))
  File "ratings.py", line 8, in report
    return [average(item) for item in items]
  File "ratings.py", line 4, in average
    return sum(item["ratings"]) / len(item["ratings"])
ZeroDivisionError: division by zero</pre>
<p>Start at the bottom: a ZeroDivisionError. Then read upwards to the last frame, line 4 in
average, and you know which division failed. The frames above tell you how the program got
there. When you ask for help, paste the whole traceback, not just its last line, and never show
one to the users of a web app: log it, and send them a friendly error page instead.</p>
</article>
</body>
</html>
`,
    expect: [],
    why: "the traceback is an example inside an article, not what the response is about",
  },
  {
    name: 'a blog post that quotes "Traceback (most recent call last):" in prose',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "824"],
    ],
    body: `<!doctype html>
<html lang="en">
<head><title>Five things I wish I had known about exceptions</title></head>
<body>
<h1>Five things I wish I had known about exceptions</h1>
<p>When Python prints "Traceback (most recent call last):" it is not scolding you. It is telling
you that the frames which follow are listed oldest first, so the newest frame, where the error
happened, comes last. That one sentence saved me hours.</p>
<p>Second, an exception is not a failure of your program as a whole: catching a KeyError or a
ValueError where you expect one is ordinary control flow. Third, an invalid value should raise
early, close to where it came in. Fourth, error messages are for people; say what was expected.
Fifth, a web app should log the traceback and show the user a page that says what to do next.</p>
</body>
</html>
`,
    expect: [],
  },
  {
    name: "a docs page about the Werkzeug debugger",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "665"],
    ],
    body: `<!doctype html>
<html lang="en">
<head><title>Debugging Application Errors — the Werkzeug Debugger</title></head>
<body>
<h1>The Werkzeug Debugger</h1>
<p>When you run <code>flask run --debug</code>, an unhandled exception shows the Werkzeug
Debugger instead of a plain 500 page: the traceback, the source of every frame, and a console
in each frame that runs Python code. Its resources are served from URLs such as
<code>?__debugger__=yes&amp;cmd=resource&amp;f=style.css</code>, and the console is protected by
a PIN printed in the terminal.</p>
<p>Never enable the debugger in production. Anyone who reaches it can run code on your server.</p>
</body>
</html>
`,
    expect: [],
  },
  {
    name: "a login form shown again with a flashed message",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "559"],
    ],
    body: `<!doctype html>
<title>Log In - Flaskr</title>
<nav><h1>Flaskr</h1><ul><li><a href="/auth/register">Register</a><li><a href="/auth/login">Log In</a></ul></nav>
<section class="content">
  <header><h1>Log In</h1></header>
  <div class="flash">Incorrect password.</div>
  <form method="post">
    <label for="username">Username</label><input name="username" id="username" value="ada" required>
    <label for="password">Password</label><input type="password" name="password" id="password" required>
    <input type="submit" value="Log In">
  </form>
</section>
`,
    expect: [],
    why: "the Flask tutorial's pattern: the page is the form, with a note, not an error message",
  },
  {
    name: "a shop page",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "117"],
    ],
    body: "<!doctype html><html><head><title>Shop</title></head><body><h1>Welcome</h1><p>Browse the catalogue.</p></body></html>",
    expect: [],
  },
  {
    name: "a dashboard counting 404 errors",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "167"],
    ],
    body: `<!doctype html>
<title>Dashboard</title>
<h1>Traffic</h1>
<ul><li>Requests this week: 18 204</li><li>404 errors this week: 3</li><li>500 errors this week: 0</li></ul>
`,
    expect: [],
  },
  {
    name: "a page whose script and style mention errors",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "257"],
    ],
    body: `<!doctype html>
<html><head><title>Notes</title>
<style>.error { color: red } .failed { text-decoration: line-through }</style>
<script>window.onerror = (msg) => console.error("Error:", msg);</script>
</head><body><p>Your notes are saved.</p></body></html>
`,
    expect: [],
  },
  {
    name: 'an order page with a "Payment failed?" footer',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "205"],
    ],
    body: `<!doctype html>
<title>Order placed</title>
<h1>Thank you!</h1>
<p>Your order #1234 was placed and will ship tomorrow.</p>
<footer>Payment failed or charged twice? <a href="/help">Contact us</a>.</footer>
`,
    expect: [],
  },
  {
    name: "a custom 404 page with 404",
    status: 404,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "150"],
    ],
    body: `<!doctype html>
<title>Page not found</title>
<h1>Page not found</h1>
<p>Sorry, we could not find /missing-page. <a href="/">Back to the shop</a>.</p>`,
    expect: [],
  },
  {
    name: "Werkzeug's 404 page with 404",
    status: 404,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "207"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>
`,
    expect: [],
  },
  {
    name: "Werkzeug's 403 page",
    status: 403,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "213"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>403 Forbidden</title>
<h1>Forbidden</h1>
<p>You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>
`,
    expect: [],
  },
  {
    name: "Werkzeug's 500 page with 500",
    status: 500,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "265"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>500 Internal Server Error</title>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
`,
    expect: [],
  },
  {
    name: "405 with Allow",
    status: 405,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Allow", "HEAD, OPTIONS, GET"],
      ["Content-Length", "153"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>405 Method Not Allowed</title>
<h1>Method Not Allowed</h1>
<p>The method is not allowed for the requested URL.</p>
`,
    expect: [],
  },
  {
    name: "redirect() with 302",
    status: 302,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "189"],
      ["Location", "/"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>Redirecting...</title>
<h1>Redirecting...</h1>
<p>You should be redirected automatically to the target URL: <a href="/">/</a>. If not, click the link.
`,
    expect: [],
  },
  {
    name: "redirect() with 301",
    status: 301,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "211"],
      ["Location", "/docs/errors"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>Redirecting...</title>
<h1>Redirecting...</h1>
<p>You should be redirected automatically to the target URL: <a href="/docs/errors">/docs/errors</a>. If not, click the link.
`,
    expect: [],
  },
  {
    name: "303 after a form post",
    status: 303,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "189"],
      ["Location", "/"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>Redirecting...</title>
<h1>Redirecting...</h1>
<p>You should be redirected automatically to the target URL: <a href="/">/</a>. If not, click the link.
`,
    expect: [],
  },
  {
    name: "307 that keeps the method",
    status: 307,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "215"],
      ["Location", "/api/v2/orders"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>Redirecting...</title>
<h1>Redirecting...</h1>
<p>You should be redirected automatically to the target URL: <a href="/api/v2/orders">/api/v2/orders</a>. If not, click the link.
`,
    expect: [],
  },
  {
    name: "308 to add the trailing slash",
    status: 308,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "241"],
      ["Location", "http://localhost/catalogue/"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>Redirecting...</title>
<h1>Redirecting...</h1>
<p>You should be redirected automatically to the target URL: <a href="http://localhost/catalogue/">http://localhost/catalogue/</a>. If not, click the link.
`,
    expect: [],
  },
  {
    name: "201 with Location and JSON",
    status: 201,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "23"],
      ["Location", "/api/items/7"],
    ],
    body: '{"id":7,"name":"lamp"}\n',
    expect: [],
  },
  {
    name: "201 with Location and text",
    status: 201,
    method: "POST",
    headers: [
      ["Location", "/notes/12"],
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "11"],
    ],
    body: "Note saved.",
    expect: [],
  },
  {
    name: "204 after a DELETE",
    status: 204,
    method: "DELETE",
    headers: [["Content-Type", "text/html; charset=utf-8"]],
    body: "",
    expect: [],
  },
  {
    name: "304 for a matching If-None-Match",
    status: 304,
    headers: [
      ["ETag", '"v1"'],
      ["Date", "Mon, 30 Nov 2026 11:39:08 GMT"],
    ],
    body: "",
    expect: [],
  },
  {
    name: "HEAD of a JSON answer",
    status: 200,
    method: "HEAD",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "22"],
    ],
    body: "",
    expect: [],
  },
  {
    name: "HEAD of a route that sends an error with 200",
    status: 200,
    method: "HEAD",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "22"],
    ],
    body: "",
    expect: [],
    why: "a HEAD response has no body to judge",
  },
  {
    name: "HEAD of a redirect",
    status: 302,
    method: "HEAD",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "189"],
      ["Location", "/"],
    ],
    body: "",
    expect: [],
  },
  {
    name: "OPTIONS with Allow",
    status: 200,
    method: "OPTIONS",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Allow", "HEAD, OPTIONS, GET"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: [],
  },
  {
    name: "streamed text chunks",
    status: 200,
    headers: [["Content-Type", "text/plain; charset=utf-8"]],
    body: `chunk 0
chunk 1
chunk 2
`,
    expect: [],
  },
  {
    name: "streamed CSV with an errors column",
    status: 200,
    headers: [["Content-Type", "text/csv; charset=utf-8"]],
    body: `id,name,errors
1,Ada,0
2,Grace,0
`,
    expect: [],
  },
  {
    name: 'streamed progress with "0 failed"',
    status: 200,
    method: "POST",
    headers: [["Content-Type", "text/plain; charset=utf-8"]],
    body: `processed 1/3 (0 failed)
processed 2/3 (0 failed)
processed 3/3 (0 failed)
done
`,
    expect: [],
  },
  {
    name: "a PNG image",
    status: 200,
    headers: [
      ["Content-Type", "image/png"],
      ["Content-Length", "67"],
      ["Cache-Control", "no-cache"],
      ["Date", "Mon, 30 Nov 2026 11:39:08 GMT"],
      ["Accept-Ranges", "bytes"],
    ],
    body: [
      137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73, 68, 65,
      84, 120, 156, 99, 96, 0, 0, 2, 0, 0, 1, 226, 33, 188, 51, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
    ],
    expect: [],
  },
  {
    name: "binary application/octet-stream",
    status: 200,
    headers: [
      ["Content-Type", "application/octet-stream"],
      ["Content-Length", "37"],
    ],
    body: [
      0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196, 203, 210, 217,
      224, 231, 238, 245, 252,
    ],
    expect: [],
  },
  {
    name: "206 for a Range request",
    status: 206,
    headers: [
      ["Content-Disposition", "inline; filename=notes.txt"],
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "8"],
      ["Cache-Control", "no-cache"],
      ["Date", "Mon, 30 Nov 2026 11:39:08 GMT"],
      ["Accept-Ranges", "bytes"],
      ["Content-Range", "bytes 0-7/29"],
    ],
    body: "line one",
    expect: [],
  },
  {
    name: "204 with Content-Length: 0",
    status: 204,
    headers: [["Content-Length", "0"]],
    body: "",
    expect: [],
  },

  // Pitfall error-with-2xx.
  {
    name: '{"error": "not found"} with 200 (lesson 10\'s bug)',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "22"],
    ],
    body: '{"error":"not found"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '{"error": "user not found"} with 200',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "27"],
    ],
    body: '{"error":"user not found"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: "field errors with 200",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "52"],
    ],
    body: '{"errors":{"email":["Not a valid email address."]}}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: "an error object with 200",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "48"],
    ],
    body: '{"error":{"code":404,"message":"No such item"}}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"ok": false with an error, 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "40"],
    ],
    body: '{"error":"payment declined","ok":false}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"success": false with "Invalid password", 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "47"],
    ],
    body: '{"message":"Invalid password","success":false}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '{"message": "User not found"} with 200',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "29"],
    ],
    body: '{"message":"User not found"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '{"detail": "Not found."} with 200',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "24"],
    ],
    body: '{"detail":"Not found."}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"status": 404 in a 200 body',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "50"],
    ],
    body: '{"message":"Item 11 does not exist","status":404}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"status": "error" with a message, 200',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "52"],
    ],
    body: '{"message":"Database unavailable","status":"error"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"error": true with a message, 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "48"],
    ],
    body: '{"error":true,"message":"Something went wrong"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"Error: user not found" as text/html with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "21"],
    ],
    body: "Error: user not found",
    expect: ["error-with-2xx"],
  },
  {
    name: '"Error: user not found" as text/plain with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "22"],
    ],
    body: "Error: user not found\n",
    expect: ["error-with-2xx"],
  },
  {
    name: '"Login failed" with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "12"],
    ],
    body: "Login failed",
    expect: ["error-with-2xx"],
  },
  {
    name: '"User not found" with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "14"],
    ],
    body: "User not found",
    expect: ["error-with-2xx"],
  },
  {
    name: '"Invalid input: …" as text/plain with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "35"],
    ],
    body: "Invalid input: age must be a number",
    expect: ["error-with-2xx"],
  },
  {
    name: 'an "Invalid input" page with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "65"],
    ],
    body: "<html><body><h1>Invalid input</h1><p>Try again.</p></body></html>",
    expect: ["error-with-2xx"],
  },
  {
    name: "Werkzeug's 404 page sent with 200",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "207"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>
`,
    expect: ["error-with-2xx"],
  },
  {
    name: 'an "Oops! Something went wrong" page with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "100"],
    ],
    body: "<!doctype html><title>Oops!</title><h1>Oops! Something went wrong</h1><p>Please try again later.</p>",
    expect: ["error-with-2xx"],
  },
  {
    name: '"ValueError: …" returned as text with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "57"],
    ],
    body: "ValueError: invalid literal for int() with base 10: 'abc'",
    expect: ["error-with-2xx"],
  },
  {
    name: '"Could not connect to the database" with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "33"],
    ],
    body: "Could not connect to the database",
    expect: ["error-with-2xx"],
  },
  {
    name: "field errors with 201 and a Location",
    status: 201,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "32"],
      ["Location", "/p/items/0"],
    ],
    body: '{"errors":["name is required"]}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"Failed to send email: …" with 200',
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "35"],
    ],
    body: "Failed to send email: SMTP timeout\n",
    expect: ["error-with-2xx"],
  },
  {
    name: 'an "Error" page saying "Access denied." with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "56"],
    ],
    body: "<!doctype html><title>Error</title><p>Access denied.</p>",
    expect: ["error-with-2xx"],
  },
  {
    name: "an error with 202",
    status: 202,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "26"],
    ],
    body: '{"error":"queue is full"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: '"error_message" with 200',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "38"],
    ],
    body: '{"error_message":"Token has expired"}\n',
    expect: ["error-with-2xx"],
  },
  {
    name: "Werkzeug's 500 page sent with 200",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "265"],
    ],
    body: `<!doctype html>
<html lang=en>
<title>500 Internal Server Error</title>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
`,
    expect: ["error-with-2xx"],
  },

  // Pitfall json-as-html.
  {
    name: "json.dumps(dict) returned as a string",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "25"],
    ],
    body: '{"users": 2, "admins": 1}',
    expect: ["json-as-html"],
  },
  {
    name: "json.dumps(list) returned as a string",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "27"],
    ],
    body: '["flask", "python", "http"]',
    expect: ["json-as-html"],
  },
  {
    name: "json.dumps sent as text/plain",
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "24"],
    ],
    body: '{"id": 1, "name": "Ada"}',
    expect: ["json-as-html"],
  },
  {
    name: "json.dumps(indent=2) returned as a string",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "47"],
    ],
    body: `{
  "id": 1,
  "tags": [
    "a",
    "b"
  ]
}`,
    expect: ["json-as-html"],
  },
  {
    name: 'json.dumps({"error": …}) with 200',
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "22"],
    ],
    body: '{"error": "not found"}',
    expect: ["error-with-2xx", "json-as-html"],
  },
  {
    name: 'json.dumps({"error": …}) with 404',
    status: 404,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "22"],
    ],
    body: '{"error": "not found"}',
    expect: ["json-as-html"],
  },
  {
    name: "json.dumps({}) returned as a string",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "2"],
    ],
    body: "{}",
    expect: ["json-as-html"],
  },

  // Pitfall invalid-json.
  {
    name: "str(dict) labelled application/json",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "24"],
    ],
    body: "{'id': 1, 'name': 'Ada'}",
    expect: ["invalid-json"],
  },
  {
    name: '"OK" labelled application/json',
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "2"],
    ],
    body: "OK",
    expect: ["invalid-json"],
  },
  {
    name: "hand-built JSON with a trailing comma",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "16"],
    ],
    body: '{"a": 1,"b": 2,}',
    expect: ["invalid-json"],
  },
  {
    name: '400 problem+json that says "oops"',
    status: 400,
    method: "POST",
    headers: [
      ["Content-Type", "application/problem+json"],
      ["Content-Length", "4"],
    ],
    body: "oops",
    expect: ["invalid-json"],
  },
  {
    name: "hand-built JSON with Python's True",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "12"],
    ],
    body: '{"ok": True}',
    expect: ["invalid-json"],
  },
  {
    name: "jsonify of a NaN",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "14"],
    ],
    body: '{"ratio":NaN}\n',
    expect: ["invalid-json"],
    why: "Python's json writes NaN, which JSON.parse rejects",
  },
  {
    name: "an HTML page labelled application/json",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "52"],
    ],
    body: "<!doctype html><title>Items</title><ul><li>lamp</ul>",
    expect: ["invalid-json"],
  },
  {
    name: "gzip bytes without Content-Encoding",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "29"],
    ],
    body: [31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 171, 86, 202, 76, 81, 178, 82, 48, 172, 5, 0, 133, 64, 212, 86, 9, 0, 0, 0],
    expect: ["invalid-json"],
  },
  {
    name: "JSON lines streamed as application/json",
    status: 200,
    headers: [["Content-Type", "application/json"]],
    body: `{"event": "start"}
{"event": "done"}
`,
    expect: ["invalid-json"],
  },

  // Pitfall traceback-leak.
  {
    name: "traceback.format_exc() as a 500",
    status: 500,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "152"],
    ],
    body: `Traceback (most recent call last):
  File "/home/pyodide/app.py", line 43, in failing_traceback
    1 / 0
    ~~^~~
ZeroDivisionError: division by zero
`,
    expect: ["traceback-leak"],
  },
  {
    name: "a traceback in <pre> with 200",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "163"],
    ],
    body: `<pre>Traceback (most recent call last):
  File "/home/pyodide/app.py", line 43, in failing_traceback
    1 / 0
    ~~^~~
ZeroDivisionError: division by zero
</pre>`,
    expect: ["error-with-2xx", "traceback-leak"],
  },
  {
    name: "a traceback in a JSON 500",
    status: 500,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "208"],
    ],
    body: '{"error":"internal server error","traceback":"Traceback (most recent call last):\\n  File \\"/home/pyodide/app.py\\", line 43, in failing_traceback\\n    1 / 0\\n    ~~^~~\\nZeroDivisionError: division by zero\\n"}\n',
    expect: ["traceback-leak"],
  },
  {
    name: "an escaped traceback under a friendly heading",
    status: 500,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "235"],
    ],
    body: `<!doctype html><title>Error</title><h1>Something went wrong</h1><pre>Traceback (most recent call last):
  File &#34;/home/pyodide/app.py&#34;, line 43, in failing_traceback
    1 / 0
    ~~^~~
ZeroDivisionError: division by zero
</pre>`,
    expect: ["traceback-leak"],
  },
  {
    name: "a chained traceback as a 500",
    status: 500,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "571"],
    ],
    body: `Traceback (most recent call last):
  File "/home/pyodide/app.py", line 910, in p_tb_chained
    load_settings("/etc/app/settings.toml")
  File "/home/pyodide/app.py", line 22, in load_settings
    with open(path) as handle:
         ^^^^^^^^^^
FileNotFoundError: [Errno 2] No such file or directory: '/etc/app/settings.toml'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/home/pyodide/app.py", line 912, in p_tb_chained
    raise RuntimeError("settings missing") from exc
RuntimeError: settings missing
`,
    expect: ["traceback-leak"],
  },
  {
    name: "a traceback in a JSON error sent with 200",
    status: 200,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "404"],
    ],
    body: '{"error":"invalid literal for int() with base 10: \'abc\'","trace":"Traceback (most recent call last):\\n  File \\"/home/pyodide/app.py\\", line 920, in p_tb_json_200\\n    return {\\"age\\": parse_age(\\"abc\\")}\\n                   ^^^^^^^^^^^^^^^^\\n  File \\"/home/pyodide/app.py\\", line 18, in parse_age\\n    return int(text)\\n           ^^^^^^^^^\\nValueError: invalid literal for int() with base 10: \'abc\'\\n"}\n',
    expect: ["error-with-2xx", "traceback-leak"],
  },
  {
    name: "a long traceback as text with 200",
    status: 200,
    headers: [
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", "654"],
    ],
    body: `Traceback (most recent call last):
  File "/home/pyodide/app.py", line 928, in p_tb_long_200
    return {"averages": report([{"ratings": [4, 5]}, {"ratings": []}])}
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/home/pyodide/app.py", line 37, in report
    averages.append(average_rating(item))
                    ^^^^^^^^^^^^^^^^^^^^
  File "/home/pyodide/app.py", line 31, in average_rating
    return total(item["ratings"])
           ^^^^^^^^^^^^^^^^^^^^^^
  File "/home/pyodide/app.py", line 27, in total
    return sum(values) / len(values)
           ~~~~~~~~~~~~^~~~~~~~~~~~~
ZeroDivisionError: division by zero
`,
    expect: ["error-with-2xx", "traceback-leak"],
    why: "a body that opens with a traceback is an error message at any length",
  },
  {
    name: "the Werkzeug debugger page",
    status: 500,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "1832"],
    ],
    body: `<!doctype html>
<html lang=en>
  <head>
    <title>ZeroDivisionError: division by zero
 // Werkzeug Debugger</title>
    <link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">
    <link rel="shortcut icon"
        href="?__debugger__=yes&amp;cmd=resource&amp;f=console.png">
    <script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>
    <script>
      var CONSOLE_MODE = false,
          EVALEX = true,
          EVALEX_TRUSTED = false,
          SECRET = "bwvz1NI3BzcSrp15dAs7";
    </script>
  </head>
  <body style="background-color: #fff">
    <div class="debugger">
<h1>ZeroDivisionError</h1>
<div class="detail">
  <p class="errormsg">ZeroDivisionError: division by zero
</p>
</div>
<h2 class="traceback">Traceback <em>(most recent call last)</em></h2>
<div class="traceback">
  <h3></h3>
  <ul><li><div class="frame" id="frame-140230474003888">
  <h4>File <cite class="filename">"/lib/python3.14/site-packages/flask/app.py"</cite>,
      line <em class="line">1536</em>,
      in <code class="function">__call__</code></h4>
  <div class="source library"><pre class="line before"><span class="ws">    </span>) -&gt; cabc.Iterable[bytes]:</pre>
<pre class="line before"><span class="ws">        </span>&#34;&#34;&#34;The WSGI server calls the Flask application object as the</pre>
<pre class="line before"><span class="ws">        </span>WSGI application. This calls :meth:\`wsgi_app\`, which can be</pre>
<pre class="line before"><span class="ws">        </span>wrapped to apply middleware.</pre>
<pre class="line before"><span class="ws">        </span>&#34;&#34;&#34;</pre>
<pre class="line current"><span class="ws">        </span>return self.wsgi_app(environ, start_response)
<span class="ws">        </span>       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^</pre></div>
</div>

`,
    expect: ["traceback-leak"],
    why: "the head and first frame of the page Werkzeug 3.1's debugger sends (the rest cut for length, Content-Length to match)",
  },

  // Pitfall redirect-without-location.
  {
    name: 'return "", 302',
    status: 302,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: ["redirect-without-location"],
  },
  {
    name: '"Moved" with 301',
    status: 301,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "5"],
    ],
    body: "Moved",
    expect: ["redirect-without-location"],
  },
  {
    name: "303 with an empty Location",
    status: 303,
    method: "POST",
    headers: [
      ["Location", ""],
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: ["redirect-without-location"],
  },
  {
    name: "307 with a Redirecting page and no Location",
    status: 307,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "113"],
    ],
    body: "<!doctype html><title>Redirecting...</title><h1>Redirecting...</h1><p>You should be redirected automatically.</p>",
    expect: ["redirect-without-location"],
  },
  {
    name: "Response(status=308)",
    status: 308,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: ["redirect-without-location"],
  },
  {
    name: "HEAD of a 302 without Location",
    status: 302,
    method: "HEAD",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: ["redirect-without-location"],
  },

  // Pitfall created-without-location.
  {
    name: "201 with JSON and no Location",
    status: 201,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "9"],
    ],
    body: '{"id":3}\n',
    expect: ["created-without-location"],
  },
  {
    name: '"Created" with 201 and no Location',
    status: 201,
    method: "POST",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "7"],
    ],
    body: "Created",
    expect: ["created-without-location"],
  },
  {
    name: "an empty 201 without Location",
    status: 201,
    method: "PUT",
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "0"],
    ],
    body: "",
    expect: ["created-without-location"],
  },
  {
    name: "an error with 201 and no Location",
    status: 201,
    method: "POST",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "27"],
    ],
    body: '{"error":"duplicate name"}\n',
    expect: ["error-with-2xx", "created-without-location"],
  },

  // Pitfall body-on-no-content.
  {
    name: "204 with Content-Length: 2",
    status: 204,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "2"],
    ],
    body: "",
    expect: ["body-on-no-content"],
    why: "Werkzeug drops these headers itself; a hand-written WSGI app or a proxy may not, and the playground shows the head as sent",
  },
  {
    name: "204 with a body",
    status: 204,
    headers: [["Content-Type", "text/html; charset=utf-8"]],
    body: "ok",
    expect: ["body-on-no-content"],
    why: "as a server that does not drop the body would send it",
  },
  {
    name: "304 with Content-Length: 120",
    status: 304,
    headers: [
      ["ETag", '"abc"'],
      ["content-length", "120"],
    ],
    body: "",
    expect: ["body-on-no-content"],
  },
  {
    name: "204 with a JSON body and its Content-Length",
    status: 204,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "17"],
    ],
    body: '{"deleted":true}\n',
    expect: ["body-on-no-content"],
  },
  // Headers that must have one value, sent twice (recorded from Flask 3.1's test client).
  {
    name: "headers.add() of a second Content-Type on a make_response",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "14"],
      ["Content-Type", "text/csv; charset=utf-8"],
      ["Content-Disposition", "attachment; filename=report.csv"],
    ],
    body: "id,name\n1,Ada\n",
    expect: ["duplicate-header"],
  },
  {
    name: "two Access-Control-Allow-Origin values added to a jsonify()",
    status: 200,
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Length", "12"],
      ["Access-Control-Allow-Origin", "*"],
      ["Access-Control-Allow-Origin", "https://a.example"],
    ],
    body: '{"ok":true}\n',
    expect: ["duplicate-header"],
  },
  {
    name: "two Content-Disposition headers on a zip download",
    status: 200,
    headers: [
      ["Content-Type", "application/zip"],
      ["Content-Length", "4"],
      ["Content-Disposition", "attachment; filename=a.zip"],
      ["Content-Disposition", "attachment; filename=b.zip"],
    ],
    body: [0x50, 0x4b, 0x03, 0x04],
    expect: ["duplicate-header"],
  },
  {
    name: "two cookies and two Vary values: repeated, but not single-valued",
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", "2"],
      ["Set-Cookie", "a=1; Path=/"],
      ["Set-Cookie", "b=2; Path=/"],
      ["Vary", "Cookie"],
      ["Vary", "Accept"],
    ],
    body: "ok",
    expect: [],
    why: "Set-Cookie is sent once per cookie and Vary is a list; repeating them is how HTTP works.",
  },
  {
    name: "a Content-Type from a tuple's header list replaces Flask's",
    status: 200,
    headers: [
      ["Content-Type", "text/csv"],
      ["Content-Length", "4"],
    ],
    body: "a,b\n",
    expect: [],
  },
];
