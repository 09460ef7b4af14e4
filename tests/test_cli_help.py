"""The commands' help reads as written at any terminal width."""

import re
from itertools import pairwise

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app

COMMANDS = [
    [name]
    for name in "normalize analyze conllu tokenize train ingest batch spark search serve".split()
] + [["evaluate", "news"], ["evaluate", "ud"], ["evaluate", "ner"]]


def _help(command: list[str], width: int) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=width)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_paragraphs_fill_the_terminal(command: list[str]) -> None:
    """A docstring's line breaks at 88 columns are not kept: at 80 columns they left a
    word or two alone on every other line. Each line of a paragraph is as full as the
    next line's first word allows."""
    width = 80
    description = _help(command, width).split("╭")[0].splitlines()[2:]
    for line, following in pairwise(description):
        if line.strip() and following.strip():
            next_word = following.split()[0]
            assert len(line.rstrip()) + 1 + len(next_word) > width - 3, (line, following)


def test_square_brackets_are_shown() -> None:
    """«khabar[spark]» is a pip extra, not a style tag for the terminal to swallow."""
    assert "khabar[spark]" in re.sub(r"\s+", "", _help(["spark"], 100))
