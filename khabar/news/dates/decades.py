"""Decades: «دهه ۶۰», «دهه هفتاد», «دهه ۱۹۸۰», «دهه‌های ۵۰ تا ۷۰ میلادی».

Iranian news counts decades in the Solar calendar: «دهه ۶۰» is 1360–1369 (March 1981 to
March 1991), «دهه هفتاد» the 1370s. A four-digit decade is in the calendar its size fits
(«دهه ۱۹۹۰», «دهه ۱۳۸۰»); two digits and «میلادی» are the last century's («دهه ۲۰
میلادی» is the 1920s: news writes this century's in four). A decade is a span of whole
years, not a vague one: the guidelines annotate «دهه‌های 50 تا 70 میلادی» as 1950–1979.
A decade that has not begun by the publication day is no decade of the news («دهه ۱۰» in
1402 is the 1310s), and ordinals name something else's decade («دهه اول انقلاب», «دهه
فجر»), so they are left out.
"""

import re
from datetime import date

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import GREGORIAN, SOLAR
from khabar.news.dates.lexicon import R, number_value
from khabar.news.dates.model import Found
from khabar.news.dates.tense import sentence_start
from khabar.text.chars import ZWNJ

_TENS_WORDS = "بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود"
_DECADE = rf"(?:\d\d|\d{{4}}|{_TENS_WORDS})"
_DECADE_RE = re.compile(
    rf"دهه(?:[{ZWNJ} ]?های)? (?P<first>{_DECADE})"
    rf"(?: ?(?:تا|و|[-–]) ?(?P<last>{_DECADE}))?{R}"
    rf"(?: (?P<era>میلادی|شمسی|هجری شمسی|خورشیدی){R})?"
)


def decade_dates(text: str, pos: int, published: date | None) -> Found | None:
    """The years of the decade or decades written at ``pos``, or None."""
    m = _DECADE_RE.match(text, pos)
    if m is None:
        return None
    gregorian = m["era"] == "میلادی" or _gregorian_before(text, pos)
    first = _decade_start(m["first"], gregorian, published)
    last = _decade_start(m["last"], gregorian, published) if m["last"] else first
    if first is None or last is None or last < first:
        return None
    calendar = GREGORIAN if first >= _GREGORIAN_FROM else SOLAR
    if (calendar == GREGORIAN) != (last >= _GREGORIAN_FROM):
        return None
    start, end = cal.year_span(calendar, first), cal.year_span(calendar, last + 9)
    if start is None or end is None:
        return None
    native = f"{first:04d}/{last + 9:04d}" if calendar == GREGORIAN else None
    span = (start[0], end[1])
    return Found(m.start(), m.end(), calendar, native or cal.label(calendar, span), span)


# A two-digit year or decade with «میلادی» earlier in the sentence, which then goes on
# without the era: «در دهه‌های پیش از سال 70 میلادی، جهان به سمت تولید، در دهه 80 به سمت
# نوآوری … رفت».
_GREGORIAN_ERA = re.compile(r"(?<!\d)\d\d میلادی")
_ERA_REACH = 300


def _gregorian_before(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` writes a two-digit year as Gregorian."""
    start = sentence_start(text, pos, max(0, pos - _ERA_REACH))
    return _GREGORIAN_ERA.search(text, start, pos) is not None


# Solar years are below this, Gregorian ones from it.
_GREGORIAN_FROM = 1600


def _decade_start(written: str, gregorian: bool, published: date | None) -> int | None:
    """The first year of a decade written as «۶۰», «شصت», «۱۹۸۰»; None for a number that
    is not a round ten or a decade that has not begun by ``published``."""
    n = number_value(written)
    if n % 10:
        return None
    if len(written) == 4 and written.isdigit():
        year = n
    elif gregorian:
        year = 1900 + n
    else:
        year = 1300 + n
        if published is not None and 1400 + n <= cal.from_gregorian(SOLAR, published)[0]:
            year = 1400 + n
    if published is not None:
        now = cal.from_gregorian(GREGORIAN if year >= _GREGORIAN_FROM else SOLAR, published)[0]
        if year > now:
            return None
    return year
