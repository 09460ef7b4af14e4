"""The part of the day told with a day: «صبح امروز», «شامگاه پنج‌شنبه», «بعد از ظهر
دیروز», «صبح روز شنبه», and after a day named from today: «فردا صبح», «دیروز عصر». The
guidelines keep it in the date's text; the day is the same."""

import re
from dataclasses import replace

from khabar.news.dates.lexicon import L, R
from khabar.news.dates.model import Found
from khabar.text.chars import ZWNJ

_PART_OF_DAY = (
    rf"(?:صبح|ظهر|عصر|شب|غروب|شامگاه|بامداد|سحرگاه|صبحگاه|نیمه[ {ZWNJ}]?شب"
    rf"|(?:بعد|پیش|قبل) از ظهر|بعدازظهر|بعد{ZWNJ}ازظهر)"
)
PART_OF_DAY_BEFORE = re.compile(rf"{L}{_PART_OF_DAY}(?: روز)? $")
_PART_OF_DAY_AFTER = re.compile(rf" {_PART_OF_DAY}{R}")
# The days named from today that a part of the day may follow («فردا صبح»); a weekday
# takes its own (``weekdays``).
_FROM_TODAY = frozenset({"امروز", "دیروز", "فردا", "پریروز", f"پس{ZWNJ}فردا", "پس فردا"})
_REACH = 16


def with_part_of_day(text: str, found: list[Found]) -> list[Found]:
    """A single day with its part of the day before it, one mention from that word on;
    not a period («صبح» before «هفته گذشته» is no part of a week)."""
    kept: list[Found] = []
    for f in found:
        one_day = not f.period and (f.span is None or f.span[0] == f.span[1])
        m = PART_OF_DAY_BEFORE.search(text, max(0, f.start - _REACH), f.start) if one_day else None
        if m and (not kept or kept[-1].end <= m.start()):
            f = replace(f, start=m.start())
        after = _PART_OF_DAY_AFTER.match(text, f.end)
        if after and text[f.start : f.end] in _FROM_TODAY:
            f = replace(f, end=after.end())
        kept.append(f)
    return kept
