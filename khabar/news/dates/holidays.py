"""Named days of a known month and day with their year written: «نوروز ۹۷», «عید فطر
امسال».

A holiday without a year («در ایام نوروز», «روز عید فطر، روز پاداش …») is no date by
the guidelines (holidays without a day and month, like «اربعین», are not annotated):
it names a feast more often than the one day of one year. A holiday followed by its
written date («عید فطر روز یکشنبه ۴ تیر») leaves the mention to the date.
"""

import re
from datetime import date

from khabar.news.dates.lexicon import HOLIDAY, HOLIDAYS, ORDINAL, WEEKDAY, L, R, key
from khabar.news.dates.model import Found, Spec
from khabar.news.dates.months import AFTER_MONTH
from khabar.news.dates.resolve import resolved
from khabar.news.dates.years import written_year

# A holiday followed by its written date: the date is the mention («عید غدیر روز پنجشنبه ۱۸ …»).
_DATE_AFTER_HOLIDAY = re.compile(
    rf"[ ،,(]*(?:روز )?(?:(?:{WEEKDAY}){R}[ ،,(]*)?(?:\d{{1,2}}(?!\d)|{ORDINAL}{R})"
)
_HOLIDAY_RE = re.compile(rf"{L}(?:{HOLIDAY}){R}")


def holiday_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«نوروز ۹۷», «عید فطر امسال»: named days of a known month and day, in a written year."""
    m = _HOLIDAY_RE.match(text, pos)
    if m is None:
        return None
    calendar, month, day = HOLIDAYS[key(m.group())]
    after = AFTER_MONTH[calendar].match(text, m.end())
    if not (after["year"] or after["rel"]) or _DATE_AFTER_HOLIDAY.match(text, after.end()):
        return None
    spec = Spec(calendar, written_year(calendar, after, published, month, day), month, day)
    return resolved(text, m.start(), after.end(), spec, published)
