"""Where a title ends before the object of its clause.

A lead often opens with a title, its object and «را»: «فرمانده سپاه عاشورا امنیت کشور
را … عنوان کرد», «معاون اول دولت نهم رسیدگی به مناطق محروم را … عنوان کرد». Nothing in
the words tells the title from the object, but the article writes the title again on
its own («… فرمانده سپاه عاشورا را همراهی می‌کردند»): in a clause that goes on to «را»,
a title that goes on past a title the article writes elsewhere ends where that one does.
"""

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from khabar.news.titles.lexicon import AFTER_PLACE, BODY_NOUNS, HOME, TENURE
from khabar.text.chars import key

if TYPE_CHECKING:
    from khabar.news.titles.finder import Title


def before_objects(text: str, titles: list["Title"]) -> list["Title"]:
    """``titles`` with each one that runs on to the object of «را» cut to the longest
    other title of the text it opens with, not inside a place («رهبر کره شمالی»)."""
    written = Counter(key(t.text) for t in titles)
    return [_cut(text, title, written) for title in titles]


# What ends a clause before its «را»: a mark or a line break; a comma may part a list.
_SENTENCE_PART_END = re.compile(r"[؛:.!؟\n]")


# A light verb's infinitive makes a noun of the word before it, which no title ends
# with, and opens an object with the words it is listed with: «… جبهه پایداری عدالت و
# مردمی کردن اقتصاد را …».
_LIGHT_INFINITIVE = re.compile(r"(?: و)?(?: \S+)? (?:کردن|شدن|نمودن|ساختن)(?!\S)")


def _before_ra(text: str, title: "Title", written: Counter[str]) -> bool:
    """Whether the clause of ``title`` goes on to «را» with no mark between: right
    after it or after an infinitive, or further on where the article writes the title
    only here and it does not end with the place it names («رئیس جهاد کشاورزی استان
    فارس طرح را …»)."""
    if text.startswith(" را ", title.end) or _LIGHT_INFINITIVE.match(text, title.end):
        return True
    if written[key(title.text)] > 1 or (title.place and title.text.endswith(title.place)):
        return False
    ra = text.find(" را ", title.end)
    if ra < 0 or _SENTENCE_PART_END.search(text, title.end, ra):
        return False
    # commas only between the items of a listed object: «… نظام گفتمان‌های دفاع مقدس،
    # سازندگی و توسعه سیاسی کشور را …»
    comma = text.rfind("،", title.end, ra)
    return comma < 0 or " و " in text[comma:ra]


# Bodies whose name follows them: a title cut right after one loses the name, which an
# article drops once it has written it («رئیس مجلس شورای اسلامی …. رئیس مجلس گفت»). Not
# the places, whole without a name («مدیرکل بنادر استان توسعه … را»).
_NAMED_BODIES = (BODY_NOUNS - {"کشور", "استان", "شهر", "شهرستان"}) | {
    "مجلس",
    "شورای",
    "معاونت",
    "کانون",
    "بنیاد",
    "هیئت",
    "هیات",
}


def _cut(text: str, title: "Title", written: Counter[str]) -> "Title":
    """``title`` cut where the longest title the article writes elsewhere ends, where
    its clause goes on to «را»: the words past it open the object."""
    if not _before_ra(text, title, written):
        return title
    words = title.text.split(" ")
    far = not text.startswith(" را ", title.end)
    # Iran named after the office ends it as a place does («وزیر امور خارجه کشورمان … را»).
    if far and words[-1] in HOME:
        return title
    for n in range(len(words) - 1, 1, -1):
        shorter = " ".join(words[:n])
        if key(shorter) in written and _may_end(words, n, far):
            end = title.start + len(shorter)
            place = title.place if title.place and shorter.endswith(title.place) else ""
            return replace(title, text=shorter, end=end, split=(), held=(), place=place)
    return title


def _may_end(words: list[str], n: int, far: bool) -> bool:
    """Whether a title may end before ``words[n]``: not inside a place's name, not
    before a word of tenure («رئیس جمهور مخلوع … را»), not before «در» that names its
    area («معاون وزیر نیرو در امور برق»), and where «را» is further on, not right after
    a body whose name follows («رئیس مجلس شورای اسلامی در این دیدار … را»): the object
    is then further on too."""
    if words[n] in AFTER_PLACE or words[n] in TENURE or words[n] == "در":
        return False
    return not (far and words[n - 1] in _NAMED_BODIES)
