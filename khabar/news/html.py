"""Article text out of an HTML page, keeping every half-space.

General extractors are not safe for Persian: trafilatura, for one, deletes every ZWNJ.
This one is small on purpose: lxml parses (and repairs) the page, and the article body is
the element whose own paragraphs hold the most text, the usual density heuristic.
"""

import re
from urllib.parse import urlsplit

from lxml import html as lxml_html
from lxml.etree import ParserError

_NOISE = ("script", "style", "noscript", "nav", "footer", "aside", "form", "header", "iframe")
_BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote"}
_LINE_BLOCKS = _BLOCKS | {"div", "section", "table", "tr", "ul", "ol", "h5", "h6"}
_SPACED = _LINE_BLOCKS | {"h1", "td", "th", "dt", "dd"}
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
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# A lead is a sentence; a date or a byline beside the headline is a few words.
_LEAD_MIN_WORDS = 5


def _text(element) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


# The charset a page declares in its head: «<meta charset="windows-1256">», «content=
# "text/html; charset=windows-1256"», «<?xml … encoding="…"?>».
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decoded(data: bytes) -> str:
    """A file's bytes as text: UTF-8, or the charset an HTML page declares where it is
    not UTF-8 (older Persian sites serve windows-1256). Raises the UTF-8 error where
    neither reads."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        found = _CHARSET.search(data, 0, 4096) if data.lstrip()[:1] == b"<" else None
        if found is None:
            raise
        try:
            return data.decode(found[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise error from None


def _address(root) -> str | None:
    """The page's own address, as it gives it for sharing or as the canonical one; not a
    site's front page, which some sites give for every article (a store knows an article
    by its address, and would take them all for one)."""
    for path in ("//meta[@property='og:url']/@content", "//link[@rel='canonical']/@href"):
        for value in root.xpath(path):
            address = str(value).strip()
            if urlsplit(address).path.strip("/"):
                return address
    return None


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


def extract_html(page: str) -> tuple[str, list[str], str | None, str | None]:
    """``(headline, paragraphs, published, url)`` of the article in ``page``."""
    try:
        # lxml refuses text that declares its encoding, as an XHTML page does
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", page, count=1))
    except (ParserError, ValueError):
        return "", [], None, None
    url = _address(root)
    for element in root.xpath("|".join(f"//{tag}" for tag in _NOISE)):
        if not _article_header(element):
            element.drop_tree()
    for element in [e for e in root.iter() if _is_noise_box(e)]:
        element.drop_tree()
    _space_breaks(root)
    h1 = root.xpath("//h1")
    title = root.xpath("//meta[@property='og:title']/@content") or root.xpath("//title/text()")
    headline = _text(h1[0]) if h1 else _SPACE.sub(" ", str(title[0])).strip() if title else ""

    scores: dict = {}
    for p in root.xpath("//p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_text(p))
    size, lined = _most_lines(root)
    if lined is not None and size > max(scores.values(), default=0):
        return headline, _lines(lined, h1), _published(root), url
    if not scores:  # no paragraph, no lines: a page of scripts or frames
        return headline, [], _published(root), url
    body = max(scores, key=scores.get)
    paragraphs = [
        text
        for element in body.iter()
        if _outermost_block(element, body) and (text := _text(element))
    ]
    lead = _lead(root, h1[0], body) if h1 else []
    return headline, lead + paragraphs, _published(root), url


def _space_breaks(root) -> None:
    """A space at each ``<br>`` and around each block, which the page shows as a break:
    their text is read as one run, where «سطر اول<br>سطر دوم» became «اولسطر»."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _SPACED:
            element.text = " " + (element.text or "")
        if element.tag in _SPACED or element.tag == "br":
            element.tail = " " + (element.tail or "")


def _article_header(element) -> bool:
    """A ``<header>`` inside an ``<article>``: the article's own, holding its headline
    and date (HTML5's way), not the site's banner that other headers are."""
    return element.tag == "header" and any(a.tag == "article" for a in element.iterancestors())


def _loose_text(element) -> int:
    """How much text ``element`` holds outside any child: an article set as lines broken
    by ``<br>``, with no ``<p>``, as older sites set theirs."""
    if not isinstance(element.tag, str):
        return 0
    parts = [element.text, *(child.tail for child in element)]
    return sum(len(_SPACE.sub(" ", part).strip()) for part in parts if part)


def _most_lines(root) -> tuple[int, object]:
    """The element holding the most text set in lines rather than ``<p>``s, and how much:
    lines broken by ``<br>`` or a ``<div>`` each."""
    found = [(0, None)]
    for measure in (_loose_text, _div_text):
        element = max(root.iter(), key=measure, default=None)
        if element is not None:
            found.append((measure(element), element))
    return max(found, key=lambda pair: pair[0])


def _div_text(element) -> int:
    """How much text ``element``'s child ``<div>``s hold that hold no block of their own,
    when there are several: an article set a ``<div>`` a paragraph, with no ``<p>``, was
    read as its longest one."""
    if not isinstance(element.tag, str):
        return 0
    sizes = [len(_text(child)) for child in element if _is_text_div(child)]
    return sum(sizes) if len(sizes) > 1 else 0


def _is_text_div(element) -> bool:
    """A ``<div>`` holding a paragraph: no block inside, and not mostly links, as a list
    of other news beside the article is."""
    if element.tag != "div" or any(
        isinstance(d.tag, str) and d.tag in _LINE_BLOCKS for d in element.iterdescendants()
    ):
        return False
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return linked * 2 <= len(_text(element))


def _lines(element, h1: list) -> list[str]:
    """The lines of ``element``'s text, broken at ``<br>`` and at blocks, headline left out."""
    for heading in h1:
        if element in heading.iterancestors():
            heading.drop_tree()
    for child in element.iter():
        if child is element or not isinstance(child.tag, str):
            continue
        if child.tag in _LINE_BLOCKS:
            child.text = "\n" + (child.text or "")
        if child.tag in _LINE_BLOCKS or child.tag == "br":
            child.tail = "\n" + (child.tail or "")
    lines = (_SPACE.sub(" ", line).strip() for line in element.text_content().split("\n"))
    return [line for line in lines if line]


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
