"""Putting a written date on the time line: the year it leaves out, the weekday written
just before it, and days that do not exist.

* With ``published``, a missing year is the one that puts the date nearest to the
  publication day. A written weekday picks, among the days within about a year before
  it or eight months after, the nearest one where the weekday fits; if none fits,
  ``weekday_mismatch`` is set.
  A date told as today («امروز (چهارشنبه 9 دی ماه)») or falling within ten days of the
  publication day keeps that nearest year: the writer got the weekday wrong, not the year.
* Iran sights the moon itself, so its Lunar months may begin a day before or after
  Umm al-Qura's: a weekday written with a Lunar date that is one day off the converted
  day moves the date onto it (no mismatch, no other year). Solar and Gregorian dates
  are never moved.
"""

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import LUNAR, Span
from khabar.news.dates.lexicon import INCIDENT, SET_BEFORE, WEEKDAY, WEEKDAYS, L, R, key
from khabar.news.dates.model import Found, Spec
from khabar.news.dates.tense import POINT_IN_WORD, first_verb, sentence_end, sentence_start
from khabar.text.chars import ZWNJ

# The first verb after a date, when it tells what is still to come («برگزار خواهد شد»,
# «برگزار می‌شود»), not a past one before it («… را بالا دانست و گفت که … خواهد داشت»).
# An event's own verb in the past («۱۰ دی ماه برگزار شد»), or a passive past perfect
# («در ماه آوریل متهم شده بود»; not a plan, «قرار شده بود»), puts it behind; a speech
# verb («… در آذر ماه خبر داد») tells only when it was said.
_EVENT = r"(?:برگزار|آغاز|افتتاح|اجرا|منتشر|انجام|امضا)"
_VERB_AFTER = re.compile(
    rf"(?P<future>(?<![^\s])(?:خواهم|خواهی|خواهد|خواهیم|خواهید|خواهند)(?![^\s])"
    rf"|{_EVENT} (?:می{ZWNJ}?(?:شود|شوند|گردد))(?![^\s،.]))"
    rf"|(?P<past>{_EVENT} (?:شد|شدند|گردید)|(?<![^\s])(?<!قرار )شده (?:بود|بودند))(?![^\s،.])"
    rf"|(?<![^\s])(?:شد|کرد|داد|دانست|گفت|بود|رسید|گرفت|داشت|آمد|رفت)(?:ند)?(?![^\s،.])"
)
_CLAUSE_END = re.compile(rf"[،؛!?؟\n]|(?!{POINT_IN_WORD})\.")
# A yearless date more than four months ahead of publication whose sentence goes on in
# the past («اظهارات روز ۲ فوریه … شفافیت کمی داشت») is the last one: news tells what is
# that far ahead as to come.
_FAR_AHEAD_DAYS = 120
_TO_COME_BEFORE = re.compile(
    rf"{L}(?:تا|برای|از)(?: (?:پایان|انتهای|آخر|اواخر|اوایل|اواسط|ابتدای|آغاز|نیمه))?(?: ماه)? $"
)
# The outcome of an event, told once it has passed: «نتایج انتخابات ۱۰ بهمن», «اسامی
# برندگان جشنواره ۱۰ بهمن», «علت حادثه ۱۰ بهمن».
_OUTCOME_BEFORE = re.compile(rf"{L}(?:نتایج|نتیجه|اسامی|برندگان|علت|علل|دلیل|جزئیات|آمار){R}")
# «که» opening a relative clause after a date («نمایشگاه ۲۰ بهمن که با استقبال روبرو شد»).
_WHICH = re.compile(rf"{L}[کك]ه{R}")
_SAID = re.compile(
    r"(?:(?:خبر|اعلام|اظهار|تاکید|تأکید|اشاره|تصریح|عنوان|بیان|ابراز) (?:داد|کرد|داشت|نمود)"
    r"|گفت|افزود)(?:ند)?$"
)
# A date asked for, proposed or promised in its sentence is still to come, whatever the
# verb's tense: «خواستار برگزاری همه‌پرسی در ماه مارس شد», «برگزاری نشست در ۲۰ فوریه را
# پیشنهاد کرد»; not a request only telling how a past event came about («به دعوت
# استاندار، همایش ۲۰ بهمن … پایان یافت», «طبق توافق», «بر اساس», «در پی», «پس از»), nor
# «نقل قول».
_ASKED = re.compile(
    rf"{L}(?<!به )(?<!طبق )(?<!اساس )(?<!پی )(?<!از )(?<!نقل )"
    rf"(?:خواستار|درخواست|پیشنهاد|وعده|قول|دعوت|توافق|موافقت){R}"
)
_ASKED_REACH = 300
# «از ابتدای مهر تاکنون»: a date counted up to now has passed; so has the day or month
# that names an incident («سیل فروردین شیراز»), unless told as to come.
_INCIDENT_BEFORE = re.compile(rf"{L}{INCIDENT} $")
_UNTIL_NOW_AFTER = re.compile(rf" (?:تا[ {ZWNJ}]?کنون|تا به حال|تا به امروز){R}")
# An event told «در آستانه», «پیش از» or «قبل از» a date came before it: its past tense
# does not put that date in the year before.
_AHEAD_OF = re.compile(rf"{L}(?:آستانه(?:{ZWNJ}ی| ی)?|(?:پیش|قبل) از)(?: فرا[ {ZWNJ}]?رسیدن)? $")
_WEEKDAY_BEFORE = re.compile(rf"{L}(?P<wd>{WEEKDAY})(?: ?[،,\-–] ?| ?\(| )$")
_TODAY_BEFORE = re.compile(rf"{L}امروز(?: ?[(،,\-–] ?| )$")
_WEEKDAY_REACH_DAYS = 400
# Ahead of publication, about eight months: news seldom dates a day a year off with its
# weekday, so «نشست روز دوشنبه ۵ مهر برگزار شد» told five days later has its weekday
# wrong, not next year's ۵ مهر.
_WEEKDAY_AHEAD_DAYS = 240
# A date this near publication in its nearest year is that year's, whatever its weekday.
_NEAR_PUBLICATION_DAYS = 10


def resolved(
    text: str,
    start: int,
    end: int,
    spec: Spec,
    published: date | None,
    weekday_ok: bool = False,
) -> Found | None:
    """The candidate for a written date, with a weekday written just before it if any.

    None for days that do not exist («۳۱ مهر», «۳۰ اسفند ۱۳۹۶»).
    """
    if spec.day is not None and max(spec.day, spec.day_end or 0) > cal.max_month_length(
        spec.calendar, spec.month or 1
    ):
        return None
    weekday = None
    if weekday_ok and (before := _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)):
        weekday = WEEKDAYS[key(before["wd"])]
        if before.group().endswith("(") and text.startswith(")", end):
            end += 1
        start = before.start()
    if spec.year is None and published is not None:
        spec = _nearest_year(spec, published, _told_weekday(text, start, spec, published, weekday))
        spec = _ahead_if_future(text, start, end, spec, published, weekday)
    span = spec.span()
    if spec.year is not None and span is None:
        return None
    if weekday is not None and span is not None and spec.calendar == LUNAR:
        span = _lunar_on_weekday(span, weekday)
    mismatch = weekday is not None and span is not None and span[0].weekday() != weekday
    return Found(start, end, spec.calendar, spec.native(), span, mismatch, period=spec.day is None)


def year_toward(spec: Spec, published: date, ahead: bool) -> Spec:
    """«مارس گذشته», «۲۳ جولای گذشته», «مهر ماه آینده»: the last such month or day wholly
    before ``published``, or the first wholly after it."""
    base = cal.from_gregorian(spec.calendar, published)[0]
    years = range(base - 1, base + 2) if ahead else range(base + 1, base - 2, -1)
    for year in years:
        span = replace(spec, year=year).span()
        if span is not None and (span[0] > published if ahead else span[1] < published):
            return replace(spec, year=year)
    return spec


def _ahead_if_future(
    text: str, start: int, end: int, spec: Spec, published: date, weekday: int | None
) -> Spec:
    """«هفتم تیر ماه … برگزار می‌شود» told after that day has passed this year: the tense
    puts it in the next year («after it for future tense»), when no weekday has fixed it;
    «۱۰ دی ماه … برگزار شد» told before that day comes this year is last year's, unless
    the event came before the date («در آستانه ماه محرم برگزار شد»); so is a day counted
    up to now («از ابتدای مهر تاکنون»), naming an incident («سیل فروردین»), or more than
    four months ahead in a sentence told in the past."""
    span = spec.span()
    if weekday is not None or spec.year is None or span is None:
        return spec
    stop = _CLAUSE_END.search(text, end)
    verb = _VERB_AFTER.search(text, end, stop.start() if stop else len(text))
    step = _tense_step(text, start, verb, span, published) if verb else 0
    if verb and step < 0 and _to_come_later(text, end, verb):
        step = 0  # «بازی ۲۰ مهر که … لغو شده بود، ۲۵ مهر برگزار می‌شود»
    to_come = verb is not None and verb["future"] is not None
    if published < span[0] and (
        _UNTIL_NOW_AFTER.match(text, end)
        or (not to_come and _INCIDENT_BEFORE.search(text, max(0, start - 16), start))
    ):
        step = -1
    far_ahead = (span[0] - published).days > _FAR_AHEAD_DAYS
    if not step and far_ahead and _told_as_past(text, start, end):
        step = -1
    if step < 0 and _AHEAD_OF.search(text, max(0, start - 24), start):
        return spec
    if not step:
        return spec
    moved = replace(spec, year=spec.year + step)
    return moved if moved.span() is not None else spec


def _told_as_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells a date as past: the first verb after it up to the
    sentence's end is a past one, and no speech verb («… در آذر خبر داد» tells only when
    it was said), nor is «تا», «برای» or «از» before the date («تا پایان ماه ژوئن»).
    A future or present verb after it makes the past a relative clause's; a request or
    a proposal in the sentence («خواستار», «پیشنهاد») tells of a date to come."""
    if _TO_COME_BEFORE.search(text, max(0, start - 20), start):
        return False
    verb = first_verb(text, end, sentence_end(text, end))
    if verb is None or verb["past"] is None or _sets_the_date(text, start, verb):
        return False
    if _SAID.search(text, max(0, verb.start() - 8), verb.end()) is not None:
        return False
    begin = sentence_start(text, start, max(0, start - _ASKED_REACH))
    if _ASKED.search(text, begin, verb.end()):
        return False
    return not _to_come_later(text, end, verb)


def _to_come_later(text: str, end: int, verb: re.Match[str]) -> bool:
    """Whether the past ``verb`` after a date ending at ``end`` is a relative clause's,
    not the date's: a «که» opens a clause between them and a future or present verb
    follows in the sentence (states aside) («آزمون ۲۰ بهمن برای کسانی که ثبت‌نام کردند
    برگزار می‌شود»). A past joined by «و» to what is to come is the date's own («مراسم
    ۱۰ بهمن برگزار شد و تا پایان هفته ادامه خواهد داشت»)."""
    if _WHICH.search(text, end, verb.start()) is None:
        return False
    pos = verb.end()
    stop = sentence_end(text, pos)
    while (verb := first_verb(text, pos, stop, states=False)) is not None:
        if verb["past"] is None:
            return True
        pos = verb.end()
    return False


def _tense_step(text: str, start: int, verb: re.Match[str], span: Span, published: date) -> int:
    """The years the verb's tense moves a date by: ahead for a future told of a day
    passed, back for an event told as past of a day to come, unless the verb only set
    the date («برای ۲۰ مهر پیش‌بینی شده بود»)."""
    if verb["future"] and span[1] < published:
        return 1
    past = verb["past"] and not _sets_the_date(text, start, verb)
    return -1 if past and published < span[0] else 0


def _sets_the_date(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether a past verb only set or moved the date at ``start`` («تعیین شد», «به تعویق
    افتاد»); «اعلام شد», «مشخص شد» of an outcome named before the date («نتایج انتخابات
    ۱۰ بهمن اعلام شد») tell an event that has passed."""
    found = SET_BEFORE.search(text, max(0, verb.start() - 16), verb.start())
    if found is None:
        return False
    return not found["told"] or _OUTCOME_BEFORE.search(text, max(0, start - 40), start) is None


def _told_weekday(
    text: str, start: int, spec: Spec, published: date, weekday: int | None
) -> int | None:
    """The weekday that may choose the year: none when the date is told as today or its
    nearest year puts it within days of publication, where a wrong weekday would
    otherwise send it a year or more away («چهارشنبه 18 بهمن» in a festival's report of
    Thursday 18 Bahman)."""
    if weekday is None or _TODAY_BEFORE.search(text, max(0, start - 8), start):
        return None
    span = _nearest_year(spec, published, None).span()
    near = span is not None and _distance(span, published) <= _NEAR_PUBLICATION_DAYS
    return None if near else weekday


def _lunar_on_weekday(span: Span, weekday: int) -> Span:
    """Iran sights the moon itself and may start a month a day before or after Umm al-Qura:
    a written weekday one day off picks that day."""
    for shift in (0, -1, 1):
        if (span[0] + timedelta(days=shift)).weekday() == weekday:
            return span[0] + timedelta(days=shift), span[1] + timedelta(days=shift)
    return span


def _weekday_fits(calendar: str, day: date, weekday: int | None) -> bool:
    if weekday is None or day.weekday() == weekday:
        return True
    return calendar == LUNAR and (day.weekday() - weekday) % 7 in (1, 6)


@lru_cache(maxsize=1024)
def _nearest_year(spec: Spec, published: date, weekday: int | None) -> Spec:
    """The year that puts ``spec`` nearest to ``published`` (and on ``weekday``, if one fits).

    Without a weekday the neighbours of the publication year are enough, unless the
    day exists only in leap years («۳۰ اسفند», «29 فوریه»). A weekday picks only among
    the days within about a year before publication, or eight months after it: news dates
    a day without its year only when that year goes without saying, so «چهارشنبه ۳۰
    شهریور» told four days after a Thursday ۳۰ شهریور has its weekday wrong, not five
    years more.
    """
    base = cal.from_gregorian(spec.calendar, published)[0]
    reach = (1, 4, 10) if weekday is None else (10,)
    for years in reach:
        candidates = []
        for year in range(base - years, base + years + 1):
            span = replace(spec, year=year).span()
            if span is not None:
                candidates.append((_distance(span, published), span[0], year))
        fitting = [
            c
            for c in candidates
            if c[0] <= (_WEEKDAY_REACH_DAYS if c[1] <= published else _WEEKDAY_AHEAD_DAYS)
            and _weekday_fits(spec.calendar, c[1], weekday)
        ]
        if fitting or (candidates and years == reach[-1]):
            return replace(spec, year=min(fitting or candidates)[2])
    return spec


def _distance(span: Span, day: date) -> int:
    if span[0] <= day <= span[1]:
        return 0
    return min(abs((span[0] - day).days), abs((span[1] - day).days))
