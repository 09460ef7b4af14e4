"""``khabar tokenize``: sentences and tokens, a paragraph per input line, streaming."""

import sys
from collections.abc import Iterator
from enum import StrEnum
from itertools import count
from pathlib import Path
from typing import Annotated, TextIO

import typer

from khabar.cli.textio import read_pieces, reported_input_errors, reported_output_errors
from khabar.text.normalizer import Normalizer
from khabar.text.tokenizer import Sentence, tokenize


class Format(StrEnum):
    text = "text"
    conllu = "conllu"


def tokenize_command(
    file: Annotated[
        Path | None, typer.Argument(help="Input file; standard input when absent or '-'.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="text or conllu.")] = Format.text,
) -> None:
    """Normalize each line, then split it into sentences and tokens.

    text: one sentence per line, tokens separated by single spaces. conllu: ID and FORM
    columns, range lines for multiword tokens, SpaceAfter=No in MISC. A line longer than
    textio's piece size is tokenized piece by piece.
    """
    normalizer = Normalizer()
    out = sys.stdout
    write = _write_conllu if fmt is Format.conllu else _write_text
    ids = count(1)
    with reported_output_errors(), reported_input_errors():
        for text, _ in read_pieces(file):
            line = normalizer.normalize_line(text)
            for sent in tokenize(line):
                write(out, line, sent, ids)


def _write_text(out: TextIO, line: str, sent: Sentence, ids: Iterator[int]) -> None:
    out.write(" ".join(t.text for t in sent.tokens))
    out.write("\n")


def _write_conllu(out: TextIO, line: str, sent: Sentence, ids: Iterator[int]) -> None:
    rows = [f"# sent_id = {next(ids)}", f"# text = {line[sent.start : sent.end]}"]
    i = 1
    for tok in sent.tokens:
        misc = "_" if tok.space_after or tok.end == len(line) else "SpaceAfter=No"
        if len(tok.words) > 1:
            last = i + len(tok.words) - 1
            rows.append(f"{i}-{last}\t{tok.text}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            rows += [f"{i + k}\t{w}\t_\t_\t_\t_\t_\t_\t_\t_" for k, w in enumerate(tok.words)]
            i = last + 1
        else:
            rows.append(f"{i}\t{tok.text}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            i += 1
    out.write("\n".join(rows))
    out.write("\n\n")
