"""``khabar conllu``: raw text (or pre-tokenized sentences) to CoNLL-U with all columns."""

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from khabar.cli.textio import (
    MAX_PIECE,
    InputError,
    read_pieces,
    reported_input_errors,
    reported_output_errors,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from khabar.pipeline.conventions import Conventions


def _lines(file: Path | None) -> Iterator[str]:
    """Whole input lines; a line longer than the reader's piece size arrives in pieces."""
    pending: list[str] = []
    for text, ends_line in read_pieces(file):
        pending.append(text)
        if ends_line:
            yield " ".join(pending)
            pending = []
    if pending:
        yield " ".join(pending)


class _Held:
    """Input read up to its first error, which is held back for after the output.

    spaCy analyses texts in batches, so an error raised while a batch is read would lose
    every sentence of the batch read before it: the lines before a bad byte are written
    first, and the error is raised when the input is used up.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = texts
        self.error: InputError | None = None

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self.texts
        except InputError as e:
            self.error = e

    def raise_held(self) -> None:
        if self.error is not None:
            raise self.error


def pipeline_for(name: str, ner_conventions: str = "news") -> "tuple[Language, Conventions | None]":
    """khabar's pipeline (news layer off) parsing for treebank ``name`` and marking names
    in ``ner_conventions``, and the rewrite of its output into that treebank's
    conventions; exits with status 2 saying why when there is none."""
    from khabar.pipeline.load import load, load_conventions

    try:
        nlp = load(news=False, conventions=name, ner_conventions=ner_conventions)
        return nlp, load_conventions(name, nlp=nlp)
    except (ValueError, FileNotFoundError) as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None


def conllu_command(
    file: Annotated[
        Path | None, typer.Argument(help="Input file; standard input when absent or '-'.")
    ] = None,
    pretokenized: Annotated[
        bool,
        typer.Option(help="One sentence per line, tokens separated by spaces, kept as given."),
    ] = False,
    conventions: Annotated[
        str,
        typer.Option(help="Treebank conventions to write in: perdt (the model's) or seraji."),
    ] = "perdt",
    ner_conventions: Annotated[
        str,
        typer.Option(
            help="Names marked as in: news (khabar's, countries always LOC) or arman "
            "(ArmanPersoNER's, a country that acts may be ORG)."
        ),
    ] = "news",
) -> None:
    """Analyse Persian text into CoNLL-U: tokens, POS, features, lemmas, dependencies, NER.

    Raw text is a paragraph per line, repaired and tokenized by khabar (multiword tokens
    get range lines); a paragraph over 1 MiB is analysed in pieces of about that size.
    Entities are in MISC as NER=B-PER, NER=I-ORG, NER=O.
    """
    from spacy.tokens import Doc

    from khabar.pipeline.conllu import to_conllu

    nlp, rewrite = pipeline_for(conventions, ner_conventions)
    out = sys.stdout
    with reported_input_errors(), reported_output_errors():
        if pretokenized:
            read = _Held(line for line in _lines(file) if line.strip())
            docs = nlp.pipe(
                Doc(
                    nlp.vocab,
                    words=line.split(),
                    sent_starts=[True] + [False] * (len(line.split()) - 1),
                )
                for line in read
            )
        else:
            # A paragraph longer than the reader's piece is analysed piece by piece (cut
            # after a clause where it can be), so no text is longer than spaCy allows.
            nlp.max_length = max(nlp.max_length, MAX_PIECE)
            read = _Held(text for text, _ in read_pieces(file) if text.strip())
            docs = nlp.pipe(read)
        for block in to_conllu(docs, conventions=rewrite):
            out.write(block)
        out.flush()
        read.raise_held()
