from newscat.cli import app

app(prog_name="newscat")
