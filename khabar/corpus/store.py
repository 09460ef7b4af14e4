"""The corpus store: analysed articles, their indexed parts, stories, and search.

:class:`Store` is the interface the CLI and the web API use, written once in portable SQL
(``?`` placeholders, rewritten for PostgreSQL); a backend supplies only the connection,
its schema (:mod:`khabar.corpus.schema`), the full-text index and the transaction:
:mod:`khabar.corpus.sqlite` keeps everything in one file, with an FTS5 index ranked by
BM25; :mod:`khabar.corpus.postgres` is the PostgreSQL one. Every call that writes happens
inside :meth:`Store.batch`, one transaction.
"""

import datetime as dt
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import replace

from khabar.corpus.dedup import Signature, band_keys, best_story
from khabar.corpus.keys import KEY_VERSION, name_key, read
from khabar.corpus.records import Record
from khabar.corpus.schema import SCHEMA_VERSION, StoreError
from khabar.corpus.search import Query, Term, snippet
from khabar.news.titles.lexicon import HONORIFICS

# Matches read at a time, per hit asked for, when hits are thinned after the query
# (direct quotes that hold the words).
_QUOTE_FETCH = 5
_CHUNK = 500


# What a sourcing line puts before an outlet's name, which the stored name leaves out
# («به گزارش خبرگزاری فارس» → «فارس»), longest first.
_OUTLET_KINDS = (
    "پایگاه خبری",
    "پایگاه اطلاع رسانی",
    "شبکه خبری",
    "خبرگزاری",
    "روزنامه",
    "هفته نامه",
    "ماهنامه",
    "نشریه",
    "مجله",
    "پایگاه",
    "سایت",
    "شبکه",
)


def _without_outlet_kind(name: str) -> list[str]:
    """``name`` without the kind of outlet it starts with, as the outlet is stored; none
    when it starts with none."""
    key = name_key(name)
    for kind in map(name_key, _OUTLET_KINDS):
        if key.startswith(kind + " "):
            return [key[len(kind) + 1 :]]
    return []


# What a reader puts before a name that the stored name leaves out: «آیت‌الله خامنه‌ای» and
# «امام خمینی» are stored as «خامنه‌ای» and «خمینی». Without spaces, as they vary.
_HONORIFIC_KEYS = frozenset(name_key(h).replace(" ", "") for h in (*HONORIFICS, "امام"))


def _without_honorifics(name: str) -> str | None:
    """``name`` without the honorifics it starts with («حضرت آیت الله»), however they are
    spaced; None when it starts with none, or is nothing else."""
    words = name_key(name).split()
    at = 0
    while ends := [
        end for end in range(at + 1, len(words)) if "".join(words[at:end]) in _HONORIFIC_KEYS
    ]:
        at = max(ends)
    return " ".join(words[at:]) if at else None


def _escape_like(text: str) -> str:
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


class Store(ABC):
    """An article store: write with :meth:`batch` and :meth:`add`, then read and search.

    Subclasses provide ``conn`` (a DB-API connection), :meth:`batch`, :meth:`_index`
    (add one article to the full-text index) and :meth:`_match` (the full-text query).
    """

    conn: object

    # Writing --------------------------------------------------------------------------

    @abstractmethod
    def batch(self) -> AbstractContextManager[None]:
        """One transaction: everything added inside is stored together, or not at all."""

    @abstractmethod
    def savepoint(self) -> AbstractContextManager[None]:
        """Inside :meth:`batch`: what is written inside is undone alone if it raises."""

    def add(self, record: Record) -> int:
        """Store one article with its indexed parts; returns its id. Call inside :meth:`batch`."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        a = record.analysis
        rest = json.dumps({k: v for k, v in a.items() if k != "text"}, ensure_ascii=False)
        (article_id,) = self._one(
            "INSERT INTO articles (identity, url, published, headline, outlet, input, text,"
            " analysis, story_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                record.identity,
                a.get("url"),
                a.get("published"),
                a["headline"],
                record.outlet,
                record.input,
                a["text"],
                rest,
                record.story_id,
                now,
            ),
        )
        if record.story_id is None:
            self._run("UPDATE articles SET story_id = ? WHERE id = ?", (article_id, article_id))
        rows = {
            "people (article_id, name, name_key, mentions)": record.people_rows(),
            "titles (article_id, name_key, title)": record.title_rows(),
            "quotes (article_id, speaker, speaker_key, kind, cue, text, start_char, end_char)": (
                record.quote_rows()
            ),
            "entities (article_id, label, text, text_key, start_char, end_char)": (
                record.entity_rows()
            ),
            "sources (article_id, position, name, name_key, role, start_char, end_char)": (
                record.source_rows()
            ),
            "dates (article_id, text, value, end_value, calendar, solar_hijri, start_char,"
            " end_char)": record.date_rows(),
        }
        for table, values in rows.items():
            if values:
                marks = ", ".join("?" * (len(values[0]) + 1))
                self._many(
                    f"INSERT INTO {table} VALUES ({marks})", [(article_id, *v) for v in values]
                )
        self._many(
            "INSERT INTO name_keys (key) VALUES (?) ON CONFLICT DO NOTHING",
            [(k,) for k in record.name_keys()],
        )
        for event, participants in record.event_rows():
            (event_id,) = self._one(
                "INSERT INTO events (article_id, type, trigger, place, date, sentence,"
                " start_char) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (article_id, *event),
            )
            self._many(
                "INSERT INTO participants (event_id, name, name_key) VALUES (?, ?, ?)",
                [(event_id, *p) for p in participants],
            )
        self._run(
            "INSERT INTO signatures (article_id, signature) VALUES (?, ?)",
            (article_id, record.signature.to_bytes()),
        )
        self._many(
            "INSERT INTO bands (key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in set(band_keys(record.signature.minhash.hashvalues))],
        )
        self._index(article_id, record)
        return article_id

    # Reading --------------------------------------------------------------------------

    def count(self) -> int:
        return self._one("SELECT count(*) FROM articles")[0]

    def known(self, identities: Iterable[str]) -> set[str]:
        """Which of ``identities`` are stored already."""
        found: set[str] = set()
        wanted = list(identities)
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self._all(f"SELECT identity FROM articles WHERE identity IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def text_of(self, identity: str) -> str | None:
        """The stored text of the article known by ``identity``."""
        row = self._one("SELECT text FROM articles WHERE identity = ?", (identity,))
        return row[0] if row else None

    def story_of(self, sig: Signature, published: str | None = None) -> int | None:
        """The story a new article with signature ``sig``, published on ``published``,
        belongs to: that of the stored copy published near it that best contains it or is
        contained in it; None for a new story."""
        keys = sorted(set(band_keys(sig.minhash.hashvalues)))
        marks = ", ".join("?" * len(keys))
        rows = self._all(
            "SELECT a.story_id, s.signature, a.published FROM articles a JOIN signatures s ON"
            f" s.article_id = a.id WHERE a.id IN (SELECT article_id FROM bands WHERE key IN"
            f" ({marks})) ORDER BY a.id",
            keys,
        )
        candidates = ((story_id, bytes(data), day) for story_id, data, day in rows)
        return best_story(sig, candidates, published=published)

    def article(self, article_id: int) -> dict | None:
        """The stored analysis (``Article.to_dict()``) plus ``id``, ``story_id``, ``input``."""
        row = self._one(
            "SELECT id, identity, story_id, input, ingested_at, text, analysis FROM articles"
            " WHERE id = ?",
            (article_id,),
        )
        if row is None:
            return None
        article_id, identity, story_id, source, ingested_at, text, analysis = row
        return {
            "id": article_id,
            "identity": identity,
            "story_id": story_id,
            "input": source,
            "ingested_at": ingested_at,
            "text": text,
            **json.loads(analysis),
        }

    def search(self, query: Query) -> list[dict]:
        """Articles that match ``query``, best first, each with a highlighted snippet.

        With ``quotes_by``, only articles where that speaker is quoted directly, with the
        words inside the quote, and the quotes themselves as ``quotes``.
        """
        query = self._names_as_stored(query)
        if query.quotes_by:
            return self._quoted(query)
        rows = self._matches(query, query.limit, query.offset)
        return [self._hit(article_id, float(score), query) for article_id, score in rows]

    def _quoted(self, query: Query) -> list[dict]:
        """The hits of a ``quotes_by`` query. Which articles quote the words can only be
        told after the query, so matches are read in pages from the first until
        ``offset + limit`` have passed: a page of hits then neither repeats nor skips one,
        and no hit is lost behind matches whose quote lacks the words."""
        wanted = query.offset + query.limit
        page = query.limit * _QUOTE_FETCH
        passed: list[tuple[int, float, list[dict]]] = []
        at = 0
        while len(passed) < wanted:
            rows = self._matches(query, page, at)
            for article_id, score in rows:
                quotes = self._quotes_holding(article_id, query)
                if quotes:
                    passed.append((article_id, float(score), quotes))
            if len(rows) < page:
                break
            at += page
        return [
            self._hit(i, score, query, quotes) for i, score, quotes in passed[query.offset : wanted]
        ]

    def _matches(self, query: Query, limit: int, offset: int) -> list[tuple]:
        """``(id, score)`` of the articles matching ``query``, best first."""
        where, params = self._filters(query)
        if query.terms:
            sql, match_params = self._match(query.terms, where)
            return self._all(sql, [*match_params, *params, limit, offset])
        return self._all(
            "SELECT a.id, 0.0 FROM articles a WHERE 1 = 1"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    def stories(self, limit: int = 50, offset: int = 0, min_copies: int = 2) -> list[dict]:
        """Stories with at least ``min_copies`` copies, most copies first."""
        rows = self._all(
            "SELECT story_id, count(*) AS copies FROM articles GROUP BY story_id"
            " HAVING count(*) >= ? ORDER BY copies DESC, story_id LIMIT ? OFFSET ?",
            (min_copies, limit, offset),
        )
        return [self.story(story_id) for story_id, _ in rows]

    def story(self, story_id: int) -> dict | None:
        """One story: its copies (earliest first: by publication date, else ingest order),
        the earliest copy, and who cited whom according to each copy's sourcing chain."""
        rows = self._all(
            "SELECT id, headline, outlet, published, url, input FROM articles"
            " WHERE story_id = ? ORDER BY published IS NULL, published, id",
            (story_id,),
        )
        if not rows:
            return None
        copies = [
            dict(zip(("id", "headline", "outlet", "published", "url", "input"), r, strict=True))
            for r in rows
        ]
        ids = [c["id"] for c in copies]
        marks = ", ".join("?" * len(ids))
        chains: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
        for article_id, name, role in self._all(
            f"SELECT article_id, name, role FROM sources WHERE article_id IN ({marks})"
            " ORDER BY article_id, position",
            ids,
        ):
            chains[article_id].append((name, role))
        citations = []
        for copy in copies:
            copy["sources"] = [{"name": n, "role": r} for n, r in chains[copy["id"]]]
            for name, role in chains[copy["id"]]:
                if role == "cited" and copy["outlet"]:
                    citations.append({"from": copy["outlet"], "to": name, "article_id": copy["id"]})
        return {
            "id": story_id,
            "headline": copies[0]["headline"],
            "earliest": copies[0],
            "copies": copies,
            "citations": citations,
        }

    def people(self, name: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """People, most often written about first, with their titles and counts."""
        where, params = "", []
        if name:
            name = self._as_stored(name, "people", "name_key")
            where, params = "WHERE " + self._name_match("name_key"), self._name_params(name)
        rows = self._all(
            "SELECT name_key, min(name), count(DISTINCT article_id), sum(mentions) FROM people"
            f" {where} GROUP BY name_key ORDER BY count(DISTINCT article_id) DESC, name_key"
            " LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        people = {
            key: {"name": n, "key": key, "articles": a, "mentions": m, "titles": []}
            for key, n, a, m in rows
        }
        if people:
            marks = ", ".join("?" * len(people))
            for key, title, count in self._all(
                f"SELECT name_key, title, count(*) FROM titles WHERE name_key IN ({marks})"
                " GROUP BY name_key, title ORDER BY count(*) DESC, title",
                list(people),
            ):
                people[key]["titles"].append({"title": title, "count": count})
        return list(people.values())

    def quotes(
        self, speaker: str, kind: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict]:
        """What ``speaker`` said (``kind`` "direct" or "indirect" to choose), oldest first."""
        sql = (
            "SELECT q.article_id, a.headline, a.published, q.speaker, q.kind, q.cue, q.text,"
            " q.start_char, q.end_char FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE " + self._name_match("q.speaker_key")
        )
        params = self._name_params(self._as_stored(speaker, "quotes", "speaker_key"))
        if kind:
            sql += " AND q.kind = ?"
            params.append(kind)
        sql += " ORDER BY a.published IS NULL, a.published, a.id, q.start_char LIMIT ? OFFSET ?"
        names = ("article_id", "headline", "published", "speaker", "kind", "cue", "text")
        return [
            {**dict(zip(names, r[:7], strict=True)), "start": r[7], "end": r[8]}
            for r in self._all(sql, [*params, limit, offset])
        ]

    def entities(
        self, label: str | None = None, text: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict]:
        """Named entities (``label`` PER, ORG, LOC, …), most widespread first, with counts."""
        where, params = ["1 = 1"], []
        if label:
            where.append("label = ?")
            params.append(label)
        if text:
            where.append(self._name_match("text_key"))
            params += self._name_params(text)
        rows = self._all(
            "SELECT label, text_key, min(text), count(DISTINCT article_id), count(*)"
            f" FROM entities WHERE {' AND '.join(where)} GROUP BY label, text_key"
            " ORDER BY count(DISTINCT article_id) DESC, text_key LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        names = ("label", "key", "text", "articles", "mentions")
        return [dict(zip(names, r, strict=True)) for r in rows]

    def timeline(self, person: str, limit: int = 200) -> list[dict]:
        """Events ``person`` took part in, in date order (the event's date, else the article's)."""
        rows = self._all(
            "SELECT e.id, coalesce(e.date, a.published), e.type, e.trigger, e.place,"
            " e.sentence, a.id, a.headline FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE e.id IN (SELECT event_id FROM participants WHERE "
            + self._name_match("name_key")
            + ") ORDER BY coalesce(e.date, a.published) IS NULL, coalesce(e.date, a.published),"
            " a.id, e.start_char LIMIT ?",
            [*self._name_params(self._as_stored(person, "participants", "name_key")), limit],
        )
        events = []
        for event_id, day, kind, trigger, place, sentence, article_id, headline in rows:
            names = [
                r[0]
                for r in self._all("SELECT name FROM participants WHERE event_id = ?", (event_id,))
            ]
            events.append(
                {
                    "date": day,
                    "type": kind,
                    "trigger": trigger,
                    "participants": names,
                    "place": place,
                    "sentence": sentence,
                    "article_id": article_id,
                    "headline": headline,
                }
            )
        return events

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Backend pieces -------------------------------------------------------------------

    @abstractmethod
    def _index(self, article_id: int, record: Record) -> None:
        """Add one article's search keys to the full-text index."""

    @abstractmethod
    def _match(self, terms: list[Term], where: list[str]) -> tuple[str, list]:
        """SQL selecting ``(id, score)`` best first, for ``terms`` and the filter clauses
        ``where``, and the match's parameters; the filters', limit and offset follow."""

    def _sql(self, sql: str) -> str:
        return sql

    # Helpers --------------------------------------------------------------------------

    def _run(self, sql: str, params: Iterable = ()):
        return self.conn.execute(self._sql(sql), tuple(params))

    def _one(self, sql: str, params: Iterable = ()) -> tuple | None:
        return self._run(sql, params).fetchone()

    def _all(self, sql: str, params: Iterable = ()) -> list[tuple]:
        return self._run(sql, params).fetchall()

    def _many(self, sql: str, rows: list[tuple]) -> None:
        self.conn.cursor().executemany(self._sql(sql), rows)

    @staticmethod
    def _name_match(column: str) -> str:
        """A name key equal to the filter's, or holding its words in order, or the same
        name spaced otherwise («محمد جواد ظریف», «محمدجواد ظریف»)."""
        return (
            f"({column} = ? OR ' ' || {column} || ' ' LIKE ? ESCAPE '!'"
            f" OR replace({column}, ' ', '') = ?)"
        )

    @staticmethod
    def _name_params(name: str) -> list[str]:
        key = name_key(name)
        if not key:
            raise StoreError(f"{name!r} has no words to look for")
        return [key, f"% {_escape_like(key)} %", key.replace(" ", "")]

    def _filters(self, query: Query) -> tuple[list[str], list]:
        where: list[str] = []
        params: list = []

        def among(table: str, column: str, *names: str, extra: str = "") -> None:
            keys = self._stored_keys(names)
            if not keys:
                where.append("1 = 0")
                return
            marks = ", ".join("?" * len(keys))
            where.append(
                f"a.id IN (SELECT article_id FROM {table} WHERE {extra}{column} IN ({marks}))"
            )
            params.extend(keys)

        if query.person:
            among("people", "name_key", query.person)
        if query.organization:
            among("entities", "text_key", query.organization, extra="label = 'ORG' AND ")
        if query.place:
            among("entities", "text_key", query.place, extra="label IN ('LOC', 'FAC') AND ")
        if query.speaker:
            among("quotes", "speaker_key", query.speaker)
        if query.quotes_by:
            among("quotes", "speaker_key", query.quotes_by, extra="kind = 'direct' AND ")
        if query.source:
            among("sources", "name_key", query.source, *_without_outlet_kind(query.source))
        if query.date_from:
            where.append("a.published >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            where.append("a.published <= ?")
            params.append(query.date_to.isoformat())
        return where, params

    def _stored_keys(self, names: Iterable[str]) -> list[str]:
        """The stored name keys that match any of ``names``: found in the small table of
        all names, so that a filter on them is an index lookup rather than a scan."""
        sql = f"SELECT key FROM name_keys WHERE {self._name_match('key')}"
        return sorted({k for each in names for (k,) in self._all(sql, self._name_params(each))})

    def _names_as_stored(self, query: Query) -> Query:
        """``query`` with its person and speakers as they are stored, looked up once for
        every page of matches read."""

        def stored(name: str | None, table: str, column: str) -> str | None:
            return name and self._as_stored(name, table, column)

        return replace(
            query,
            person=stored(query.person, "people", "name_key"),
            speaker=stored(query.speaker, "quotes", "speaker_key"),
            quotes_by=stored(query.quotes_by, "quotes", "speaker_key"),
        )

    def _as_stored(self, name: str, table: str, column: str) -> str:
        """``name`` as a person is stored in ``table``: without the honorifics a reader
        puts before it («امام خمینی» → «خمینی»), unless it is stored with them. A place
        or body may keep them in its own name («فرودگاه امام خمینی»), so only ``table``
        tells."""
        bare = _without_honorifics(name)
        keys = self._stored_keys([name]) if bare else []
        if bare is None or (keys and self._any(table, column, keys)):
            return name
        return bare

    def _any(self, table: str, column: str, keys: list[str]) -> bool:
        marks = ", ".join("?" * len(keys))
        return (
            self._one(f"SELECT 1 FROM {table} WHERE {column} IN ({marks}) LIMIT 1", keys)
            is not None
        )

    def _quotes_holding(self, article_id: int, query: Query) -> list[dict]:
        """The direct quotes by ``query.quotes_by`` in the article that hold every word
        of the query, in text order."""
        keys = query.keys
        return [
            dict(zip(("speaker", "text", "start", "end"), quote, strict=True))
            for quote in self._all(
                "SELECT speaker, text, start_char, end_char FROM quotes WHERE article_id = ?"
                " AND kind = 'direct' AND "
                + self._name_match("speaker_key")
                + " ORDER BY start_char",
                (article_id, *self._name_params(query.quotes_by)),
            )
            if keys <= {k for w in read(quote[1]) for k in (w.key, *w.parts)}
        ]

    def _hit(
        self, article_id: int, score: float, query: Query, quotes: list[dict] | None = None
    ) -> dict:
        """One result; with ``quotes``, its snippet is cut from the first of them."""
        row = self._one(
            "SELECT headline, published, url, outlet, story_id, input, text FROM articles"
            " WHERE id = ?",
            (article_id,),
        )
        headline, published, url, outlet, story_id, source, text = row
        span = (quotes[0]["start"], quotes[0]["end"]) if quotes else None
        return {
            "id": article_id,
            "score": round(score, 6),
            "headline": headline,
            "published": published,
            "url": url,
            "outlet": outlet,
            "story_id": story_id,
            "input": source,
            "snippet": snippet(text, query.keys, span).to_dict(),
            **({"quotes": quotes} if quotes is not None else {}),
        }


def check_versions(store: Store, copy_hint: str = "ingest into a new store") -> None:
    """Record the versions a new store is built with; refuse a store built with others,
    saying how to move its articles (``copy_hint``)."""
    wanted = {"schema": SCHEMA_VERSION, "keys": KEY_VERSION}
    with store.batch():
        found = dict(store._all("SELECT name, value FROM meta"))
        if not found:
            store._many("INSERT INTO meta (name, value) VALUES (?, ?)", list(wanted.items()))
            return
    for name, value in wanted.items():
        if newer_version(found.get(name), value):
            raise StoreError(
                f"the store was built by a newer khabar ({name} version {found.get(name)}, this"
                f" khabar reads {value}): open it with that khabar"
            )
        if found.get(name) != value:
            raise StoreError(
                f"the store was built with {name} version {found.get(name)}, this khabar uses"
                f" {value}: {copy_hint}"
            )


def newer_version(found: str | None, wanted: str) -> bool:
    """Whether a store's version is one a later khabar wrote, which no copy here can read."""
    return bool(found and found.isdigit() and int(found) > int(wanted))
