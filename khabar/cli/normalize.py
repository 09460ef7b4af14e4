"""``khabar normalize``: repaired text, line for line, streaming."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli.textio import read_pieces, reported_input_errors, reported_output_errors
from khabar.text.normalizer import Normalizer


def normalize_command(
    file: Annotated[
        Path | None, typer.Argument(help="Input file; standard input when absent or '-'.")
    ] = None,
    digits: Annotated[str, typer.Option(help="keep, fa (Persian) or latin.")] = "keep",
    mixed: Annotated[
        bool,
        typer.Option(
            help="Restore joined plural and comparative endings in lines that have "
            "half-spaces elsewhere too (news sites mix them)."
        ),
    ] = False,
) -> None:
    """Repair Persian text: letters, spacing, lost half-spaces; as many lines out as in."""
    try:
        normalizer = Normalizer(digits, mixed=mixed)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--digits") from None
    out = sys.stdout
    with reported_output_errors(), reported_input_errors():
        for text, ends_line in read_pieces(file):
            out.write(normalizer.normalize_line(text))
            out.write(_joint(text, ends_line))


def _joint(piece: str, ends_line: bool) -> str:
    """What follows a piece: a newline at its line's end; else a space where the reader
    cut the line at one, and nothing where a line with no space was cut between letters."""
    if ends_line:
        return "\n"
    return " " if piece.endswith(" ") else ""
