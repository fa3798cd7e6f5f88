from flask import Flask

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    # TODO: this pastes the name into the HTML as it is, so /hello/<i>x</i>
    #   puts markup (or a script) in the page. Render templates/hello.html with
    #   render_template instead: Jinja escapes what it inserts.
    return f"<h1>Hello, {name}!</h1>"


# TODO: a URL that matches nothing gets Flask's plain 404 page. Show
#   templates/404.html instead, with the status 404.
