"""The corpus store in one SQLite file: full text in an FTS5 index ranked by BM25."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from khabar.corpus.records import Record
from khabar.corpus.schema import TABLES, StoreError
from khabar.corpus.search import Term
from khabar.corpus.store import Store, check_versions

# Matches beyond which results are not ranked by BM25 (see SQLiteStore._match).
RANK_AT_MOST = 5000

# A word in the headline weighs three times one in the body; one that is only a part of a
# compound («وزارت» of «وزارت خارجه») half.
_BM25 = "bm25(article_fts, 3.0, 1.0, 0.5)"


class SQLiteStore(Store):
    """One SQLite file; full text in an FTS5 table of search keys, ranked with bm25().

    WAL journal, so readers (a search, a test) never wait on an ingest; a batch's
    transaction survives a killed process intact or not at all.
    """

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        _check_path(self.path, create)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            _check_kind(self.conn, self.path, create)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.executescript(TABLES.format(id="INTEGER", blob="BLOB"))
            self.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(headline, body, parts,"
                " content='', tokenize='unicode61 remove_diacritics 0')"
            )
            self.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts_terms"
                " USING fts5vocab(article_fts, 'row')"
            )
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a khabar store ({e})") from None
        check_versions(self, f"copy it into a new store with `khabar ingest {path} --db NEW.db`")

    @contextmanager
    def batch(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        self.conn.execute("SAVEPOINT one")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO one")
            self.conn.execute("RELEASE one")
            raise
        self.conn.execute("RELEASE one")

    def _index(self, article_id: int, record: Record) -> None:
        self._run(
            "INSERT INTO article_fts (rowid, headline, body, parts) VALUES (?, ?, ?, ?)",
            (article_id, *map(" ".join, (record.headline_keys, record.keys, record.part_keys))),
        )

    def _match(self, terms: list[Term], where: list[str]) -> tuple[str, list]:
        """BM25 order, except when every required word stands in very many articles:
        BM25 gives such words next to no weight, and ranking every match would take
        time in proportion to the corpus, so those matches come newest first instead."""
        order = _BM25
        if self._fewest_matches(terms) > RANK_AT_MOST:
            order = "article_fts.rowid DESC"
        sql = (
            f"SELECT a.id, -{_BM25} AS score FROM article_fts"
            " JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ?"
            + "".join(f" AND {w}" for w in where)
            + f" ORDER BY {order} LIMIT ? OFFSET ?"
        )
        return sql, [fts5_query(terms)]

    def _fewest_matches(self, terms: list[Term]) -> int:
        """How many articles hold the rarest required key: a bound on the matches."""
        keys = {k for t in terms if not t.negated for k in t.keys}
        if not keys:
            return 0
        marks = ", ".join("?" * len(keys))
        counts = dict(
            self._all(
                f"SELECT term, doc FROM article_fts_terms WHERE term IN ({marks})", list(keys)
            )
        )
        return min(counts.get(k, 0) for k in keys)


def _check_path(path: Path, create: bool) -> None:
    """Say plainly what SQLite would report as "unable to open database file"."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a khabar store")
    if path.exists():
        return
    if not create:
        raise StoreError(f"{path}: no such store; build one with `khabar ingest FILES --db {path}`")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: no such folder {path.parent}")


def _check_kind(conn: sqlite3.Connection, path: Path, create: bool) -> None:
    """Refuse a SQLite file that is not a khabar store before writing anything to it: one
    holding another program's tables is left as it is, and a reader (``create`` False)
    given an empty file says so rather than making a store of it."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if tables and "meta" not in tables:
        conn.close()
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(
            f"{path}: not a khabar store (it holds other tables: {shown}); left as it is"
        )
    if not tables and not create:
        conn.close()
        hint = f"build one with `khabar ingest FILES --db {path}`"
        raise StoreError(f"{path}: an empty file, not a khabar store; {hint}")


def fts5_query(terms: list[Term]) -> str:
    """An FTS5 MATCH expression: every term (a phrase of keys) required, negated ones not."""

    def phrase(term: Term) -> str:
        return '"' + " ".join(term.keys).replace('"', '""') + '"'

    positive = " AND ".join(phrase(t) for t in terms if not t.negated)
    return f"({positive})" + "".join(f" NOT {phrase(t)}" for t in terms if t.negated)
