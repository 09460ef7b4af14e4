"""One analysed article as the rows a store keeps: the article, its indexed parts, its keys.

Rows are built here once, from the analysis JSON, so every store (SQLite, PostgreSQL)
stores exactly the same thing.
"""

import hashlib
from dataclasses import dataclass, field

from khabar.corpus.dedup import Signature, signature
from khabar.corpus.keys import indexed, name_key, text_keys
from khabar.text.normalizer import normalize


def identity(text: str, url: str | None) -> str:
    """What makes two inputs the same article: its url when known, else its normalized text.

    The text is normalized first, so the same article with its half-spaces lost or in
    Arabic letters is still the same article.
    """
    if url:
        return "url:" + without_nul(url.strip())
    digest = hashlib.sha256(" ".join(normalize(text).split()).encode()).hexdigest()
    return "sha256:" + digest


def without_nul(value):
    """``value`` (text, or JSON of lists and objects) with each NUL character a space.

    PostgreSQL's text cannot hold NUL, so one stray byte in an article would fail its
    whole batch there while SQLite stored it; a space keeps every offset into the text.
    """
    if isinstance(value, str):
        return value.replace("\0", " ")
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    if isinstance(value, dict):
        return {k: without_nul(v) for k, v in value.items()}
    return value


@dataclass
class Record:
    """An analysed article ready to store; ``story_id`` None starts a new story."""

    identity: str
    analysis: dict
    input: str
    signature: Signature
    story_id: int | None = None
    keys: list[str] = field(default_factory=list)
    headline_keys: list[str] = field(default_factory=list)
    part_keys: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, identity: str, analysis: dict, input: str) -> "Record":
        analysis = without_nul(analysis)
        keys, parts = indexed(analysis["text"])
        return cls(
            identity=identity,
            analysis=analysis,
            input=input,
            signature=signature(analysis["text"], keys=keys),
            keys=keys,
            headline_keys=text_keys(analysis["headline"]),
            part_keys=parts,
        )

    @property
    def outlet(self) -> str | None:
        """The reporting outlet: the first ``reporter`` in the sourcing chain."""
        return next((s["name"] for s in self.analysis["sources"] if s["role"] == "reporter"), None)

    def people_rows(self) -> list[tuple]:
        return [
            (p["name"], name_key(p["name"]), len(p["mentions"])) for p in self.analysis["people"]
        ]

    def title_rows(self) -> list[tuple]:
        return [(name_key(p["name"]), t) for p in self.analysis["people"] for t in p["titles"]]

    def quote_rows(self) -> list[tuple]:
        return [
            (
                q["speaker"],
                name_key(q["speaker"]) if q["speaker"] else None,
                q["kind"],
                q["cue"],
                q["text"],
                q["start"],
                q["end"],
            )
            for q in self.analysis["quotes"]
        ]

    def entity_rows(self) -> list[tuple]:
        return [
            (e["label"], e["text"], name_key(e["text"]), e["start"], e["end"])
            for e in self.analysis["entities"]
        ]

    def source_rows(self) -> list[tuple]:
        return [
            (i, s["name"], name_key(s["name"]), s["role"], s["start"], s["end"])
            for i, s in enumerate(self.analysis["sources"])
        ]

    def name_keys(self) -> list[str]:
        """Every name a filter may look for: people, speakers, entities, sources."""
        a = self.analysis
        names = [p["name"] for p in a["people"]] + [q["speaker"] for q in a["quotes"]]
        names += [e["text"] for e in a["entities"]] + [s["name"] for s in a["sources"]]
        return sorted({key for n in names if n and (key := name_key(n))})

    def date_rows(self) -> list[tuple]:
        return [
            (
                d["text"],
                d["value"],
                d["end_value"],
                d["calendar"],
                d["solar_hijri"],
                d["start"],
                d["end"],
            )
            for d in self.analysis["dates"]
        ]

    def event_rows(self) -> list[tuple[tuple, list[tuple]]]:
        """Each event's row and its participants' rows (name, name key)."""
        text = self.analysis["text"]
        rows = []
        for e in self.analysis["events"]:
            start, end = e["sentence"]
            row = (e["type"], e["trigger"], e["place"], e["date"], text[start:end], e["start"])
            rows.append((row, [(p, name_key(p)) for p in e["participants"]]))
        return rows
