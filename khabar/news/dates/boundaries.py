"""«پایان X», «ابتدای X», «اوایل/اواسط/اواخر X», «نیمه دوم X»: a part of the period X.

«پایان/انتهای/آخر X» is the last day of the period X (a month, a Gregorian month,
a season, a year, a relative week/month/year, or a bare «سال»: the current Solar
year); «ابتدای/اول/آغاز X» its first day. «اوایل X» and «اواخر X» are its first and
last ten days, «اواسط X» days 11–20 of a month or the ten middle days of a longer
period; «نیمه اول/نخست X» a month's first fifteen days, «نیمه دوم X» the rest, and of
a year its first or last six months; «دهه اول/دوم/سوم X» a month's days 1–10, 11–20
and 21 to its end (Iranian news dates mourning and feasts so: «دهه اول محرم»). The
mention starts at the modifier. A period that
cannot be placed (no ``published``, no year) is left whole and the modifier outside the
mention, but for a Gregorian month, whose days are known without its year
(«پایان ماه آوریل»: ``XXXX-04-30``).
After a unit noun the word is not a modifier («هفته آخر سال» is a week), nor in the
feast «چهارشنبه (سوری) آخر سال». A quarter
or half-year is not cut: the gold annotates «تا پایان سه ماهه نخست 2019» as the
quarter.
"""

import re
from dataclasses import replace
from datetime import date, timedelta

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import GREGORIAN, Span
from khabar.news.dates.lexicon import L
from khabar.news.dates.model import Found, Spec

# «پایان X», «اوایل X»: which part of the period X a word points to. After a unit noun
# the word belongs to it instead: «هفته آخر سال» is a week, «روزهای اول سال» days.
_BOUNDARY = {
    "پایان": "last",
    "انتهای": "last",
    "آخر": "last",
    "ابتدای": "first",
    "اول": "first",
    "آغاز": "first",
    "اوایل": "early",
    "اوائل": "early",
    "اواسط": "middle",
    "اواخر": "late",
    "نیمه اول": "first half",
    "نیمه نخست": "first half",
    "نیمه دوم": "second half",
    "دهه اول": "early",
    "دهه نخست": "early",
    "دهه دوم": "middle",
    "دهه سوم": "third",
    "دهه آخر": "third",
    "دهه پایانی": "third",
}
# «روزهای پایانی سال», «آخرین روزهای اسفند»: the last days, read as «اواخر X»; the
# first days of a period are left whole («روزهای اول خرداد» is the month).
_LAST_DAYS = "روزهای (?:پایانی|آخر)|(?:آخرین|واپسین) روزهای"
_BOUNDARY_BEFORE = re.compile(
    rf"{L}(?:(?P<days>{_LAST_DAYS})"
    rf"|(?<!هفته )(?<!ماه )(?<!روز )(?<!روزهای )(?<!فصل )(?<!سال )(?<!نیمه )"
    rf"(?<!چهارشنبه )(?<!سوری )"
    rf"(?P<w>{'|'.join(_BOUNDARY)})) $"
)
# How far before a period its boundary words may start («واپسین روزهای »).
_BOUNDARY_REACH = 15
_HALF = timedelta(days=15)
_TEN_DAYS = timedelta(days=10)
_MONTH_DAYS = 30.44


def boundary_before(text: str, at: int) -> re.Match[str] | None:
    """The boundary words («پایان», «اواخر», «روزهای پایانی») just before ``at``."""
    return _BOUNDARY_BEFORE.search(text, max(0, at - _BOUNDARY_REACH), at)


def bounded(text: str, f: Found) -> Found:
    """«پایان X», «ابتدای X», «اوایل/اواسط/اواخر X», «نیمه دوم X»: that part of the
    period X.

    The last or first day; the first or last ten days; days 11–20 of a month, or the
    ten days around the middle of a longer period; days 1–15 or 16 to the end. A
    Gregorian month without its year («پایان ماه آوریل») is cut all the same, its days
    being known (but February's end); other periods not known as days (no
    ``published`` to place them) are left as they are.
    """
    if not f.period:
        return f
    m = boundary_before(text, f.start)
    if m is None:
        return f
    part = "late" if m["days"] else _BOUNDARY[m["w"]]
    if f.span is None:
        native = _yearless_part(f, part)
        if native is None:
            return f
        return replace(f, start=m.start(), native=native, period=False)
    span = _part(f.calendar, f.span, part)
    return replace(f, start=m.start(), native=cal.label(f.calendar, span), span=span, period=False)


def _part(calendar: str, period: Span, part: str) -> Span:
    """The days of ``period`` that ``part`` («last», «early», …) names."""
    first, last = period
    ten = timedelta(days=9)
    if part == "first":
        return first, first
    if part == "last":
        return last, last
    if part == "early":
        return first, min(first + ten, last)
    if part == "late" or (part == "third" and (last - first).days >= cal.LONGEST_MONTH):
        return max(last - ten, first), last
    if part == "third":
        return min(first + 2 * _TEN_DAYS, last), last
    if part in ("first half", "second half"):
        return _half(calendar, first, last, part == "second half")
    length = (last - first).days + 1
    middle = first + timedelta(days=10 if length <= cal.LONGEST_MONTH else (length - 10) // 2)
    return middle, min(middle + ten, last)


_YEARLESS_MONTH = re.compile(r"XXXX-(\d\d)")
# A year that is no leap year, to count a yearless Gregorian month's days in.
_COMMON_YEAR = 2001
_FEBRUARY = 2


def _yearless_part(f: Found, part: str) -> str | None:
    """«پایان ماه آوریل» without a year: ``XXXX-04-30``; None where the days are not
    known (a Solar or Lunar month's length, February's end)."""
    month = _YEARLESS_MONTH.fullmatch(f.native or "")
    if f.calendar != GREGORIAN or month is None:
        return None
    n = int(month[1])
    if n == _FEBRUARY and part not in ("first", "early", "first half"):
        return None
    span = cal.month_span(GREGORIAN, _COMMON_YEAR, n)
    assert span is not None  # a real month
    first, last = _part(GREGORIAN, span, part)
    return Spec(GREGORIAN, None, n, first.day, None if first == last else last.day).native()


def _half(calendar: str, first: date, last: date, second: bool) -> Span:
    """Days 1–15 of a month or 16 to its end; the first or last six months of a year."""
    if (last - first).days < cal.LONGEST_MONTH:
        middle = min(first + _HALF, last)
    else:
        months = round(((last - first).days + 1) / _MONTH_DAYS)
        middle = cal.shift_months(calendar, first, months // 2)
    return (middle, last) if second else (first, middle - timedelta(days=1))
