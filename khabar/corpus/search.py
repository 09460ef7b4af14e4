"""Search queries: what the user typed, as search keys; and snippets in the stored text.

A query is words, «quoted phrases» (or "quoted"), and -words to exclude. Every word
becomes its search key (:mod:`khabar.corpus.keys`), so «می‌کنند» finds «کرد»,
«كتابها» finds «کتاب‌ها», «گفت و گو» (one word, a compound) finds «گفتگو» and «وزارت»
finds «وزارت خارجه». A snippet is cut from the article's stored text, and its highlights
are the words whose keys (or whose parts' keys) the query asked for, found by re-reading
the text's words with their offsets: the keys point back at the words as written (a
compound written apart, all its parts).
"""

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from khabar.corpus.keys import read, words
from khabar.news.reader import ArticleError
from khabar.news.reader import parse_date as read_date
from khabar.text.normalizer import normalize

_PART = re.compile(r'(-?)(?:"([^"]*)"|«([^»]*)»|(\S+))')
# The year a date filter starts with, in Latin or Persian digits.
_YEAR = re.compile(r"\s*(\d+)")
SNIPPET_CHARS = 240
# More results than this are never wanted at once, and SQL integers end not far beyond.
MAX_LIMIT = 1_000_000


class QueryError(ValueError):
    """A query or filter that cannot be understood; the message says why."""


@dataclass(frozen=True)
class Term:
    """One word's key, or a phrase's keys in order; ``negated`` terms must not match."""

    keys: tuple[str, ...]
    negated: bool = False


@dataclass
class Query:
    """What to find and where to look. Every filter is optional; text may be empty."""

    text: str = ""
    person: str | None = None
    organization: str | None = None
    place: str | None = None
    speaker: str | None = None
    source: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    quotes_by: str | None = None
    limit: int = 20
    offset: int = 0
    terms: list[Term] = field(init=False)

    def __post_init__(self) -> None:
        self.terms = parse(self.text)
        if self.text.strip() and not self.terms:
            # Else «؟» or «*» reads as no query at all, and lists every article.
            raise QueryError(f"{self.text!r} has no words to look for")
        if self.terms and all(t.negated for t in self.terms):
            raise QueryError("a query needs at least one word that is not excluded with '-'")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise QueryError(f"limit must be from 1 to {MAX_LIMIT:,}")
        if not 0 <= self.offset <= MAX_LIMIT:
            raise QueryError(f"offset must be from 0 to {MAX_LIMIT:,}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            # Easily done when one date is Solar Hijri and the other Gregorian.
            raise QueryError(
                f"no day is both on or after {self.date_from} and on or before {self.date_to}"
                " (dates are shown in Gregorian)"
            )

    @property
    def keys(self) -> set[str]:
        """The keys a matching text must show: what snippets highlight."""
        return {k for t in self.terms if not t.negated for k in t.keys}


def parse(text: str) -> list[Term]:
    """The query's terms: words, phrases, and excluded (``-``) words or phrases.

    Plain words next to each other are read together, so that a compound written apart
    («گفت و گو») is one word, as it is in the text.
    """
    query = normalize(text.replace("\n", " "))
    terms: list[Term] = []
    plain: list[re.Match[str]] = []
    for match in _PART.finditer(query):
        if match.group(4) is not None and not match.group(1):
            plain.append(match)
            continue
        terms += _plain_terms(query, plain)
        plain = []
        part = match.group(2) or match.group(3) or match.group(4) or ""
        keys = tuple(k for k, _, _ in words(part))
        if keys:
            terms.append(Term(keys, bool(match.group(1))))
    return terms + _plain_terms(query, plain)


def _plain_terms(query: str, plain: list[re.Match[str]]) -> list[Term]:
    """A term for each of the plain words ``plain``: its keys, a phrase («1396/06/28»);
    a compound written across words belongs to the word it starts in."""
    if not plain:
        return []
    start = plain[0].start()
    starts = [m.start() - start for m in plain]
    grouped: dict[int, list[str]] = {}
    for k, s, _ in words(query[start : plain[-1].end()]):
        grouped.setdefault(bisect_right(starts, s) - 1, []).append(k)
    return [Term(tuple(keys)) for keys in grouped.values()]


def parse_date(value: str) -> dt.date:
    """A Gregorian ISO date («2017-09-19») or a Solar Hijri one («1396-06-28», «۱۳۹۶/۶/۲۸»),
    read as an article's publication date is.

    The year must be written whole: «96-06-28» would read as the year 96, before any
    article, and a filter from it would silently let every article through.
    """
    year = _YEAR.match(value)
    if year and len(year.group(1)) < 4:
        raise QueryError(f"{value!r}: write the year in full, as in 1396-06-28 or 2017-09-19")
    try:
        day = read_date(value)
    except ArticleError as e:
        raise QueryError(str(e)) from None
    if day is None:
        raise QueryError(f"{value!r} is not a date")
    return day


@dataclass(frozen=True)
class Snippet:
    """A stretch of the stored text; ``highlights`` are offsets into the whole text."""

    text: str
    start: int
    end: int
    highlights: list[tuple[int, int]]

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "highlights": [list(h) for h in self.highlights],
        }

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each highlight wrapped in ``before``/``after``."""
        out, at = [], 0
        for s, e in self.highlights:
            s, e = s - self.start, e - self.start
            out += [self.text[at:s], before, self.text[s:e], after]
            at = e
        out.append(self.text[at:])
        return "".join(out)


def snippet(
    text: str, keys: set[str], span: tuple[int, int] | None = None, width: int = SNIPPET_CHARS
) -> Snippet:
    """The ``width`` characters of ``text`` (within ``span``) that hold the most matched words.

    Cut at word boundaries, and highlighted where a word's key is one of ``keys``.
    """
    lo, hi = span or (0, len(text))
    found = [
        (w.start + lo, w.end + lo)
        for w in read(text[lo:hi])
        if w.key in keys or not keys.isdisjoint(w.parts)
    ]
    start, best = lo, 0
    for s, _ in found:
        count = sum(1 for s2, e2 in found if s <= s2 and e2 <= s + width * 3 // 4)
        if count > best:
            best, start = count, max(lo, s - width // 4)
    start = _boundary(text, start, lo)
    end = min(hi, start + width)
    if end < hi:
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    inside = [(s, e) for s, e in found if s >= start and e <= end]
    return Snippet(text[start:end], start, end, inside)


def _boundary(text: str, start: int, lo: int) -> int:
    """``start`` moved back to the beginning of its word."""
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return start
