"""One analysed article as the rows a store keeps: the article, its indexed parts, its keys.

Rows are built here once, from the analysis JSON, so every store (SQLite, PostgreSQL)
stores exactly the same thing.
"""

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from khabar.corpus.dedup import Signature, signature
from khabar.corpus.keys import indexed, name_key, text_keys
from khabar.text.normalizer import normalize


def identity(text: str, url: str | None) -> str:
    """What makes two inputs the same article: its url when known (as :func:`canonical_url`
    writes it), else its normalized text.

    The text is normalized first, so the same article with its half-spaces lost or in
    Arabic letters is still the same article.
    """
    if url:
        return "url:" + canonical_url(without_nul(url.strip()))
    digest = hashlib.sha256(" ".join(normalize(text).split()).encode()).hexdigest()
    return "sha256:" + digest


# Query parameters that say where a reader came from, not which page they read.
_TRACKING = re.compile(r"utm_\w*|fbclid|gclid|yclid|mc_cid|mc_eid|igshid|ref", re.I)


def canonical_url(url: str) -> str:
    """One spelling of a web address for all the ways a feed and a page write it: «http» as
    «https», the host in lower case and without «www.» or its default port, the path with
    its escapes read («%D8%A7» as «ا») and no «/» ending it, no fragment, and no parameters
    that only track the reader («utm_source»).
    Anything that is not an http(s) address is kept as written."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.removeprefix("www.")
    if port not in (None, 80, 443):
        host = f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.fullmatch(k)
        ]
    )
    return urlunsplit(("https", host, unquote(parts.path).rstrip("/"), query, ""))


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
