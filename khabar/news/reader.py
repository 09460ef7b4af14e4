"""Articles as they arrive: plain text, an HTML page, or JSON, read into one shape.

Nothing is repaired here; the text is kept exactly as written so the analysis can point
back into it. Only the structure is decided: which line is the headline, which are the
paragraphs.
"""

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field

from khabar.news.dates.calendars import written_day
from khabar.news.html import extract_html
from khabar.text.chars import repair_chars

# Tags that show a page or a fragment of one (a fragment may have no <p>, only <br>).
_HTML_TAG = re.compile(r"<(?:!doctype|html|body|p|div|article|section|h1|br)\b")
_DAY = re.compile(r"(\d{1,4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])")
_RFC_822 = re.compile(r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4})\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class ArticleError(ValueError):
    """An article that cannot be read; the message names what is wrong."""


@dataclass
class Draft:
    """An article before analysis: headline and paragraphs in reading order."""

    headline: str
    paragraphs: list[str] = field(default_factory=list)
    published: dt.date | None = None
    url: str | None = None
    # What was wrong with the input and left out, said with the analysis.
    warnings: list[str] = field(default_factory=list)


def from_text(text: str) -> Draft:
    """The first non-empty line is the headline; every further non-empty line a paragraph.

    News text puts one paragraph on a line, and a subheading on a line of its own, often
    with no blank line around it, so lines rather than blank-line blocks are paragraphs.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError("the article is empty")
    return Draft(headline=lines[0], paragraphs=lines[1:])


def parse_date(value: object) -> dt.date | None:
    """A publication date: ISO Gregorian («2017-09-19», «2017-09-19T10:00:00Z») or Solar
    Hijri as Persian sites write it («1396-06-28», «۱۳۹۶/۰۶/۲۸»), told apart by the year."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ArticleError(f"date must be text in ISO form, not {value!r}")
    text = repair_chars(value.strip(), "latin")
    try:
        if found := _DAY.match(text):
            return written_day(*(int(part) for part in found.groups()))
        if found := _RFC_822.match(text):  # feeds: «Tue, 19 Sep 2017 10:00:00 GMT»
            day, month, year = found.groups()
            return dt.date(int(year), _MONTHS.index(month.lower()) + 1, int(day))
        return dt.datetime.fromisoformat(text).date()
    except (ValueError, TypeError):
        raise ArticleError(
            f"date {value!r} is not a date: YYYY-MM-DD (Gregorian), e.g. 1396-06-28 "
            "(Solar Hijri), or as feeds write it (Tue, 19 Sep 2017)"
        ) from None


def readable_date(value: object, warnings: list[str]) -> dt.date | None:
    """The date an article's own page or record gives, if it can be read: one that cannot
    is left out with a warning rather than costing the article (``--date`` or none)."""
    try:
        return parse_date(value)
    except ArticleError as e:
        warnings.append(f"{e}; left out")
        return None


def _text_field(obj: dict, *names: str) -> str:
    """The first of the fields ``names`` that is set; text, or the error names the field."""
    for name in names:
        value = obj.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ArticleError(f"'{name}' must be a string, not {type(value).__name__}")
        return value
    return ""


def _body(obj: dict) -> list[str]:
    """``paragraphs``, or ``text``/``body``/``content`` as one string of lines or a list of
    them; one that is HTML (as CMS exports write ``content``) is read as a page's body."""
    names = ("paragraphs", "text", "body", "content")
    name = next((n for n in names if obj.get(n) is not None), None)
    body = obj.get(name) if name else []
    if isinstance(body, str) and name != "paragraphs":
        body = extract_html(body)[1] if sniff(body) == "html" else body.splitlines()
    if not isinstance(body, list) or not all(isinstance(p, str) for p in body):
        raise ArticleError(f"'{name}' must be a list of strings")
    return body


def from_json(obj: object) -> Draft:
    """A JSON object with title/headline, lead/abstract, paragraphs, text, body or content
    (HTML too), date, url."""
    if not isinstance(obj, dict):
        raise ArticleError("a JSON article must be an object with a title and paragraphs")
    body = _body(obj)
    # A CMS export writes its plain fields with entities as often as not: «عنوان &amp; خبر».
    headline = html.unescape(_text_field(obj, "title", "headline")).strip()
    lead = html.unescape(_text_field(obj, "lead", "abstract"))
    paragraphs = [p.strip() for p in [lead, *body] if p.strip()]
    if not headline and paragraphs:
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    if paragraphs and paragraphs[0] == headline:  # a body that opens with its title again
        paragraphs = paragraphs[1:]
    if not headline:
        raise ArticleError("the article has no title and no text")
    warnings: list[str] = []
    published = readable_date(obj.get("date") or obj.get("published"), warnings)
    url = _text_field(obj, "url", "link")
    return Draft(headline, paragraphs, published, url or None, warnings)


def from_html(html: str) -> Draft:
    headline, paragraphs, published, url = extract_html(html)
    if not headline and not paragraphs:
        raise ArticleError("no article text found in the HTML page")
    if not headline:
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    warnings: list[str] = []
    return Draft(headline, paragraphs, readable_date(published, warnings), url, warnings)


def sniff(text: str) -> str:
    """``json``, ``html`` or ``text``, from the first non-blank character and tags."""
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "json"
    if head.startswith("<") and _HTML_TAG.search(head):
        return "html"
    return "text"


def read_article(text: str, kind: str | None = None) -> Draft:
    """Read one article, guessing its kind when not given."""
    if not isinstance(text, str):
        raise TypeError(f"an article is text or a Draft, not {type(text).__name__}")
    kind = kind or sniff(text)
    if kind == "json":
        try:
            return from_json(json.loads(text))
        except json.JSONDecodeError as e:
            raise ArticleError(
                f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
            ) from None
    if kind == "html":
        return from_html(text)
    if kind == "text":
        return from_text(text)
    raise ArticleError(f"unknown article kind {kind!r}")
