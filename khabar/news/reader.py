"""Articles as they arrive: plain text, an HTML page, or JSON, read into one shape.

Nothing is repaired here; the text is kept exactly as written so the analysis can point
back into it. Only the structure is decided: which line is the headline, which are the
paragraphs.
"""

import datetime as dt
import json
from dataclasses import dataclass, field

from khabar.news.html import extract_html


class ArticleError(ValueError):
    """An article that cannot be read; the message names what is wrong."""


@dataclass
class Draft:
    """An article before analysis: headline and paragraphs in reading order."""

    headline: str
    paragraphs: list[str] = field(default_factory=list)
    published: dt.date | None = None
    url: str | None = None


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
    """A publication date from ISO text («2017-09-19», «2017-09-19T10:00:00Z»)."""
    if not value:
        return None
    if not isinstance(value, str):
        raise ArticleError(f"date must be text in ISO form, not {value!r}")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ArticleError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def from_json(obj: object) -> Draft:
    """A JSON object with title/headline, lead/abstract, paragraphs or text, date, url."""
    if not isinstance(obj, dict):
        raise ArticleError("a JSON article must be an object with a title and paragraphs")
    headline = obj.get("title") or obj.get("headline") or ""
    paragraphs = obj.get("paragraphs")
    if paragraphs is None:
        body = obj.get("text") or obj.get("body") or ""
        paragraphs = [p for p in str(body).split("\n") if p.strip()]
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise ArticleError("'paragraphs' must be a list of strings")
    lead = obj.get("lead") or obj.get("abstract")
    paragraphs = [p.strip() for p in ([lead] if lead else []) + paragraphs if p.strip()]
    if not headline and paragraphs:
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    if not headline:
        raise ArticleError("the article has no title and no text")
    published = parse_date(obj.get("date") or obj.get("published"))
    url = obj.get("url") or obj.get("link")
    return Draft(str(headline).strip(), paragraphs, published, str(url) if url else None)


def from_html(html: str) -> Draft:
    headline, paragraphs, published = extract_html(html)
    if not headline and not paragraphs:
        raise ArticleError("no article text found in the HTML page")
    if not headline:
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    return Draft(headline, paragraphs, parse_date(published) if published else None)


def sniff(text: str) -> str:
    """``json``, ``html`` or ``text``, from the first non-blank character and tags."""
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "json"
    if head.startswith("<") and (
        "<html" in head or "<body" in head or "<p" in head or "<!doctype" in head
    ):
        return "html"
    return "text"


def read_article(text: str, kind: str | None = None) -> Draft:
    """Read one article, guessing its kind when not given."""
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
