"""A real SQLite store filled by ``khabar ingest``'s own code, for the tests that search it."""

import json
from pathlib import Path

from khabar.corpus import open_store
from khabar.corpus.ingest import ingest


def stored(folder: Path, articles: list[dict]) -> str:
    """The path of a new store in ``folder`` holding ``articles``, read as JSON Lines."""
    source = folder / "articles.jsonl"
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    source.write_text(lines, encoding="utf-8")
    path = str(folder / "khabar.db")
    with open_store(path) as store:
        report = ingest([source], store)
    assert report.added == len(articles) and not report.failed
    return path
