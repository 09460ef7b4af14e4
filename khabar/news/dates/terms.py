"""Academic half-years: «نیمسال اول سال تحصیلی 95-96», «نیم سال دوم ۹۹-۹۸».

Iran's academic year runs from 1 Mehr to the end of Shahrivar, so its first half is Mehr
to Esfand of the first year and its second Farvardin to Shahrivar of the next, as the
annotators read them (g265, g334; the crop year «سال زراعی» likewise). The years are
written as a pair in either order («۹۹-۹۸» is 1398–99 set right to left), two digits
read as any two-digit year is (:func:`~khabar.news.dates.years.full_year`).
"""

import re
from datetime import date, timedelta

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import SOLAR
from khabar.news.dates.lexicon import R
from khabar.news.dates.model import Found
from khabar.news.dates.years import full_year
from khabar.text.chars import ZWNJ

_TERM_RE = re.compile(
    rf"نیم[ {ZWNJ}]?سال (?P<half>اول|نخست|دوم)(?: سال تحصیلی)? "
    rf"(?P<a>\d{{2}}|\d{{4}}) ?[-–/] ?(?P<b>\d{{2}}|\d{{4}}){R}"
)


def term_dates(text: str, pos: int, published: date | None) -> Found | None:
    """The months of the academic half-year written at ``pos``, or None."""
    m = _TERM_RE.match(text, pos)
    if m is None:
        return None
    years = sorted(full_year(m[k], published) for k in ("a", "b"))
    if years[1] != years[0] + 1:
        return None
    first = years[0]
    if m["half"] == "دوم":
        start = cal.to_gregorian(SOLAR, first + 1, 1, 1)
        end = cal.to_gregorian(SOLAR, first + 1, 7, 1)
    else:
        start = cal.to_gregorian(SOLAR, first, 7, 1)
        end = cal.to_gregorian(SOLAR, first + 1, 1, 1)
    if start is None or end is None:
        return None
    span = (start, end - timedelta(days=1))
    return Found(m.start(), m.end(), SOLAR, cal.label(SOLAR, span), span)
