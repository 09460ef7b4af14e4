"""Calendar arithmetic for the date finder, done by libraries rather than by hand.

Solar Hijri goes through ``jdatetime``. Lunar Hijri goes through ``hijridate``
(Umm al-Qura, the observed calendar, for 1343–1500 AH) and falls back to the
arithmetic calendar of ``convertdate`` outside that range. Iran's official lunar
calendar follows its own moon sightings and can differ from Umm al-Qura by a day.

Every function speaks Gregorian ``datetime.date`` on one side, so the caller never
needs to know which library is behind a calendar.
"""

from datetime import date, timedelta
from functools import lru_cache

import jdatetime
from convertdate import islamic
from hijridate import Gregorian, Hijri

GREGORIAN = "gregorian"
SOLAR = "solar_hijri"
LUNAR = "lunar_hijri"

Span = tuple[date, date]

# The most days a month has, in any of the three calendars.
LONGEST_MONTH = 31

# A year written before this, with no calendar named, is Solar Hijri: no news is dated so
# early in the Gregorian calendar, and Persian sites write «1396-06-28».
HIJRI_BEFORE = 1700

# hijridate only knows the years the Umm al-Qura tables cover.
_UMM_AL_QURA_YEARS = range(1343, 1501)
_UMM_AL_QURA_DAYS = (date(1924, 8, 1), date(2077, 11, 16))


# The libraries take ~10 µs a conversion; an article asks for the same days many times.
@lru_cache(maxsize=8192)
def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``year-month-day`` in ``calendar``, or None if no such day."""
    try:
        if calendar == GREGORIAN:
            return date(year, month, day)
        if calendar == SOLAR:
            return jdatetime.date(year, month, day).togregorian()
        if year in _UMM_AL_QURA_YEARS:
            return date(*Hijri(year, month, day).to_gregorian().datetuple())
        if not 1 <= month <= 12 or not 1 <= day <= islamic.month_length(year, month):
            return None
        return date(*islamic.to_gregorian(year, month, day))
    except (ValueError, OverflowError):
        return None


def written_day(year: int, month: int, day: int) -> date:
    """The Gregorian date of a day written year-month-day with no calendar named (a page's
    publication date, a search filter): Solar Hijri before :data:`HIJRI_BEFORE`, else
    Gregorian. ``ValueError`` if there is no such day."""
    found = to_gregorian(SOLAR if year < HIJRI_BEFORE else GREGORIAN, year, month, day)
    if found is None:
        raise ValueError(f"no day {year}-{month}-{day}")
    return found


@lru_cache(maxsize=8192)
def from_gregorian(calendar: str, day: date) -> tuple[int, int, int]:
    """``day`` as (year, month, day) in ``calendar``."""
    if calendar == GREGORIAN:
        return day.year, day.month, day.day
    if calendar == SOLAR:
        j = jdatetime.date.fromgregorian(date=day)
        return j.year, j.month, j.day
    if _UMM_AL_QURA_DAYS[0] <= day <= _UMM_AL_QURA_DAYS[1]:
        return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
    return islamic.from_gregorian(day.year, day.month, day.day)


def month_span(calendar: str, year: int, month: int) -> Span | None:
    """First and last Gregorian day of a month of ``calendar``."""
    nxt_year, nxt_month = (year + 1, 1) if month == 12 else (year, month + 1)
    first = to_gregorian(calendar, year, month, 1)
    after = to_gregorian(calendar, nxt_year, nxt_month, 1)
    if first is None or after is None:
        return None
    return first, after - timedelta(days=1)


def year_span(calendar: str, year: int) -> Span | None:
    """First and last Gregorian day of a year of ``calendar``."""
    first = to_gregorian(calendar, year, 1, 1)
    after = to_gregorian(calendar, year + 1, 1, 1)
    if first is None or after is None:
        return None
    return first, after - timedelta(days=1)


def month_length(calendar: str, year: int, month: int) -> int:
    """Days in a month, from the library's own idea of where months begin."""
    span = month_span(calendar, year, month)
    return 0 if span is None else (span[1] - span[0]).days + 1


@lru_cache(maxsize=64)
def max_month_length(calendar: str, month: int) -> int:
    """The longest a month can be in any year: what a yearless «۳۰ اسفند» must fit.

    Five consecutive years always include a leap year in all three calendars.
    """
    base = {GREGORIAN: 2016, SOLAR: 1395, LUNAR: 1438}[calendar]
    return max(month_length(calendar, year, month) for year in range(base, base + 5))


def shift_months(calendar: str, day: date, months: int) -> date:
    """``day`` moved by whole months of ``calendar``, clamped to the target month's end."""
    year, month, dom = from_gregorian(calendar, day)
    total = year * 12 + month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    moved = to_gregorian(calendar, year, month, min(dom, month_length(calendar, year, month)))
    assert moved is not None  # the day was clamped into the month
    return moved


def label(calendar: str, span: Span) -> str:
    """A span written in ``calendar``: a day, a whole month, a whole year, or ``a/b``."""
    first, last = span
    year, month, dom = from_gregorian(calendar, first)
    if first == last:
        return f"{year:04d}-{month:02d}-{dom:02d}"
    if span == year_span(calendar, year):
        return f"{year:04d}"
    if span == month_span(calendar, year, month):
        return f"{year:04d}-{month:02d}"
    end = from_gregorian(calendar, last)
    return f"{year:04d}-{month:02d}-{dom:02d}/{end[0]:04d}-{end[1]:02d}-{end[2]:02d}"
