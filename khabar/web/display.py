"""How stored values read on a Persian page: Solar Hijri dates, Persian digits, marked text.

The article view marks entities, quotes and dates with the HTML report's own logic
(:mod:`khabar.news.report`), so a stored article reads the same in both.
"""

import datetime as dt
from urllib.parse import quote

import jdatetime
from markupsafe import Markup

from khabar.news import report
from khabar.news.report import _highlight, _marks
from khabar.text.chars import repair_chars

# Entities are named as in the report's legend.
LABELS = report.MARK_NAMES
_TAGS = {"headline": "h1", "lead": "p", "subheading": "h3", "body": "p"}


def fa(value: object) -> str:
    """``value`` as text with Persian digits."""
    return repair_chars(str(value), "fa")


def hijri(value: str | None) -> str:
    """An ISO date as Solar Hijri words («۲۸ شهریور ۱۳۹۶»); other text as it is, and so
    is a day past the Solar Hijri calendar's end (9999-12-31, a feed's «never»), which
    jdatetime refuses: one such article must not take down every page that lists it."""
    if not value:
        return ""
    try:
        solar = jdatetime.date.fromgregorian(date=dt.date.fromisoformat(value[:10]), locale="fa_IR")
    except ValueError:
        return value
    return fa(f"{solar.day} {solar.strftime('%B')} {solar.year}")


def path(value: str) -> str:
    """``value`` quoted as one URL path segment (a name may hold «/» or «?»)."""
    return quote(value, safe="")


def external(url: str | None) -> str | None:
    """``url`` when it is safe to link to (http or https), else None: no ``javascript:``."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def isolated(names: list[str], between: str = "، ") -> Markup:
    """``names`` joined by ``between``, each isolated in ``<bdi>`` as the report does."""
    return Markup(report.isolated(list(names), between))


def paragraphs(article: dict) -> list[tuple[str, str, Markup]]:
    """``(tag, role, html)`` per paragraph, each character escaped and spans marked."""
    text = article["text"]
    marks = _marks(article)
    return [
        (
            _TAGS.get(p["role"], "p"),
            p["role"],
            Markup(_highlight(text, p["start"], p["end"], marks)),
        )
        for p in article["paragraphs"]
    ]


def snippet(found: dict, headline: str) -> Markup:
    """A search snippet with its matched words in ``<mark class="HIT">``.

    A snippet from the top of the text starts with the headline, which the result shows
    already, so that is left out.
    """
    text, start = found["text"], found["start"]
    if start == 0 and headline and text.startswith(headline):
        cut = len(text) - len(text[len(headline) :].lstrip())
        text, start = text[cut:], cut
    hits = [(s - start, e - start, "HIT") for s, e in found["highlights"] if s >= start]
    return Markup(_highlight(text, 0, len(text), hits))
