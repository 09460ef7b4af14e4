"""The corpus: ingest analysed articles, group syndicated copies, store, search.

::

    from khabar.corpus import open_store
    from khabar.corpus.search import Query

    with open_store("khabar.db") as store:           # or "postgresql://…"
        hits = store.search(Query("می‌کنند", person="ظریف"))

Modules: :mod:`~khabar.corpus.store` (the :class:`Store` interface),
:mod:`~khabar.corpus.schema` (its tables), :mod:`~khabar.corpus.sqlite`,
:mod:`~khabar.corpus.postgres`, :mod:`~khabar.corpus.ingest`,
:mod:`~khabar.corpus.sources` (input files), :mod:`~khabar.corpus.dedup` (stories),
:mod:`~khabar.corpus.search` (queries, snippets), :mod:`~khabar.corpus.keys` (the
Persian search key of a word).
"""

from khabar.corpus.schema import StoreError
from khabar.corpus.sqlite import SQLiteStore
from khabar.corpus.store import Store

DEFAULT_DB = "khabar.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "StoreError", "open_store"]


def open_store(url: str | None = None, create: bool = True) -> Store:
    """The store at ``url``: ``postgresql://…`` for PostgreSQL, else a SQLite file path
    (``sqlite:///path`` works too); ``khabar.db`` when not given.

    With ``create`` False a SQLite file that is not there is an error rather than a new
    empty store: a reader given a misspelled path must not answer "nothing found".
    """
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from khabar.corpus.postgres import PostgresStore

        return PostgresStore(url)
    return SQLiteStore(url.removeprefix("sqlite:///"), create)
