"""Weekdays named without a date: «روز سه‌شنبه», «سه شنبه گذشته», «پنج‌شنبه هفته آینده».

A bare weekday follows the tense of its clause: the first verb after it up to the
sentence end. «خواهد …», «قرار است» or a present «می‌…» form («برگزار می‌شود»,
«باز می‌گردند») make it the next such day on or after publication; a past form
(«گفت», «برگزار شد», «می‌کرد»), or no verb found, the latest on or before it.
«گذشته» is strictly before, «آینده» strictly after. A participle just before the
weekday («منتشر شده در روز سه‌شنبه») tells a day past, whatever the clause's verb,
unless it appoints the day («پیش‌بینی شده»). A state alone («… میزبان … است») tells a
day to come, but not of an incident («حمله روز جمعه») or a day since («از روز شنبه»).
"""

import re
from datetime import date, timedelta

from khabar.news.dates.lexicon import (
    APPOINTED_BEFORE,
    INCIDENT,
    NOT_A_DATE_BEFORE,
    WEEKDAY,
    WEEKDAYS,
    L,
    R,
    key,
)
from khabar.news.dates.model import Found
from khabar.news.dates.relative import DIRECTIONS, REL_DAY, relative_found, week_start
from khabar.news.dates.tense import first_verb, sentence_end
from khabar.text.chars import ZWNJ

_WEEKDAY_RE = re.compile(
    rf"{L}(?P<wd>{WEEKDAY}){R}(?: (?P<rel>(?P<week>هفته(?:{ZWNJ}ی| ی)? )?"
    rf"(?P<dir>گذشته|پیش[ {ZWNJ}]?رو|پیش|قبل|آینده|آتی|جاری)|این هفته){R}"
    # «سه‌شنبه شب»: its part of the day; «شنبه (امروز)», «پنجشنبه (دیشب)»: the day it is.
    rf"| (?P<part>شب|صبح|عصر|ظهر){R}| ?\((?P<word>امروز|دیروز|دیشب|فردا)\))?"
)
# «آخرین جمعه ماه رمضان» names a feast, «علی بن جمعه» a man.
_NOT_THE_DAY_BEFORE = re.compile(rf"{L}(?:آخرین|نخستین|اولین|بن|ابن) $")
# The tense of a bare weekday's clause: its first verb after the weekday.
# «برای روز چهارشنبه به دادسرا احضار شده است»: a day something is set for is to come.
_APPOINTED = re.compile(rf"{L}برای (?:روز )?$")
# «مطالعه‌ای منتشر شده در روز سه‌شنبه حاکی از آن است …»: a participle before the
# weekday tells what was done that day, whatever the sentence's own verb; not one that
# only set the day («نشست پیش‌بینی شده روز پنجشنبه برگزار خواهد شد»).
_DONE_BEFORE = re.compile(rf"{L}(?<!قرار )شده (?:در )?(?:روز )?$")
# «دلیل حمله روز جمعه هنوز مشخص نیست», «از روز شنبه در بازداشت است»: an incident's day,
# or the one a state has lasted since (not «پس از», «قبل از», «غیر از»), has passed,
# though the sentence's only verb is a state.
_PASSED_BEFORE = re.compile(
    rf"{L}(?:{INCIDENT} |(?<!پس )(?<!بعد )(?<!قبل )(?<!پیش )(?<!غیر )(?P<since>از) )(?:روز )?$"
)
# «ثبت‌نام از شنبه تا دوشنبه ادامه دارد»: «از … تا» another day bounds a stretch, often
# one to come, not a state lasting since; «از روز شنبه تا کنون» still is one.
_UNTIL_A_DAY_AFTER = re.compile(rf" تا(?! ?کنون| به حال| به امروز| امروز){R}")
# «قرار است پنجشنبه … سفر کند»: what is planned before the weekday is to come.
_PLANNED = re.compile(rf"{L}قرار (?:است|شده(?: است)?)(?: [^\s.،]+)? (?:{WEEKDAY})?$")


# «چهارشنبه سوری», «چهارشنبه آخر سال»: a feast on the year's last Wednesday evening,
# named without its day.
_FESTIVAL = re.compile(rf" (?:سوری|(?:آخر|پایان|پایانی) سال){R}")


def weekday_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«روز سه‌شنبه», «سه شنبه گذشته», «پنج‌شنبه هفته آینده»; not «نماز جمعه»."""
    m = _WEEKDAY_RE.match(text, pos)
    if m is None:
        return None
    if NOT_A_DATE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    if _FESTIVAL.match(text, m.end()) or _NOT_THE_DAY_BEFORE.search(text, max(0, pos - 8), pos):
        return None
    weekday = WEEKDAYS[key(m["wd"])]
    if m["word"]:
        return _told_as_a_day_word(m, weekday, published)
    day = None
    if published is not None:
        if m["rel"]:
            # «این هفته» has no direction word: this week.
            direction = DIRECTIONS[key(m["dir"])] if m["dir"] else "this"
            in_week = m["week"] is not None or m["dir"] is None
        else:
            direction = "future" if _to_come(text, m) else ""
            in_week = False
        day = _weekday_date(published, weekday, direction, in_week)
    return relative_found(m.start(), m.end(), None if day is None else (day, day))


def _told_as_a_day_word(m: re.Match[str], weekday: int, published: date | None) -> Found:
    """«روز شنبه (امروز)»: the day the word names, the weekday checked against it."""
    if published is None:
        return relative_found(m.start(), m.end(), None)
    day = published + timedelta(days=REL_DAY[key(m["word"])])
    return relative_found(m.start(), m.end(), (day, day), mismatch=day.weekday() != weekday)


def _to_come(text: str, m: re.Match[str]) -> bool:
    """Whether a bare weekday is a day to come: one set for it («برای روز …»), or its
    clause's tense says so, unless a participle before it tells the day done; a state
    alone tells no day to come after an incident or a day since («از روز شنبه»)."""
    if _APPOINTED.search(text, max(0, m.start() - 12), m.start()):
        return True
    done = _DONE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if done and not APPOINTED_BEFORE.search(text, max(0, done.start() - 16), done.start()):
        return False
    passed = _PASSED_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if passed and passed["since"] and _UNTIL_A_DAY_AFTER.match(text, m.end()):
        passed = None
    return _future_tense(text, m.end(), states=passed is None)


def _future_tense(text: str, pos: int, states: bool = True) -> bool:
    """Whether the clause after ``pos`` speaks of the future: «قرار است» just before the
    weekday, or its first verb is «خواهد …», «قرار است» or a present «می‌…» form
    («برگزار می‌شود», «باز می‌گردند»), or a sentence whose only verb is a state:
    «روز جمعه تیم … میزبان … است» tells what is set for the day.

    A past form («گفت», «برگزار شد», «می‌کرد») or no verb found means the past; so does
    a past verb after a state, which is then a relative clause's («… را که متهم به …
    هستند، به حبس ابد تقلیل داد»). With ``states`` False a state is no verb.
    """
    if _PLANNED.search(text, max(0, pos - 40), pos):
        return True
    stop = sentence_end(text, pos)
    verb = first_verb(text, pos, stop, states=False)
    if verb is None and states:
        verb = first_verb(text, pos, stop)
    return verb is not None and verb["past"] is None


def _weekday_date(p: date, weekday: int, direction: str, in_week: bool) -> date:
    """Which such weekday is meant: in a named week, or the nearest before/after ``p``.

    «آینده» without «هفته» is the next such day after ``p``; a bare weekday in a
    future-tense clause (``direction`` "future") is the next on or after ``p``; any
    other word after it («گذشته», «قبل») makes it the last such day before ``p``.
    """
    if direction == "future":
        return p + timedelta(days=(weekday - p.weekday()) % 7)
    if in_week:
        shift = {"past": -7, "ago": -7, "next": 7}.get(direction, 0)
        return week_start(p) + timedelta(days=shift + (weekday - 5) % 7)
    if direction == "next":
        return p + timedelta(days=(weekday - p.weekday()) % 7 or 7)
    back = (p.weekday() - weekday) % 7
    return p - timedelta(days=back or 7 if direction else back)
