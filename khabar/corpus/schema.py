"""The corpus store's tables, the same in every backend (``{id}`` and ``{blob}`` are the
backend's identity and binary column types):

* ``articles``: one row per article: ``identity`` (url, or a hash of the normalized
  text: unique), ``url``, ``published`` (ISO date or NULL), ``headline``, ``outlet`` (the
  reporting source), ``story_id`` (the id of the story's first stored copy), ``input``
  (where it was read from), ``ingested_at``, ``text`` (the repaired text every offset
  points into) and ``analysis`` (the rest of ``Article.to_dict()``, as JSON);
* ``people`` (name, key, mentions) and ``titles``; ``quotes`` (speaker, kind, cue, text,
  offsets); ``entities`` (label, text, key, offsets); ``sources`` (the sourcing chain in
  order); ``dates``; ``events`` with their ``participants``; each row with its
  ``article_id``. Keys are :func:`khabar.corpus.keys.name_key` forms, compared whole
  word by whole word, so the filter «ظریف» finds «محمدجواد ظریف».
* ``signatures``: each article's MinHash signature, and ``bands``: its LSH band keys
  (:func:`khabar.corpus.dedup.band_keys`), to find its syndicated copies;
* the full-text index of each article's search keys (headline weighted 3 to 1);
* ``meta``: the schema and search-key versions the store was built with.
"""

SCHEMA_VERSION = "3"


class StoreError(RuntimeError):
    """A store that cannot be opened or used as it is; the message says why."""


TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS name_keys (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS articles (
    id {id} PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    url TEXT,
    published TEXT,
    headline TEXT NOT NULL,
    outlet TEXT,
    input TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    story_id BIGINT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS people (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    name TEXT NOT NULL, name_key TEXT NOT NULL, mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS people_key ON people (name_key);
CREATE INDEX IF NOT EXISTS people_article ON people (article_id);
CREATE TABLE IF NOT EXISTS titles (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    name_key TEXT NOT NULL, title TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS titles_key ON titles (name_key);
CREATE TABLE IF NOT EXISTS quotes (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    speaker TEXT, speaker_key TEXT, kind TEXT NOT NULL, cue TEXT, text TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE TABLE IF NOT EXISTS entities (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    label TEXT NOT NULL, text TEXT NOT NULL, text_key TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_key ON entities (label, text_key);
CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id);
CREATE TABLE IF NOT EXISTS sources (
    article_id BIGINT NOT NULL REFERENCES articles (id), position INTEGER NOT NULL,
    name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_key ON sources (name_key);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS dates (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    text TEXT NOT NULL, value TEXT, end_value TEXT, calendar TEXT, solar_hijri TEXT,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_article ON dates (article_id);
CREATE TABLE IF NOT EXISTS events (
    id {id} PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id),
    type TEXT NOT NULL, trigger TEXT NOT NULL, place TEXT, date TEXT, sentence TEXT NOT NULL,
    start_char INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE TABLE IF NOT EXISTS participants (
    event_id BIGINT NOT NULL REFERENCES events (id), name TEXT NOT NULL, name_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_key ON participants (name_key);
CREATE TABLE IF NOT EXISTS signatures (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id), signature {blob} NOT NULL
);
CREATE TABLE IF NOT EXISTS bands (
    key BIGINT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles (id)
);
CREATE INDEX IF NOT EXISTS bands_key ON bands (key);
"""
