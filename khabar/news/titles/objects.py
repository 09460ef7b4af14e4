"""Where a title ends before the object of its clause.

A lead often opens with a title, its object and «را»: «فرمانده سپاه عاشورا امنیت کشور
را … عنوان کرد». Nothing in the words tells the title from the object, but the article
writes the title again on its own («… فرمانده سپاه عاشورا را همراهی می‌کردند»): a title
before «را» that goes on past a title the article writes elsewhere ends where that one
does.
"""

from dataclasses import replace
from typing import TYPE_CHECKING

from khabar.news.titles.lexicon import AFTER_PLACE

if TYPE_CHECKING:
    from khabar.news.titles.finder import Title


def before_objects(text: str, titles: list["Title"]) -> list["Title"]:
    """``titles`` with each one that runs on to the object of «را» cut to the longest
    other title of the text it opens with, not inside a place («رهبر کره شمالی»)."""
    written = {t.text for t in titles}
    return [_cut(text, title, written) for title in titles]


def _cut(text: str, title: "Title", written: set[str]) -> "Title":
    if not text.startswith(" را ", title.end):
        return title
    words = title.text.split(" ")
    for n in range(len(words) - 1, 1, -1):
        shorter = " ".join(words[:n])
        if shorter in written and words[n] not in AFTER_PLACE:
            end = title.start + len(shorter)
            place = title.place if title.place and shorter.endswith(title.place) else ""
            return replace(title, text=shorter, end=end, split=(), held=(), place=place)
    return title
