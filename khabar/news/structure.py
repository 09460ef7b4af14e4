"""Headline, lead, subheadings and body paragraphs of an article's text.

The text holds one paragraph per line (blank lines are ignored): the first is the
headline, the next the lead. A subheading is a short line between paragraphs that does
not end a sentence: news subheadings carry no final punctuation.
"""

import re
from dataclasses import asdict, dataclass

MAX_SUBHEADING_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?؟:؛،…»\")\]]\s*$")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    role: str  # "headline", "lead", "subheading" or "body"

    def to_dict(self) -> dict:
        return asdict(self)


def _is_subheading(line: str) -> bool:
    return len(line.split()) <= MAX_SUBHEADING_WORDS and not _SENTENCE_END.search(line)


def find_paragraphs(text: str) -> list[Paragraph]:
    """Every non-empty line of ``text`` with its role."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            lines.append((start, start + len(stripped), stripped))
        offset += len(line) + 1
    paragraphs = []
    for i, (start, end, line) in enumerate(lines):
        if i == 0:
            role = "headline"
        elif i == 1:
            role = "lead"
        elif i < len(lines) - 1 and _is_subheading(line):
            role = "subheading"
        else:
            role = "body"
        paragraphs.append(Paragraph(start, end, role))
    return paragraphs
