"""A small reader for UD CoNLL-U files: sentence text plus word and multiword-token lines."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UDSentence:
    sent_id: str
    text: str
    # Each row is the ten CoNLL-U columns; range rows ("3-4") stay in place.
    rows: list[list[str]] = field(default_factory=list)

    @property
    def words(self) -> list[list[str]]:
        """Syntactic word rows (integer IDs only)."""
        return [r for r in self.rows if r[0].isdigit()]


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    with open(path, encoding="utf-8") as f:
        yield from parse_conllu(f)


def parse_conllu(lines: Iterable[str]) -> Iterator[UDSentence]:
    """Sentences from CoNLL-U lines; empty-node rows («8.1») are skipped."""
    sent = UDSentence("", "")
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            if sent.rows:
                yield sent
            sent = UDSentence("", "")
        elif line.startswith("# sent_id = "):
            sent.sent_id = line[len("# sent_id = ") :]
        elif line.startswith("# text = "):
            sent.text = line[len("# text = ") :]
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and "." not in cols[0]:
                sent.rows.append(cols)
    if sent.rows:
        yield sent
