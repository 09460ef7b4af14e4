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
# Boxes a news page puts inside or beside its article: a class or id word of these marks
# one («news-tags», «related-news», «share-box»).
_NOISE_WORDS = {
    "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs",
    "comment", "comments", "keywords", "menu", "pagination", "popup", "related", "share",
    "sidebar", "social", "sponsor", "tag", "tags",
}  # fmt: skip
# What a page calls the lead it sets apart from the body («summary introtext»).
_LEAD_WORDS = {"lead", "summary", "introtext", "intro", "abstract", "subtitle"}
_WORD = re.compile(r"[a-z]+")
# A lead is a sentence; a date or a byline beside the headline is a few words.
_LEAD_MIN_WORDS = 5


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
    for element in [e for e in root.iter() if _is_noise_box(e)]:
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
    lead = _lead(root, h1[0], body) if h1 else []
    return headline, lead + paragraphs, _published(root)


def _words(element) -> set[str]:
    return set(_WORD.findall(f"{element.get('class', '')} {element.get('id', '')}".lower()))


def _is_noise_box(element) -> bool:
    """A tag list, related news, share buttons and the like; never the page itself."""
    if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article"):
        return False
    return bool(_words(element) & _NOISE_WORDS)


def _lead(root, h1, body) -> list[str]:
    """Paragraphs between the headline and the body: the lead, which sites set in a box of
    its own beside the body (``<p class="lead">``, ``<div class="summary">``)."""
    around = set(h1.iterancestors()) | set(body.iterancestors())
    read = {h1}  # elements whose insides are not to be read again
    found: list[str] = []
    started = False
    for element in root.iter():
        if element is body:
            break
        started = started or element is h1
        if not started or element in around or not isinstance(element.tag, str):
            continue
        if element in read or any(a in read for a in element.iterancestors()):
            continue
        if element.tag == "p" or _words(element) & _LEAD_WORDS:
            text = _text(element)
            if len(text.split()) >= _LEAD_MIN_WORDS:
                found.append(text)
                read.add(element)
    return found


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
