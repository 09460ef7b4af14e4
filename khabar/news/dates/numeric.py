"""Dates written in digits: «1396/06/28», «۹۶/۶/۲۸», «2017-09-19», «19/09/2017», and
«۲۹/۴/۶۷» day first where a two-digit year first cannot be read. Real text may put a space
after each slash («مصوب ۴/ ۱۲/ ۱۳۹۲»); a date so written has its four-digit year, two
numbers spaced so being a ratio or a score."""

import re
from datetime import date

from khabar.news.dates.calendars import GREGORIAN, LONGEST_MONTH, SOLAR
from khabar.news.dates.model import Found, Spec
from khabar.news.dates.resolve import resolved
from khabar.news.dates.years import full_year

_NUMERIC_RE = re.compile(r"(?<![\d/.\-])(\d{1,4})([/.\-]|/ )(\d{1,2})\2(\d{1,4})(?!\d|[/.\-]\d)")


def numeric_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«1396/06/28», «۹۶/۶/۲۸», «2017-09-19», «19/09/2017»."""
    m = _NUMERIC_RE.match(text, pos)
    if m is None:
        return None
    spec = _numeric_spec(m[1], m[2], m[3], m[4], published)
    if spec is None:
        return None
    return resolved(text, m.start(), m.end(), spec, published, weekday_ok=True)


def _numeric_spec(a: str, sep: str, b: str, c: str, published: date | None) -> Spec | None:
    """Year first (Y/M/D) or last (D/M/Y, M/D/Y when only that fits); 13xx/14xx are Solar."""
    if sep == "/ " and 4 not in (len(a), len(c)):
        return None
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, month, day = int(c), int(b), int(a)
        if month > 12 >= day:
            month, day = day, month
    elif len(a) == 2 and len(c) <= 2 and sep == "/" and int(c) <= LONGEST_MONTH:
        year, month, day = full_year(a, published), int(b), int(c)
    elif len(a) <= 2 and len(c) == 2 and sep == "/":
        # «۲۹/۴/۶۷»: day first when the year cannot be.
        year, month, day = full_year(c, published), int(b), int(a)
    else:
        return None
    calendar = SOLAR if 1200 <= year < 1600 else GREGORIAN if 1800 <= year < 2200 else None
    if calendar is None or not 1 <= month <= 12:
        return None
    return Spec(calendar, year, month, day)
