"""Article text out of an HTML page, keeping every half-space.

General extractors are not safe for Persian: trafilatura, for one, deletes every ZWNJ.
This one is small on purpose: lxml parses (and repairs) the page, and the article body is
the element whose own paragraphs hold the most text, the usual density heuristic.
"""

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

_NOISE = ("script", "style", "noscript", "nav", "footer", "aside", "form", "header", "iframe")
_BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote"}
_SPACE = re.compile(r"[ \t\r\n\u00a0]+")


def _text(element) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


def _published(root) -> str | None:
    for path in (
        "//meta[@property='article:published_time']/@content",
        "//meta[@name='date']/@content",
        "//time/@datetime",
    ):
        found = root.xpath(path)
        if found:
            return str(found[0])
    return None


def extract_html(page: str) -> tuple[str, list[str], str | None]:
    """``(headline, paragraphs, published)`` of the article in ``page``."""
    try:
        root = lxml_html.document_fromstring(page)
    except (ParserError, ValueError):
        return "", [], None
    for element in root.xpath("|".join(f"//{tag}" for tag in _NOISE)):
        element.drop_tree()
    h1 = root.xpath("//h1")
    title = root.xpath("//meta[@property='og:title']/@content") or root.xpath("//title/text()")
    headline = _text(h1[0]) if h1 else _SPACE.sub(" ", str(title[0])).strip() if title else ""

    scores: dict = {}
    for p in root.xpath("//p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_text(p))
    if not scores:
        return headline, [], _published(root)
    body = max(scores, key=scores.get)
    paragraphs = [
        text
        for element in body.iter()
        if _outermost_block(element, body) and (text := _text(element))
    ]
    return headline, paragraphs, _published(root)


def _outermost_block(element, body) -> bool:
    """A paragraph-like element not nested in another one below ``body``."""
    if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
        return False
    for ancestor in element.iterancestors():
        if ancestor is body:
            return True
        if ancestor.tag in _BLOCKS:
            return False
    return True
