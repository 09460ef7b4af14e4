"""The ``khabar`` console script: one Typer app, each command in a module of its own."""

import typer

from khabar.cli.normalize import normalize_command
from khabar.cli.tokenize import tokenize_command

app = typer.Typer(
    name="khabar",
    help="Persian news: repair text, tokenize, analyse, store and search.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("normalize")(normalize_command)
app.command("tokenize")(tokenize_command)


@app.callback()
def main() -> None:
    """Persian news: repair text, tokenize, analyse, store and search."""
