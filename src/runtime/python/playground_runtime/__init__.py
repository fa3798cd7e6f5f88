"""The playground's server side: loads the learner's Flask app and serves it over WSGI.

Runs inside Pyodide, in the runtime Web Worker (and in Node for unit tests).
Everything that crosses to JavaScript is plain data (str, int, lists, JSON).
"""
