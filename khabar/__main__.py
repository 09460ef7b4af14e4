from khabar.cli.main import app

app(prog_name="khabar")
