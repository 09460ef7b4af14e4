"""The app's one store, shared by request threads, and articles accepted over HTTP.

FastAPI runs plain handlers on a thread pool, and a SQLite connection must not be used by
two threads at once, so every store call goes through :meth:`Corpus.reading` (one lock).
An article posted over HTTP is analysed outside the lock, the slow part, so searches do
not wait on it; only the write holds the lock.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from khabar.corpus import Store, open_store
from khabar.corpus.ingest import place
from khabar.corpus.records import Record, identity
from khabar.corpus.search import Query, QueryError, parse_date
from khabar.news.analyze import analyze, compose, default_pipeline
from khabar.news.reader import Draft


class AlreadyStored(Exception):
    """The article (same url, or the same normalized text) is in the store already."""


class Corpus:
    def __init__(self, url: str | None, create: bool = False) -> None:
        self.store = open_store(url, create)
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with self._lock:
            yield self.store

    def add(self, draft: Draft, label: str) -> dict:
        """Analyse ``draft`` and store it in its story; raises :class:`AlreadyStored`."""
        ident = identity(compose(draft), draft.url)
        with self._lock:
            if self.store.known([ident]):
                raise AlreadyStored(ident)
        analysis = analyze(draft, nlp=default_pipeline()).to_dict()
        record = Record.build(ident, analysis, label)
        with self._lock, self.store.batch():
            # Checked again: another request may have stored it while this one analysed.
            if self.store.known([ident]):
                raise AlreadyStored(ident)
            article_id = place(record, self.store)
        return {
            "id": article_id,
            "story_id": record.story_id or article_id,
            "headline": analysis["headline"],
            "warnings": analysis["warnings"],
        }

    def close(self) -> None:
        with self._lock:
            self.store.close()


def make_query(
    text: str = "",
    *,
    person: str | None = None,
    org: str | None = None,
    place: str | None = None,
    speaker: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    quotes_by: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Query:
    """A search :class:`Query` from request parameters; empty form fields mean no filter.

    Dates may be Gregorian or Solar Hijri; a bad one raises ``QueryError``, as does text
    of punctuation alone; text of spaces alone is no text.
    """

    def given(value: str | None) -> str | None:
        return value.strip() or None if value else None

    start, end = given(date_from), given(date_to)
    query = Query(
        (text or "").strip(),
        person=given(person),
        organization=given(org),
        place=given(place),
        speaker=given(speaker),
        source=given(source),
        date_from=parse_date(start) if start else None,
        date_to=parse_date(end) if end else None,
        quotes_by=given(quotes_by),
        limit=limit,
        offset=offset,
    )
    if query.text and not query.terms:
        # Else «!!!» reads as no words at all, and every article would be its result.
        raise QueryError(f"{query.text!r} has no words to look for")
    return query
