"""Input files to articles: text, HTML, JSON, JSON Lines, RSS/Atom feeds, Parquet, folders,
and khabar's own SQLite stores.

Every document comes out as a :class:`Draft` with a label that says where it is
(``path``, ``path:LINE`` in JSON Lines, ``path[INDEX]`` in a JSON array, ``path#ITEM`` in a
feed), or as a :class:`Failure` with that label and what is wrong, so one bad document
is reported and the rest go on. A JSON Lines or Parquet row analysed already (``khabar
batch``, ``khabar spark``) comes out as an :class:`~khabar.corpus.analysed.Analysed`, and
so does each article of a store: a store built by an older khabar moves to a new one with
``khabar ingest OLD.db --db NEW.db``, which rebuilds every key, story and index from the
stored analyses without analysing anything again, and never writes to the old file.
"""

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from khabar.corpus import parquet
from khabar.corpus.analysed import Analysed, analysed, from_columns, is_analysed
from khabar.corpus.schema import SCHEMA_VERSION
from khabar.corpus.store import newer_version
from khabar.news.html import decoded
from khabar.news.reader import (
    ArticleError,
    Draft,
    from_html,
    from_json,
    read_article,
    readable_date,
)

SUFFIXES = frozenset(
    {".txt", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", ".parquet"}
)
# A store is read when named itself, never found inside a folder (a store is often kept
# beside the files it was built from).
STORE_SUFFIXES = frozenset({".db", ".sqlite", ".sqlite3"})
# A file larger than this is not read: no article or feed file is this long (JSON Lines
# files are streamed, and may be any size).
MAX_FILE_BYTES = 256 << 20
# Python's JSON reader gives up on arrays or objects nested about a thousand deep.
TOO_DEEP = "invalid JSON: arrays or objects nested too deeply"
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# RSS 1.0 (RDF) puts its items and their fields in a namespace of its own.
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass(frozen=True)
class Document:
    label: str
    draft: Draft


@dataclass(frozen=True)
class Failure:
    label: str
    message: str


def files(paths: Iterable[Path]) -> Iterator[Path | Failure]:
    """The files named, and inside folders (recursively, sorted) those with known suffixes;
    not hidden ones («.draft.txt», the «._…» files macOS leaves beside each file), nor those
    in hidden folders («.git»)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            yield path
        else:
            yield Failure(str(path), "no such file or folder")


def documents(paths: Iterable[Path]) -> Iterator[Document | Analysed | Failure]:
    """Every article in ``paths``, in order, or a failure where one cannot be read."""
    for path in files(paths):
        if isinstance(path, Failure):
            yield path
            continue
        if path.suffix.lower() == ".parquet":
            yield from _parquet(path)
            continue
        if path.suffix.lower() in STORE_SUFFIXES:
            yield from _stored(path)
            continue
        if path.suffix.lower() == ".jsonl":
            yield from _json_lines(path)
            continue
        try:
            text = _read(path)
        except ArticleError as e:
            yield Failure(str(path), str(e))
            continue
        yield from _articles(path, text)


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ArticleError(f"larger than {MAX_FILE_BYTES >> 20} MB")
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"cannot be read ({e.strerror})") from None
    if b"\0" in data[:8192]:
        raise ArticleError("looks like a binary file")
    try:
        return decoded(data)
    except UnicodeDecodeError as e:
        raise ArticleError(_bad_utf8(e)) from None


def _bad_utf8(error: UnicodeDecodeError) -> str:
    return f"invalid UTF-8 at byte {error.start} ({error.reason})"


def _json_lines(path: Path) -> Iterator[Document | Analysed | Failure]:
    """Each line of a JSON Lines file, read as a stream, so a file of any size will do.
    Lines end at a line feed only (U+2028 may stand raw inside a JSON string), and a line
    that is not UTF-8 or not JSON fails alone."""
    try:
        with path.open("rb") as lines:
            yield from _line_documents(str(path), lines)
    except OSError as e:
        yield Failure(str(path), f"cannot be read ({e.strerror})")


def _line_documents(
    name: str, lines: Iterable[str | bytes]
) -> Iterator[Document | Analysed | Failure]:
    """One document per non-blank line, labelled with its line number."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield document(f"{name}:{number}", line)


def _articles(path: Path, text: str) -> Iterator[Document | Failure]:
    suffix = path.suffix.lower()
    name = str(path)
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            if e.msg == "Extra data" and _object_line(text.lstrip().split("\n", 1)[0]):
                # One object a line, named .json, as many exports are: read as JSON Lines.
                yield from _line_documents(name, text.split("\n"))
                return
            yield Failure(name, f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
            return
        except RecursionError:
            yield Failure(name, TOO_DEEP)
            return
        items = data if isinstance(data, list) else [data]
        labels = [f"{name}[{i}]" for i in range(len(items))] if isinstance(data, list) else [name]
        for label, item in zip(labels, items, strict=True):
            yield _one(label, lambda item=item: from_json(item))
    elif suffix in (".xml", ".rss", ".atom"):
        yield from _feed(name, text)
    elif suffix in (".html", ".htm"):
        yield _one(name, lambda: from_html(text))
    else:
        yield _one(name, lambda: read_article(text, "text" if suffix == ".txt" else None))


def _object_line(line: str) -> bool:
    """Whether ``line`` is a whole JSON object by itself."""
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def document(label: str, item: str | bytes | dict) -> Document | Analysed | Failure:
    """One JSON line (text, or bytes as read) or Parquet row (dict): an article, or a row
    analysed already.

    Public for ``khabar spark``, whose executors read the files themselves.
    """
    if isinstance(item, bytes):
        try:
            item = item.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            return Failure(label, _bad_utf8(e))
    if isinstance(item, str):
        return _one(label, lambda: _json_article(item))
    if is_analysed(item):
        return _one(label, lambda: from_columns(item))
    return _one(label, lambda: from_json(item))


def _one(label: str, read) -> Document | Analysed | Failure:
    """What ``read`` returns: a draft, or the values of an analysed row."""
    try:
        found = read()
        check_unicode(found)
        return analysed(label, found) if isinstance(found, dict) else Document(label, found)
    except ArticleError as e:
        return Failure(label, str(e))


def check_unicode(found: Draft | dict) -> None:
    """Refuse text UTF-8 cannot hold: half of a surrogate pair, which JSON lets through as
    an escape («\\ud800») and which no store can write, so it would stop an ingest."""
    texts = (
        [found.headline, *found.paragraphs, found.url or ""]
        if isinstance(found, Draft)
        else [json.dumps(found, ensure_ascii=False)]
    )
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:
            bad = f"\\u{ord(text[e.start]):04x}"
            raise ArticleError(
                f"holds {bad}, half of a surrogate pair, which is not text"
            ) from None


def _json_article(line: str) -> Draft | dict:
    """One JSON line's article. Read without its line ending: a line cut short would else
    be reported at column 1 of a line after it, not where it stops."""
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        raise ArticleError(f"invalid JSON at column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise ArticleError(TOO_DEEP) from None
    return obj if is_analysed(obj) else from_json(obj)


def _parquet(path: Path) -> Iterator[Document | Analysed | Failure]:
    """Each row: an article (title, paragraphs… columns) or an analysed row."""
    number = 0
    try:
        for values in parquet.rows(path):
            label = f"{path}[{number}]"
            number += 1
            yield document(label, values)
    except ArticleError as e:
        yield Failure(f"{path}[{number}]", str(e))


def _stored(path: Path) -> Iterator[Analysed | Failure]:
    """Each article of a khabar store, oldest first, labelled ``path#ID``, with the input
    it was first read from. The file is opened read-only."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        versions = dict(conn.execute("SELECT name, value FROM meta"))
        rows = conn.execute("SELECT id, identity, input, text, analysis FROM articles ORDER BY id")
    except sqlite3.Error as e:
        yield Failure(str(path), f"not a khabar store ({e})")
        return
    if newer_version(versions.get("schema"), SCHEMA_VERSION):
        conn.close()
        found = versions["schema"]
        yield Failure(str(path), f"built by a newer khabar (schema version {found}); not read")
        return
    try:
        for article_id, ident, source, text, analysis in rows:
            label = f"{path}#{article_id}"
            try:
                found = analysed(label, {"id": ident, "text": text, **json.loads(analysis)})
            except (ArticleError, json.JSONDecodeError) as e:
                yield Failure(label, str(e))
                continue
            yield dataclasses.replace(found, input=source)
    finally:
        conn.close()


def _feed(name: str, text: str) -> Iterator[Document | Failure]:
    """Each item of an RSS feed or entry of an Atom feed, as an article."""
    # The text is decoded already (as its declaration says: windows-1256 too); the parser
    # is told so, or it would decode the UTF-8 bytes again by that declaration.
    parser = etree.XMLParser(
        encoding="utf-8", resolve_entities=False, no_network=True, recover=False
    )
    try:
        root = etree.fromstring(text.encode(), parser)
    except etree.XMLSyntaxError as e:
        yield Failure(name, f"invalid XML at line {e.lineno}: {e.msg}")
        return
    items = (
        root.findall(".//item")
        or root.findall(f".//{_RSS1}item")
        or root.findall(f".//{_ATOM}entry")
    )
    if not items:
        yield Failure(name, "no RSS items or Atom entries in the feed")
    for number, item in enumerate(items, 1):
        yield _one(f"{name}#{number}", lambda item=item: _feed_item(item))


def _feed_item(item: etree._Element) -> Draft:
    def field(*tags: str, markup: bool = False) -> str:
        for tag in tags:
            found = item.find(tag)
            if found is not None and (value := _inner(found, markup).strip()):
                return value
        return ""

    # A title is plain text; one holding escaped markup («&lt;b&gt;تیتر&lt;/b&gt;») is
    # read as the text of that markup.
    title = " ".join(_paragraphs(field("title", f"{_RSS1}title", f"{_ATOM}title")))
    body = field(
        _CONTENT,
        "description",
        f"{_RSS1}description",
        f"{_ATOM}content",
        f"{_ATOM}summary",
        markup=True,
    )
    # An Atom entry's own page is its «alternate» link (the default rel), not an image
    # («enclosure»), the feed («self») or the comments («replies»).
    link = field("link", f"{_RSS1}link") or next(
        (
            e.get("href")
            for e in item.findall(f"{_ATOM}link")
            if e.get("href") and e.get("rel", "alternate") == "alternate"
        ),
        "",
    )
    paragraphs = _paragraphs(body)
    if not title and not paragraphs:
        raise ArticleError("the feed item has no title and no text")
    if not title:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    warnings: list[str] = []
    published = readable_date(_feed_date(item), warnings)
    return Draft(title, paragraphs, published, link or None, warnings)


def _inner(element: etree._Element, markup: bool) -> str:
    """An element's content: its text, or with ``markup`` its child elements as markup too
    (Atom's ``type="xhtml"`` content, or HTML a feed left unescaped), never dropped."""
    if not len(element):
        return element.text or ""
    if not markup:
        return "".join(element.itertext())
    children = (etree.tostring(c, encoding="unicode", with_tail=True) for c in element)
    return (element.text or "") + "".join(children)


def _paragraphs(body: str) -> list[str]:
    """A feed item's text (often HTML) as paragraphs."""
    if not body:
        return []
    try:
        root = lxml_html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return [line.strip() for line in body.splitlines() if line.strip()]
    for hidden in root.xpath(".//script|.//style|.//noscript"):
        hidden.drop_tree()  # code, not text: «<script>alert(2)</script>»
    blocks = root.xpath(".//p|.//li|.//h2|.//h3|.//blockquote") or [root]
    lines = (line.strip() for b in blocks for line in b.text_content().splitlines())
    return [line for line in lines if line]


def _feed_date(item: etree._Element) -> str | None:
    """The item's date as written: RFC 822 in RSS, ISO in Dublin Core and Atom."""
    for tag in ("pubDate", _DC_DATE, f"{_ATOM}published", f"{_ATOM}updated"):
        found = item.find(tag)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return None
