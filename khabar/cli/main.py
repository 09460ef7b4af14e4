"""The ``khabar`` console script: one Typer app, each command in a module of its own."""

import typer

from khabar.cli.analyze import analyze_command
from khabar.cli.batch import batch_command
from khabar.cli.conllu import conllu_command
from khabar.cli.evaluate import evaluate_app
from khabar.cli.ingest import ingest_command
from khabar.cli.normalize import normalize_command
from khabar.cli.search import search_command
from khabar.cli.serve import serve_command
from khabar.cli.spark import spark_command
from khabar.cli.tokenize import tokenize_command
from khabar.cli.train import train_command

app = typer.Typer(
    name="khabar",
    help="Persian news: repair text, tokenize, analyse, store and search.",
    no_args_is_help=True,
    add_completion=False,
    # Docstrings are wrapped at 88 columns in the source: Markdown joins their lines into
    # paragraphs that fit the terminal, and leaves «[spark]» alone, which Rich's markup
    # would take for a style tag and drop.
    rich_markup_mode="markdown",
)
app.command("normalize")(normalize_command)
app.command("analyze")(analyze_command)
app.command("conllu")(conllu_command)
app.add_typer(evaluate_app, name="evaluate")
app.command("tokenize")(tokenize_command)
app.command("train")(train_command)
app.command("ingest")(ingest_command)
app.command("batch")(batch_command)
app.command("spark")(spark_command)
app.command("search")(search_command)
app.command("serve")(serve_command)


@app.callback()
def main() -> None:
    """Persian news: repair text, tokenize, analyse, store and search."""
