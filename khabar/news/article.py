"""``Article``: what ``khabar analyze`` knows about one article, and its JSON form.

Every offset is into ``text``, the repaired article: the headline and each paragraph on
a line of their own, separated by blank lines. ``SCHEMA_VERSION`` changes whenever a
field changes meaning, so stored results can be told apart.
"""

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from khabar.news.quantities import find_quantities
from khabar.text.spacy_tokenizer import text_of

SCHEMA_VERSION = "1"


@dataclass
class Article:
    doc: Doc
    published: dt.date | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return text_of(self.doc)

    def _role(self, role: str) -> list[str]:
        return [self.text[p.start : p.end] for p in self.doc._.paragraphs if p.role == role]

    @property
    def headline(self) -> str:
        return next(iter(self._role("headline")), "")

    @property
    def lead(self) -> str:
        return next(iter(self._role("lead")), "")

    @property
    def subheadings(self) -> list[str]:
        return self._role("subheading")

    def entities(self) -> list[dict]:
        """Named entities from the model, then the rule layer's dates, times, sums,
        percentages and numbers where they do not overlap an earlier one."""
        found = [
            {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char}
            for e in map(_without_spaces, self.doc.ents)
            if e
        ]
        rules = [(d.start, d.end, "DATE") for d in self.doc._.dates or ()]
        rules += find_quantities(self.text)
        for start, end, label in rules:
            if all(end <= e["start"] or start >= e["end"] for e in found):
                found.append(
                    {"text": self.text[start:end], "label": label, "start": start, "end": end}
                )
        return sorted(found, key=lambda e: e["start"])

    def to_dict(self) -> dict:
        return {
            "version": SCHEMA_VERSION,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "text": self.text,
            "headline": self.headline,
            "lead": self.lead,
            "subheadings": self.subheadings,
            "paragraphs": [p.to_dict() for p in self.doc._.paragraphs],
            "sources": [s.to_dict() for s in self.doc._.sources],
            "entities": self.entities(),
            "people": [p.to_dict() for p in self.doc._.people],
            "quotes": [q.to_dict() for q in self.doc._.quotes],
            "dates": [d.to_dict() for d in self.doc._.dates],
            "events": [e.to_dict() for e in self.doc._.events],
            "warnings": self.warnings,
        }


def _without_spaces(entity: Span) -> Span:
    """An entity without the paragraph break («\n\n», a whitespace token) the recognizer
    took in at either edge, so that its text and offsets are the name's."""
    doc, start, end = entity.doc, entity.start, entity.end
    while end > start and doc[end - 1].is_space:
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return Span(doc, start, end, label=entity.label)
