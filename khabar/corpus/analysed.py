"""Articles analysed elsewhere (``khabar batch``, ``khabar spark``), as rows to store.

A row is the ``khabar analyze`` JSON of one article with two fields in front: ``id``, the
article's identity in a store (its url, else the hash of its normalized text; see
:func:`khabar.corpus.records.identity`), and ``story_id``, the ``id`` of the story's
earliest copy. JSON Lines hold the row as it is. Parquet holds the scalar fields as text
columns and every list or record as a JSON text column: the nested records have optional
and mixed-type fields, so one text schema stays the same for every batch, in pyarrow and
Spark alike, and query engines still reach inside with their JSON functions
(``get_json_object``, ``json_extract``).

Ingest stores a row's analysis as it is, without analysing the article again.
"""

import json
from dataclasses import dataclass

from khabar.corpus.records import canonical_url, identity
from khabar.news.article import SCHEMA_VERSION
from khabar.news.reader import ArticleError

# ``Article.to_dict()``'s fields, in its order.
ANALYSIS = (
    "version",
    "published",
    "url",
    "text",
    "headline",
    "lead",
    "subheadings",
    "paragraphs",
    "sources",
    "entities",
    "people",
    "quotes",
    "dates",
    "events",
    "warnings",
)
COLUMNS = ("id", "story_id", *ANALYSIS)
# Columns holding JSON text in Parquet: every list field, from «subheadings» on.
NESTED = frozenset(ANALYSIS[ANALYSIS.index("subheadings") :])
# What tells an analysed row from an article still to analyse.
_MARKS = frozenset({"version", "text", "entities", "paragraphs"})


@dataclass(frozen=True)
class Analysed:
    """An analysed article read from a file: where it is, its identity, its analysis, and
    (for an article read from a store) the input it was first read from."""

    label: str
    identity: str
    analysis: dict
    input: str | None = None


def row(article_id: str, story_id: str | None, analysis: dict) -> dict:
    return {"id": article_id, "story_id": story_id, **analysis}


def is_analysed(obj: object) -> bool:
    return isinstance(obj, dict) and obj.keys() >= _MARKS


def to_columns(values: dict) -> dict[str, str | None]:
    """A row as Parquet columns: nested fields as JSON text."""
    return {
        c: json.dumps(values[c], ensure_ascii=False) if c in NESTED else values[c] for c in COLUMNS
    }


def from_columns(columns: dict) -> dict:
    """A row from Parquet columns (the inverse of :func:`to_columns`)."""
    try:
        return {
            c: json.loads(v) if c in NESTED and v is not None else v
            for c, v in columns.items()
            if c in COLUMNS
        }
    except json.JSONDecodeError as e:
        raise ArticleError(f"invalid JSON in an analysed row: {e.msg}") from None


def analysed(label: str, values: dict) -> Analysed:
    """The stored form of a row; a row of another schema version is refused, since its
    fields may mean something else."""
    if values.get("version") != SCHEMA_VERSION:
        raise ArticleError(
            f"analysed with schema version {values.get('version')!r}, not {SCHEMA_VERSION!r};"
            " analyse the articles again"
        )
    missing = [k for k in ANALYSIS if k not in values]
    if missing:
        raise ArticleError(f"analysed row without {', '.join(missing)}")
    analysis = {k: values[k] for k in ANALYSIS}
    for name in ("text", "headline"):
        if not isinstance(analysis[name], str):
            raise ArticleError(f"analysed row whose {name} is not text")
    if not isinstance(values.get("id") or "", str):
        raise ArticleError("analysed row whose id is not text")
    ident = values.get("id")
    if ident and ident.startswith("url:"):
        # a row another khabar stored keeps its identity, its address written as here
        ident = "url:" + canonical_url(ident.removeprefix("url:"))
    return Analysed(label, ident or identity(analysis["text"], analysis["url"]), analysis)
