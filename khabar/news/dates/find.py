"""Reading a text for dates: one pass of a trigger regex finds the words a date can
hang on, the finders for that kind of word read a date there, and where two readings
overlap the longer one wins."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from khabar.news.dates import calendars as cal
from khabar.news.dates.boundaries import bounded
from khabar.news.dates.calendars import GREGORIAN, SOLAR
from khabar.news.dates.context import as_spoken, same_as_before, with_day_words, with_equivalents
from khabar.news.dates.decades import decade_dates
from khabar.news.dates.holidays import holiday_dates
from khabar.news.dates.lexicon import CARDINAL, HOLIDAY, MONTH, MONTH_END, WEEKDAY, L, R
from khabar.news.dates.model import DateMention, Found
from khabar.news.dates.months import month_dates
from khabar.news.dates.numeric import numeric_dates
from khabar.news.dates.relative import (
    NAMED_DAYS,
    boundary_years,
    relative_days,
    relative_periods,
    this_periods,
)
from khabar.news.dates.seasons import PART, SEASONS, season_dates
from khabar.news.dates.slogans import slogan_dates
from khabar.news.dates.terms import term_dates
from khabar.news.dates.times import with_part_of_day
from khabar.news.dates.weekdays import weekday_dates
from khabar.news.dates.years import year_dates
from khabar.text.chars import ZWNJ


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` when given.

    One pass of a trigger regex finds the words a date can hang on; only there are the
    detailed patterns tried. Where two readings overlap the longer one wins:
    «سه‌شنبه ۲۸ شهریور» is one mention, not a weekday and a date.
    """
    if isinstance(published, datetime):
        published = published.date()
    published = anchor(published)
    found = []
    for trigger in _TRIGGER.finditer(text):
        for finder in _FINDERS[trigger.lastgroup or ""]:
            candidate = finder(text, trigger.start(), published)
            if candidate is not None:
                found.append(bounded(text, candidate))
    found = [
        f
        for f in _without_overlaps(found)
        if not _EVERY_YEAR.search(text, max(0, f.start - 20), f.start)
    ]
    found = with_day_words(text, with_equivalents(text, _ranges(text, found)))
    found = [as_spoken(text, f) for f in found]
    return [_mention(text, f) for f in with_part_of_day(text, same_as_before(text, found))]


# How far from the publication day a relative date may be counted: a century either way.
_REACH = timedelta(days=36_525)


def anchor(published: date | None) -> date | None:
    """The day relative dates are counted from, or None where the calendars cannot
    count a century either way from it: a feed's «never» (9999-12-31) anchors nothing,
    so «سال آینده» stays unresolved instead of running past the last day Python has."""
    if published is None:
        return None
    try:
        for day in (published - _REACH, published + _REACH):
            cal.from_gregorian(SOLAR, day)
    except (OverflowError, ValueError):
        return None
    return published


# A year written after a month's name: «آذر ۱۴۰۱», «آذر ماه سال ۹۸», «June 2022».
_YEAR_WRITTEN = re.compile(
    rf"{L}(?:{MONTH}){MONTH_END}(?:[ {ZWNJ}]?ماه)?(?: سال)? ?[0-9۰-۹]{{2,4}}{R}"
)


def _in_year_of(text: str, first: Found, second: Found) -> Found:
    """The first end of a range in the year written at the second, where it writes none
    and was placed by the publication day: «از ابتدای فروردین تا پایان آذر ۱۴۰۱» runs
    from Farvardin 1401; a month after the second's falls in the year before («از بهمن
    تا اردیبهشت ۱۴۰۲»)."""
    if (
        first.relative
        or first.span is None
        or second.span is None
        or _YEAR_WRITTEN.search(text, first.start, first.end)
        or not _YEAR_WRITTEN.search(text, second.start, second.end)
    ):
        return first
    year = cal.from_gregorian(second.calendar, second.span[1])[0]
    for candidate in (year, year - 1):
        moved = _moved_to_year(first, candidate)
        if moved is not None and moved.span[0] <= second.span[1]:
            return moved
    return first


def _moved_to_year(f: Found, year: int) -> Found | None:
    """``f`` with its days in ``year`` of its calendar, or None where a day is not there."""
    days = []
    for day in f.span:
        _, month, dom = cal.from_gregorian(f.calendar, day)
        moved = cal.to_gregorian(f.calendar, year, month, dom)
        if moved is None:
            return None
        days.append(moved)
    span = (days[0], days[1])
    return replace(f, span=span, native=cal.label(f.calendar, span))


# A day or season a yearly habit falls on names no one date: «این مراسم هر سال در روزهای
# پایانی ماه مبارک رمضان انجام می‌شود», «همه‌ساله در ۱۴ خرداد».
_EVERY_YEAR = re.compile(rf"{L}(?:هر ?سال|هر ?ساله|همه[ {ZWNJ}]?ساله)(?: در)? $")


# Two dates of the months, joined by «تا» with nothing between, are one stretch from the
# first to the last day of the second: «از ابتدای مهر ماه سال ۱۳۹۴ تا ۳۰ فروردین سال
# جاری», «تیر ۹۸ تا مهر ماه ۹۸», «از روز یکشنبه ۲۵ خرداد تا روز پنج‌شنبه ۱۹ تیر». One
# told with a verb of its own («از ۱۵ تیر آغاز و تا پایان شهریور ادامه دارد») is two; a
# day word or a weekday alone («امروز تا ۲۰ تیر») names no month to run from, and years
# alone («از ۲۰۱۰ تا ۲۰۱۵») are read with the years.
_RANGE_GAP = re.compile(r" ?(?:(?:تا|الی|لغایت)(?: روز)?|-|–) ?")
_MONTH_NAMED = re.compile(rf"{L}(?:{MONTH}){MONTH_END}")


def _ranges(text: str, found: list[Found]) -> list[Found]:
    """Each two dates of one calendar joined by «تا» (:data:`_RANGE_GAP`), both naming
    a month (:data:`_MONTH_NAMED`), as one span; a first date without its year is in the
    year the second writes (:func:`_in_year_of`)."""
    joined: list[Found] = []
    for f in found:
        last = joined[-1] if joined else None
        joinable = (
            last is not None
            and _RANGE_GAP.fullmatch(text, last.end, f.start)
            and last.calendar == f.calendar
            and last.span is not None
            and f.span is not None
            and _MONTH_NAMED.search(text, last.start, last.end)
            and _MONTH_NAMED.search(text, f.start, f.end)
        )
        if joinable:
            last = _in_year_of(text, last, f)
        if joinable and last.span[0] < f.span[1]:
            span = (last.span[0], f.span[1])
            native = cal.label(f.calendar, span)
            if f.calendar == GREGORIAN and last.native and f.native:
                native = f"{last.native.partition('/')[0]}/{f.native.rpartition('/')[2]}"
            relative = last.relative or f.relative
            joined[-1] = Found(last.start, f.end, f.calendar, native, span, relative=relative)
            continue
        joined.append(f)
    return joined


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Left to right; of two overlapping candidates the longer stays."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.start - f.end)):
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _mention(text: str, f: Found) -> DateMention:
    """Gregorian text keeps its written precision; other calendars give their day span."""
    value = end_value = None
    if f.calendar == GREGORIAN and f.native is not None:
        value, _, end = f.native.partition("/")
        end_value = end or None
    elif f.span is not None:
        value = f.span[0].isoformat()
        end_value = f.span[1].isoformat() if f.span[1] != f.span[0] else None
    solar = f.native if f.calendar == SOLAR else None
    if f.span is not None:
        solar = cal.label(SOLAR, f.span)
    return DateMention(
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        value=value,
        end_value=end_value,
        calendar=f.calendar,
        solar_hijri=solar,
        weekday_mismatch=f.mismatch,
        native=f.native,
        relative=f.relative,
    )


_Finder = Callable[[str, int, date | None], Found | None]
_FINDERS: dict[str, tuple[_Finder, ...]] = {
    "month": (month_dates,),
    "holiday": (holiday_dates,),
    "weekday": (weekday_dates,),
    "day": (relative_days,),
    "unit": (relative_days, relative_periods, year_dates, boundary_years, slogan_dates),
    "season": (season_dates,),
    "decade": (decade_dates,),
    "term": (term_dates,),
    "this": (this_periods,),
    "number": (numeric_dates, year_dates, relative_periods, season_dates),
}
# Weekdays and quarters come before numbers: «سه‌شنبه» and «سه ماهه نخست» are not «سه».
_TRIGGER = re.compile(
    rf"{L}(?:(?P<month>{MONTH}){MONTH_END}|(?P<holiday>{HOLIDAY}){R}"
    rf"|(?P<season>(?:{'|'.join(SEASONS)}|(?:سه|شش)[ {ZWNJ}]?ماه(?:ه|ه? (?:{PART}))"
    rf"|نیمه(?:{ZWNJ}ی| ی)? (?:{PART})){R})"
    rf"|(?P<weekday>{WEEKDAY}){R}|(?P<decade>دهه)(?=[ {ZWNJ}])|(?P<term>نیم[ {ZWNJ}]?سال) "
    rf"|(?P<day>{NAMED_DAYS}){R}"
    rf"|(?P<unit>روز|هفته|ماه|سال(?:های)?)(?![^\W\d])|(?P<this>این|همین|امسال|پارسال){R}"
    rf"|(?P<number>\d+|{CARDINAL}))"
)
