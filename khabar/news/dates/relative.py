"""Find date expressions in normalized Persian news text and resolve them to dates.

Persian news writes dates in three calendars («۲۸ شهریور ۱۳۹۶», «19 سپتامبر»,
«۱۰ محرم») and relative to the day it was published («دیروز», «هفته گذشته»).
``find_dates`` finds them all and puts each on the Gregorian time line.

How values are written (``DateMention``):

* ``value`` and ``end_value`` are always Gregorian. A Gregorian text date keeps the
  precision it was written with: ``2017-09-19``, ``2017-09``, ``2017``, and ``XXXX``
  for an unknown year. A Solar or Lunar month or year is not a Gregorian month or
  year, so it becomes the exact run of Gregorian days it covers: ``value`` is the
  first day and ``end_value`` the last.
* ``native`` is the date in the calendar it was written in, as precise as written
  (``1396-06``, ``XXXX-01-10``, ``1396-06-11/1396-06-12`` for a range).
* ``solar_hijri`` is the same time in the Iranian civil calendar: a day, a whole
  month (``1396-06``), a whole year (``1396``) or ``first/last``.

Decisions:

* Without a ``published`` date, relative expressions are still found but left
  unresolved: ``value`` is None and ``relative`` is True. Dates without a year keep
  ``XXXX`` (Gregorian) or have no ``value`` (Solar, Lunar: their Gregorian day
  depends on the year).
* With ``published``, a missing year is the one that puts the date nearest to the
  publication day. A written weekday picks, among the years within ten of that,
  the nearest one where the weekday fits; if none fits, ``weekday_mismatch`` is set.
* Iran sights the moon itself, so its Lunar months may begin a day before or after
  Umm al-Qura's: a weekday written with a Lunar date that is one day off the converted
  day moves the date onto it (no mismatch, no other year). Solar and Gregorian dates
  are never moved.
* Relative weeks, months and years are Iranian ones: weeks run Saturday to Friday,
  «ماه گذشته» is the previous Solar month; «میلادی» after them makes them Gregorian.
* «N روز پیش» / «N ماه قبل» is a point (that day, that month). A count with «گذشته»,
  «آینده» («در دو سال آینده», «طی سه روز گذشته») is a duration and not a date, nor is
  a comparison's baseline («ماه مشابه سال قبل», «هفته قبل از آن»), nor «این ماه»
  / «این هفته» before «نسبت به» (the month reported on, not the current one). A bare
  «نسبت به سال گذشته» still names last year.
* A bare weekday follows the tense of its clause: the first verb after it up to the
  sentence end. «خواهد …», «قرار است» or a present «می‌…» form («برگزار می‌شود»,
  «باز می‌گردند») make it the next such day on or after publication; a past form
  («گفت», «برگزار شد», «می‌کرد»), or no verb found, the latest on or before it.
  «گذشته» is strictly before, «آینده» strictly after.
* «پایان/انتهای/آخر X» is the last day of the period X (a month, a Gregorian month,
  a season, a year, a relative week/month/year, or a bare «سال»: the current Solar
  year); «ابتدای/اول/آغاز X» its first day. «اوایل X» and «اواخر X» are its first and
  last ten days, «اواسط X» days 11–20 of a month or the ten middle days of a longer
  period. The mention starts at the modifier. A period that cannot be placed
  (no ``published``, no year) is left whole and the modifier outside the mention.
  After a unit noun the word is not a modifier («هفته آخر سال» is a week). A quarter
  or half-year is not cut: the gold annotates «تا پایان سه ماهه نخست 2019» as the
  quarter.
* Seasons are Solar quarters (بهار months 1–3 … زمستان 10–12) and need a year or a
  relative year after them («تابستان ۱۳۹۸», «زمستان امسال»); «سه ماهه نخست…پایانی»
  and «نیمه/شش ماهه نخست/دوم» + year are quarters and halves of that year's calendar.
* «D1 M1 تا D2 M2 Y» is one mention; the written year belongs to the end, and a range
  running past the last month starts the year before.
* A bare four-digit 19xx/20xx number is a Gregorian year after «سال», «فصل», «تا»,
  «از», «جام جهانی …» or «المپیک …», or before «میلادی»; never before a unit
  («۲۰۰۰ نفر», «تا 2020 مگاوات»). «فصل 2018-2019» and «سال 2016-2017» are year ranges.
* A holiday followed by its written date («عید فطر روز یکشنبه ۴ تیر») leaves the
  mention to the date.
* Two-digit years are Solar (13xx); written with a leading zero, or when 13xx
  would be far behind ``published``, 14xx.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import GREGORIAN, LUNAR, SOLAR, Span
from khabar.news.dates.lexicon import (
    CARDINAL,
    HOLIDAY,
    HOLIDAYS,
    MONTH,
    MONTHS,
    ORDINAL,
    WEEKDAY,
    WEEKDAYS,
    L,
    R,
    key,
    number_value,
)
from khabar.text.chars import ZWNJ


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: where it is, what it says, and when that is."""

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None
    calendar: str
    solar_hijri: str | None
    weekday_mismatch: bool = False
    native: str | None = None
    relative: bool = False

    def to_dict(self) -> dict:
        """Plain fields, ready for JSON."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Spec:
    """A date as written in one calendar; ``None`` parts are unknown or not given."""

    calendar: str
    year: int | None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None

    def native(self) -> str:
        head = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            head += f"-{self.month:02d}"
        if self.day is None:
            return head
        text = f"{head}-{self.day:02d}"
        return text if self.day_end is None else f"{text}/{head}-{self.day_end:02d}"

    def span(self) -> Span | None:
        if self.year is None:
            return None
        if self.month is None:
            return cal.year_span(self.calendar, self.year)
        if self.day is None:
            return cal.month_span(self.calendar, self.year, self.month)
        first = cal.to_gregorian(self.calendar, self.year, self.month, self.day)
        last = first
        if self.day_end is not None:
            last = cal.to_gregorian(self.calendar, self.year, self.month, self.day_end)
        return None if first is None or last is None else (first, last)


@dataclass(frozen=True, slots=True)
class _Found:
    """A resolved candidate before overlaps between candidates are settled."""

    start: int
    end: int
    calendar: str
    native: str | None
    span: Span | None
    mismatch: bool = False
    relative: bool = False
    # A whole named period (month, season, year, week) that «پایان», «اوایل»… can cut.
    period: bool = False


# Python's \d takes Persian and Arabic-Indic digits too, and int() reads them.
_DAY = rf"(?:\d{{1,2}}(?!\d)|{ORDINAL})"
# A plain «هجری» in Iranian text means the Solar era.
_YEAR_SUFFIX = {
    GREGORIAN: "میلادی",
    SOLAR: r"هجری شمسی|هجری خورشیدی|شمسی|خورشیدی|ه\.\s?ش\.?|هجری",
    LUNAR: r"هجری قمری|قمری|ه\.\s?ق\.?",
}
_YEAR_DIGITS = {
    GREGORIAN: r"(?:[1۱][89۸۹]|[2۲][01۰۱])\d\d",
    SOLAR: r"[1۱][2-5۲-۵]\d\d|\d\d",
    LUNAR: r"[1۱][2-5۲-۵]\d\d",
}
_REL_YEAR = {
    "امسال": 0,
    "سالجاری": 0,
    "پارسال": -1,
    "سالگذشته": -1,
    "سالقبل": -1,
    "سالپیش": -1,
    "سالآینده": 1,
    "سالآتی": 1,
    "سالبعد": 1,
}
_REL_YEAR_RE = r"امسال|پارسال|سال (?:جاری|گذشته|قبل|پیش|آینده|آتی|بعد)"


def _after_month(calendar: str) -> re.Pattern[str]:
    """What may follow a month name: «ماه», then a year with its era, or «امسال»."""
    return re.compile(
        rf"(?P<mah>[ {ZWNJ}]?ماه{R})?"
        rf"(?:(?: سال)? (?P<year>{_YEAR_DIGITS[calendar]})(?![\d/.\-])"
        rf"(?: (?P<era>{_YEAR_SUFFIX[calendar]}){R})?"
        rf"| (?P<rel>{_REL_YEAR_RE}){R})?"
    )


_AFTER_MONTH = {c: _after_month(c) for c in (GREGORIAN, SOLAR, LUNAR)}
# «شهریورماه» is written glued as often as not.
_MONTH_RE = re.compile(rf"{L}(?:{MONTH})(?:{R}|(?=[{ZWNJ}]?ماه{R}))")
_HOLIDAY_RE = re.compile(rf"{L}(?:{HOLIDAY}){R}")
_DAYS_BEFORE = re.compile(rf"{L}(?<![\d/.\-:])(?P<d1>{_DAY})(?: ?(?:-|–|تا|و) ?(?P<d2>{_DAY}))? $")
_RANGE_TO = re.compile(rf" ?(?:-|–|تا) ?(?P<d>{_DAY}) (?P<m>{MONTH})(?:{R}|(?=[{ZWNJ}]?ماه{R}))")
_MONTH_TO = re.compile(rf" ?(?:-|–|تا) ?(?P<m>{MONTH})(?:{R}|(?=[{ZWNJ}]?ماه{R}))")
_MONTH_CONTEXT_BEFORE = re.compile(
    rf"{L}(?:(?P<mah>ماه(?: مبارک)? )|(?:اوایل|اوائل|اواسط|اواخر|ابتدای|آغاز|پایان|انتهای|آخر"
    rf"|نیمه(?:{ZWNJ}ی)?|روزهای) )$"
)
_WEEKDAY_BEFORE = re.compile(rf"{L}(?P<wd>{WEEKDAY})(?: ?[،,\-–] ?| ?\(| )$")
_NOT_A_DATE_BEFORE = re.compile(rf"{L}(?:خبرگزاری|گزارش|نقل از|خبرنگار|امام|نماز|ائمه|خطیب) $")
_NUMERIC_RE = re.compile(r"(?<![\d/.\-])(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?!\d|[/.\-]\d)")
_YEAR_RE = re.compile(
    rf"{L}(?:سال (?P<y>\d{{4}}|\d\d)|(?P<bare>\d{{4}}))(?:[-–](?P<y2>\d{{4}}))?(?![\d/.\-])"
    rf"(?: (?P<era>{_YEAR_SUFFIX[SOLAR]}|{_YEAR_SUFFIX[LUNAR]}|{_YEAR_SUFFIX[GREGORIAN]}){R})?"
)
# A bare «۲۰۱۸» is a year only where dates stand: «جام جهانی ۲۰۱۸», «فصل 2018-2019».
_GREGORIAN_YEAR = re.compile(_YEAR_DIGITS[GREGORIAN])
_YEAR_CONTEXT_BEFORE = re.compile(
    rf"{L}(?:(?P<season>فصل)|سال|تا|از|(?:جام جهانی|المپیک)(?: \w+)?"
    # A boundary of it: «تا پایان ۲۰۲۵», «اوایل 2019».
    rf"|پایان|انتهای|ابتدای|آغاز|اوایل|اواسط|اواخر) $"
)
# A year in the name of a law, treaty or event, in either era: «معاهده ۱۳۵۱ هیرمند»,
# «لایحه بودجه ۱۴۰۲», «انتخابات 2020», «بازی‌های آسیایی ۲۰۲۲», «حج تمتع ۱۴۰۲».
_NAMED_YEAR_BEFORE = re.compile(
    rf"{L}(?:معاهده|پیمان|قرارداد|قانون|بودجه|انقلاب|کودتای|زلزله|انتخابات|سرشماری"
    rf"|بازی[ {ZWNJ}]?های (?:آسیایی|المپیک|پارالمپیک)|حج(?: تمتع)?)"
    rf"(?: سال)? $"
)
# ... and never when it counts something: «۲۰۰۰ نفر», «تا ۲۰۱۸ مگاوات».
_UNIT_AFTER = re.compile(
    rf" ?(?:درصد|تومان|دلار|ریال|یورو|پوند|نفر|میلیون|میلیارد|هزار|مگاوات|کیلووات|گیگاوات"
    rf"|کیلومتر|متر|تن|بشکه|کیلوگرم|گرم|لیتر|هکتار|عدد|دستگاه|واحد|مورد|رأی|رای|امتیاز|دوز"
    rf"|سال|روز|ماه|ساعت|دقیقه){R}"
)
_REL_DAY = {
    "پریروز": -2,
    "دیروز": -1,
    "دیشب": -1,
    "روزگذشته": -1,
    "شبگذشته": -1,
    "امروز": 0,
    "امشب": 0,
    "فردا": 1,
    "پسفردا": 2,
}
_REL_DAY_RE = re.compile(
    rf"{L}(?P<w>پریروز|دیروز|دیشب|(?:روز|شب) گذشته|امروز|امشب|فردا|پس[ {ZWNJ}]?فردا){R}"
    rf"(?: ?[،,]? ?(?P<open>\()?(?P<wd>{WEEKDAY}){R}(?(open)\)))?"
)
_DIRECTIONS = {
    "گذشته": "past",
    "پیش": "ago",
    "قبل": "ago",
    "آینده": "next",
    "آتی": "next",
    "دیگر": "later",
    "جاری": "this",
}
_PERIOD_RE = re.compile(
    rf"{L}(?:(?P<n>\d{{1,3}}|{CARDINAL}) )?(?P<unit>روز|هفته|ماه|سال)(?:{ZWNJ}ی| ی)?"
    rf" (?P<dir>{'|'.join(_DIRECTIONS)}){R}(?: (?P<era>میلادی){R})?"
)
_SAME_PERIOD = re.compile(r"همین (?P<unit>ماه|سال)")
_SAME_REACH = 300  # characters: the sentence or two after the period was named
_THIS_PERIOD_RE = re.compile(
    rf"{L}(?:(?:این|همین) (?P<unit>هفته|ماه|سال)|(?P<word>امسال|پارسال))(?: (?P<era>میلادی))?{R}"
)
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
}
_BOUNDARY_BEFORE = re.compile(
    rf"{L}(?<!هفته )(?<!ماه )(?<!روز )(?<!روزهای )(?<!فصل )(?<!سال )(?<!نیمه )"
    rf"(?P<w>{'|'.join(_BOUNDARY)}) $"
)
# «پایان سال»: the current year, unless it is another kind of year.
_BARE_YEAR_RE = re.compile(rf"سال(?: (?P<era>میلادی))?{R}(?! (?:تحصیلی|زراعی|آبی|مالی|\d))")
# Seasons are the Solar quarters; «سه ماهه نخست» and «نیمه دوم» cut a year of either calendar.
_SEASONS = {"بهار": 1, "تابستان": 2, "پاییز": 3, "پائیز": 3, "زمستان": 4}
_PARTS = {"نخست": 1, "اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پایانی": 0, "آخر": 0}
_PART = "|".join(_PARTS)
_SEASON_RE = re.compile(
    rf"(?:(?P<season>{'|'.join(_SEASONS)})|(?P<size>سه|شش)[ {ZWNJ}]?ماهه? (?P<ord>{_PART})"
    rf"|نیمه(?:{ZWNJ}ی| ی)? (?P<half>{_PART})){R}(?: سال)?"
    rf" (?:(?P<year>{_YEAR_DIGITS[GREGORIAN]}|{_YEAR_DIGITS[SOLAR]})(?![\d/.\-])"
    rf"(?: (?P<era>{_YEAR_SUFFIX[SOLAR]}|{_YEAR_SUFFIX[GREGORIAN]}){R})?"
    rf"|(?P<rel>{_REL_YEAR_RE}){R}(?: (?P<relera>میلادی){R})?"
    rf"|(?P<near>آینده|آتی|پیش[ {ZWNJ}]?رو|گذشته|پیش|قبل){R})"
)
# A comparison's baseline is not a date of its own: «ماه مشابه سال قبل», «هفته قبل از آن».
_COUNT_BEFORE = re.compile(rf"{L}(?:\d+|{CARDINAL}) $")
_BASELINE_BEFORE = re.compile(rf"{L}مشابه $")
_OTHER_ANCHOR_AFTER = re.compile(rf" (?:از|پس از|بعد از) آن{R}")
# «دو روز پیش از اجرا»: counted back from another event, not from publication («دو روز
# پیش از سوی وزارت …» is by someone).
_BEFORE_AN_EVENT = re.compile(rf" از{R}(?! سوی{R})")
# «تا دو هفته دیگر», «برای سه سال دیگر»: how long, not when.
_SPAN_BEFORE = re.compile(rf"{L}(?:تا|برای|طی|ظرف) $")
_COMPARED_AFTER = re.compile(rf" نسبت به{R}")
# A holiday followed by its written date: the date is the mention («عید غدیر روز پنجشنبه ۱۸ …»).
_DATE_AFTER_HOLIDAY = re.compile(
    rf"[ ،,(]*(?:روز )?(?:(?:{WEEKDAY}){R}[ ،,(]*)?(?:\d{{1,2}}(?!\d)|{ORDINAL}{R})"
)
# The tense of a bare weekday's clause: its first verb after the weekday.
_CLAUSE_END = re.compile(r"[.!?؟\n]")
_PAST_STEMS = (
    "شد|کرد|بود|رفت|گفت|داشت|داد|آمد|گرفت|رسید|خواست|توانست|زد|ماند|کشید|گشت|یافت|نمود"
    "|گذاشت|ساخت|دید|پرداخت|افتاد|برد|آورد|نشست|پذیرفت|انجامید"
)
_TENSE_RE = re.compile(
    rf"{L}(?:(?P<future>ن?خواه(?:م|ی|د|یم|ید|ند)|قرار است)"
    rf"|(?P<past>ن?(?:می[{ZWNJ} ])?(?:{_PAST_STEMS})(?:ه|م|ی|یم|ید|ند)?)"
    rf"|(?P<present>ن?می[{ZWNJ} ](?!\d)\w+)"
    # A preverb glued before «می»: «بازمی‌گردد», «برمی‌گردند», «درمی‌آید».
    rf"|(?P<preverb>(?:باز|بر|در|فرا|وا)ن?می[{ZWNJ} ]?\w+)){R}"
)
# «برای روز چهارشنبه به دادسرا احضار شده است»: a day something is set for is to come.
_APPOINTED = re.compile(rf"{L}برای (?:روز )?$")
# «قرار است پنجشنبه … سفر کند»: what is planned before the weekday is to come.
_PLANNED = re.compile(rf"{L}قرار (?:است|شده(?: است)?)(?: [^\s.،]+)? (?:{WEEKDAY})?$")
_WEEKDAY_RE = re.compile(
    rf"{L}(?P<wd>{WEEKDAY}){R}(?: (?P<rel>(?:هفته(?:{ZWNJ}ی| ی)? )?(?:گذشته|پیش|قبل|آینده|آتی|جاری)"
    rf"|این هفته){R})?"
)


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` when given.

    One pass of a trigger regex finds the words a date can hang on; only there are the
    detailed patterns tried. Where two readings overlap the longer one wins:
    «سه‌شنبه ۲۸ شهریور» is one mention, not a weekday and a date.
    """
    if isinstance(published, datetime):
        published = published.date()
    found = []
    for trigger in _TRIGGER.finditer(text):
        for finder in _FINDERS[trigger.lastgroup or ""]:
            candidate = finder(text, trigger.start(), published)
            if candidate is not None:
                found.append(_bounded(text, candidate))
    found = _with_equivalents(text, _without_overlaps(found))
    found = [_as_spoken(text, f) for f in found]
    return [_mention(text, f) for f in _same_as_before(text, found)]


def _quote_opening(text: str, at: int) -> int | None:
    """Where the «…» holding offset ``at`` opens, within its paragraph."""
    paragraph = text.rfind("\n", 0, at) + 1
    opening = text.rfind("«", paragraph, at)
    if opening < 0 or text.find("»", opening, at) >= 0:
        return None
    return opening


def _as_spoken(text: str, f: _Found) -> _Found:
    """«امروز» in words quoted as said «دیروز» is the day before publication: a day
    word inside «…» counts from the day the clause introducing the quote names."""
    if f.span is None or f.span[0] != f.span[1] or not _REL_DAY_RE.fullmatch(text, f.start, f.end):
        return f
    opening = _quote_opening(text, f.start)
    if opening is None:
        return f
    intro = max(text.rfind(end, 0, opening) for end in ".!?؟\n") + 1
    said = _REL_DAY_RE.search(text, intro, opening)
    if said is None or (shift := _REL_DAY[key(said["w"])]) == 0:
        return f
    day = f.span[0] + timedelta(days=shift)
    return replace(f, span=(day, day))


# «۲۴ رمضان (۹ خرداد)»: the same day in another calendar, in brackets after it.
_BRACKETED = re.compile(r" ?\( ?")
_BRACKET_CLOSE = re.compile(r" ?\)")


def _with_equivalents(text: str, found: list[_Found]) -> list[_Found]:
    """A day followed by the same day (a day either way, as Lunar dates go) in another
    calendar in brackets is one mention, as the gold writes it; a Lunar day takes the
    bracketed day, since Iran's Lunar months may start a day off the tables."""
    kept: list[_Found] = []
    for f in found:
        last = kept[-1] if kept else None
        close = _BRACKET_CLOSE.match(text, f.end)
        if (
            last is not None
            and close is not None
            and _BRACKETED.fullmatch(text, last.end, f.start)
            and _same_day(last, f)
        ):
            span = f.span if last.calendar == LUNAR else last.span
            kept[-1] = replace(last, end=close.end(), span=span)
            continue
        kept.append(f)
    return kept


def _same_day(a: _Found, b: _Found) -> bool:
    if a.calendar == b.calendar or a.span is None or b.span is None:
        return False
    if a.span[0] != a.span[1] or b.span[0] != b.span[1]:
        return False
    return abs((a.span[0] - b.span[0]).days) <= 1


def _same_as_before(text: str, found: list[_Found]) -> list[_Found]:
    """«همین ماه» or «همین سال» soon after a month or year was named is that one
    («تورم ماهانه آذر … نرخ تورم دوازده‌ماهه در همین ماه»), not the current one."""
    kept: list[_Found] = []
    for f in found:
        same = _SAME_PERIOD.match(text, f.start)
        last = kept[-1] if kept else None
        if same and last and last.period and not last.relative and last.span:
            days = (last.span[1] - last.span[0]).days + 1
            fits = 28 <= days <= 31 if same["unit"] == "ماه" else days >= 365
            if fits and f.start - last.end <= _SAME_REACH:
                f = replace(f, calendar=last.calendar, native=last.native, span=last.span)
        kept.append(f)
    return kept


def _bounded(text: str, f: _Found) -> _Found:
    """«پایان X», «ابتدای X», «اوایل/اواسط/اواخر X»: that part of the period X.

    The last or first day; the first or last ten days; days 11–20 of a month, or the
    ten days around the middle of a longer period. Periods not known as days (no
    ``published`` to place them) are left as they are.
    """
    if not f.period or f.span is None:
        return f
    m = _BOUNDARY_BEFORE.search(text, max(0, f.start - 12), f.start)
    if m is None:
        return f
    first, last = f.span
    part, ten = _BOUNDARY[m["w"]], timedelta(days=9)
    if part == "first":
        span = (first, first)
    elif part == "last":
        span = (last, last)
    elif part == "early":
        span = (first, min(first + ten, last))
    elif part == "late":
        span = (max(last - ten, first), last)
    else:
        length = (last - first).days + 1
        middle = first + timedelta(days=10 if length <= 31 else (length - 10) // 2)
        span = (middle, min(middle + ten, last))
    return replace(f, start=m.start(), native=cal.label(f.calendar, span), span=span, period=False)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Left to right; of two overlapping candidates the longer stays."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.start - f.end)):
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _mention(text: str, f: _Found) -> DateMention:
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


# Written dates ---------------------------------------------------------------------------


def _month_dates(text: str, pos: int, published: date | None) -> _Found | None:
    """«۲۸ شهریور ۱۳۹۶», «سه شنبه (19 سپتامبر)», «11-12 سپتامبر», «ماه رمضان»."""
    m = _MONTH_RE.match(text, pos)
    if m is None:
        return None
    calendar, month, ambiguous = MONTHS[key(m.group())]
    start, window = m.start(), max(0, m.start() - 48)
    days = _DAYS_BEFORE.search(text, window, start)
    context = None if days else _MONTH_CONTEXT_BEFORE.search(text, window, start)
    after = _AFTER_MONTH[calendar].match(text, m.end())
    if not days and _NOT_A_DATE_BEFORE.search(text, window, start):
        return None
    if not (days or after["year"] or after["rel"]) and (to := _MONTH_TO.match(text, after.end())):
        ranged = _months_range(text, start, calendar, month, to, published)
        if ranged is not None:
            return ranged
    has_more = days or context or after["mah"] or after["year"] or after["rel"]
    if ambiguous and not has_more and not _named_before(text, m.group(), start):
        return None
    day = day_end = None
    if days:
        start, day, day_end = _day_range(days)
    elif context and context["mah"]:
        start = context.start()
    year = _written_year(calendar, after, published)
    spec = _Spec(calendar, year, month, day, day_end)
    if days and day_end is None and (to := _RANGE_TO.match(text, after.end())):
        ranged = _month_range(text, start, spec, to, published)
        if ranged is not None:
            return ranged
    return _resolved(text, start, after.end(), spec, published, weekday_ok=bool(days))


def _month_range(
    text: str, start: int, spec: _Spec, to: re.Match[str], published: date | None
) -> _Found | None:
    """«۱۵ صفر تا ۵ ربیع‌الاول», «۲۸ شهریور تا ۲ مهر ۱۳۹۶»: one span, the year shared.

    A range that runs past the year's last month («۲۸ اسفند تا ۵ فروردین ۱۳۹۷») starts
    in the year before the one written at its end.
    """
    calendar, month2, _ = MONTHS[key(to["m"])]
    if calendar != spec.calendar:
        return None
    day2 = number_value(to["d"])
    after = _AFTER_MONTH[calendar].match(text, to.end())
    year2 = _written_year(calendar, after, published)
    wraps = (month2, day2) <= (spec.month or 0, spec.day or 0)
    if spec.year is None and year2 is not None:
        spec = replace(spec, year=year2 - wraps)
    first = _resolved(text, start, to.start(), spec, published, weekday_ok=True)
    if first is None or first.native is None or day2 > cal.max_month_length(calendar, month2):
        return None
    year1 = None if first.native.startswith("X") else int(first.native[:4])
    if year2 is None and year1 is not None:
        year2 = year1 + wraps
    second = _Spec(calendar, year2, month2, day2)
    span2 = second.span()
    if year2 is not None and span2 is None:
        return None
    span = None if first.span is None or span2 is None else (first.span[0], span2[1])
    native = f"{first.native}/{second.native()}"
    return _Found(first.start, after.end(), calendar, native, span, first.mismatch)


def _named_before(text: str, name: str, at: int) -> bool:
    """Whether the text named this month as a date before ``at`` («تورم نقطه‌ای در آذر
    ماه امسال … تورم ماهانه آذر»): then the bare name is that month again."""
    month = re.escape(name)
    dated = rf"{L}(?:\d{{1,2}} {month}{R}|{month}(?:[ {ZWNJ}]?ماه{R}| \d{{2,4}}(?!\d)))"
    return re.search(dated, text[:at]) is not None


def _months_range(
    text: str, start: int, calendar: str, month: int, to: re.Match[str], published: date | None
) -> _Found | None:
    """«آوریل تا اوت 2023», «فروردین تا خرداد ۱۴۰۲»: whole months sharing the year written
    after the last; a run past the year's last month starts the year before."""
    calendar2, month2, _ = MONTHS[key(to["m"])]
    after = _AFTER_MONTH[calendar].match(text, to.end())
    year2 = _written_year(calendar, after, published) if calendar2 == calendar else None
    if year2 is None or month2 == month:
        return None
    first = _Spec(calendar, year2 - (month2 < month), month)
    last = _Spec(calendar, year2, month2)
    spans = first.span(), last.span()
    if spans[0] is None or spans[1] is None:
        return None
    native = f"{first.native()}/{last.native()}"
    return _Found(start, after.end(), calendar, native, (spans[0][0], spans[1][1]))


def _day_range(days: re.Match[str]) -> tuple[int, int, int | None]:
    """Start offset, first and last day of «۱۱-۱۲», «۱۱ تا ۱۲»; a falling pair is one day."""
    first = number_value(days["d1"])
    if days["d2"] is None:
        return days.start(), first, None
    last = number_value(days["d2"])
    if last <= first:
        return days.start("d2"), last, None
    return days.start(), first, last


def _written_year(calendar: str, after: re.Match[str], published: date | None) -> int | None:
    if after["year"]:
        return _full_year(after["year"], published)
    if after["rel"] and published is not None:
        return cal.from_gregorian(calendar, published)[0] + _REL_YEAR[key(after["rel"])]
    return None


def _full_year(digits: str, published: date | None) -> int:
    """A four-digit year as is; a two-digit one is Solar, 13xx unless that cannot be meant."""
    year = int(digits)
    if len(digits) > 2:
        return year
    if digits.startswith(("0", "۰")):
        return 1400 + year
    if published is not None and cal.from_gregorian(SOLAR, published)[0] - (1300 + year) > 50:
        return 1400 + year
    return 1300 + year


def _numeric_dates(text: str, pos: int, published: date | None) -> _Found | None:
    """«1396/06/28», «۹۶/۶/۲۸», «2017-09-19», «19/09/2017»."""
    m = _NUMERIC_RE.match(text, pos)
    if m is None:
        return None
    spec = _numeric_spec(m[1], m[2], m[3], m[4], published)
    if spec is None:
        return None
    return _resolved(text, m.start(), m.end(), spec, published, weekday_ok=True)


def _numeric_spec(a: str, sep: str, b: str, c: str, published: date | None) -> _Spec | None:
    """Year first (Y/M/D) or last (D/M/Y, M/D/Y when only that fits); 13xx/14xx are Solar."""
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, month, day = int(c), int(b), int(a)
        if month > 12 >= day:
            month, day = day, month
    elif len(a) == 2 and len(c) <= 2 and sep == "/":
        year, month, day = _full_year(a, published), int(b), int(c)
    else:
        return None
    calendar = SOLAR if 1200 <= year < 1600 else GREGORIAN if 1800 <= year < 2200 else None
    if calendar is None or not 1 <= month <= 12:
        return None
    return _Spec(calendar, year, month, day)


def _years(text: str, pos: int, published: date | None) -> _Found | None:
    """«سال ۸۷», «سال ۲۰۱۷», «۱۳۹۶ هجری شمسی», «۱۴۳۹ قمری»."""
    m = _YEAR_RE.match(text, pos)
    if m is None:
        return None
    digits, start = m["y"] or m["bare"], m.start()
    if m["bare"] and not m["era"]:
        context = _YEAR_CONTEXT_BEFORE.search(text, max(0, start - 24), start)
        dated = context and _GREGORIAN_YEAR.fullmatch(digits)
        named = _NAMED_YEAR_BEFORE.search(text, max(0, start - 24), start)
        if not (dated or named) or _UNIT_AFTER.match(text, m.end()):
            return None
        if context and context["season"]:
            start = context.start()
    year = _full_year(digits, published)
    calendar = _year_calendar(year, m["era"])
    if calendar is None:
        return None
    found = _resolved(text, start, m.end(), _Spec(calendar, year), published)
    if found is None or not m["y2"]:
        return found
    last = int(m["y2"])
    if not year < last <= year + 10 or (span := cal.year_span(calendar, last)) is None:
        return None
    assert found.span is not None  # a written year
    return replace(found, native=f"{found.native}/{last:04d}", span=(found.span[0], span[1]))


def _year_calendar(year: int, era: str | None) -> str | None:
    for calendar in (LUNAR, GREGORIAN, SOLAR):
        if era and re.fullmatch(_YEAR_SUFFIX[calendar], era):
            return calendar
    if 1200 <= year < 1600:
        return SOLAR
    # No Solar or Lunar year has reached 16xx: «سال ۱۷۵۵» is Gregorian.
    return GREGORIAN if 1600 <= year < 2200 else None


def _holidays(text: str, pos: int, published: date | None) -> _Found | None:
    """«عید فطر», «نوروز ۹۷», «روز عاشورا»: named days of a known month and day."""
    m = _HOLIDAY_RE.match(text, pos)
    if m is None:
        return None
    calendar, month, day = HOLIDAYS[key(m.group())]
    after = _AFTER_MONTH[calendar].match(text, m.end())
    if _DATE_AFTER_HOLIDAY.match(text, after.end()):
        return None
    spec = _Spec(calendar, _written_year(calendar, after, published), month, day)
    return _resolved(text, m.start(), after.end(), spec, published)


def _resolved(
    text: str,
    start: int,
    end: int,
    spec: _Spec,
    published: date | None,
    weekday_ok: bool = False,
) -> _Found | None:
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
        spec = _nearest_year(spec, published, weekday)
    span = spec.span()
    if spec.year is not None and span is None:
        return None
    if weekday is not None and span is not None and spec.calendar == LUNAR:
        span = _lunar_on_weekday(span, weekday)
    mismatch = weekday is not None and span is not None and span[0].weekday() != weekday
    return _Found(start, end, spec.calendar, spec.native(), span, mismatch, period=spec.day is None)


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
def _nearest_year(spec: _Spec, published: date, weekday: int | None) -> _Spec:
    """The year that puts ``spec`` nearest to ``published`` (and on ``weekday``, if one fits).

    Without a weekday the neighbours of the publication year are enough, unless the
    day exists only in leap years («۳۰ اسفند», «29 فوریه»).
    """
    base = cal.from_gregorian(spec.calendar, published)[0]
    reach = (1, 4, 10) if weekday is None else (10,)
    for years in reach:
        candidates = []
        for year in range(base - years, base + years + 1):
            span = replace(spec, year=year).span()
            if span is not None:
                candidates.append((_distance(span, published), span[0], year))
        fitting = [c for c in candidates if _weekday_fits(spec.calendar, c[1], weekday)]
        if fitting or (candidates and years == reach[-1]):
            return replace(spec, year=min(fitting or candidates)[2])
    return spec


def _distance(span: Span, day: date) -> int:
    if span[0] <= day <= span[1]:
        return 0
    return min(abs((span[0] - day).days), abs((span[1] - day).days))


# Relative dates --------------------------------------------------------------------------


def _relative(
    start: int,
    end: int,
    span: Span | None,
    calendar: str = SOLAR,
    mismatch: bool = False,
    period: bool = False,
) -> _Found:
    native = None if span is None else cal.label(calendar, span)
    return _Found(start, end, calendar, native, span, mismatch, relative=True, period=period)


def _relative_days(text: str, pos: int, published: date | None) -> _Found | None:
    """«دیروز», «امروز (سه‌شنبه)», «پس‌فردا»."""
    m = _REL_DAY_RE.match(text, pos)
    if m is None:
        return None
    if m["w"].startswith(("روز", "شب")) and _COUNT_BEFORE.search(text, max(0, pos - 16), pos):
        return None  # «سه روز گذشته» is a duration, not yesterday
    if published is None:
        return _relative(m.start(), m.end(), None)
    day = published + timedelta(days=_REL_DAY[key(m["w"])])
    mismatch = m["wd"] is not None and WEEKDAYS[key(m["wd"])] != day.weekday()
    return _relative(m.start(), m.end(), (day, day), mismatch=mismatch)


def _relative_periods(text: str, pos: int, published: date | None) -> _Found | None:
    """«هفته گذشته», «ماه آینده», «دو روز پیش», «۳ هفته قبل», «سال گذشته میلادی»."""
    m = _PERIOD_RE.match(text, pos)
    if m is None:
        return None
    if m["unit"] == "روز" and m["n"] is None:
        return None  # «روز گذشته» is yesterday, found with the other days; «روز بعد» is narrative
    direction = _DIRECTIONS[m["dir"]]
    if m["n"] is not None and direction in ("past", "next"):
        return None  # «در دو سال گذشته», «تا سه روز آینده»: a duration, not a date
    if m["n"] is None and _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # the tail of a counted period: «دو سال آینده», «۲۰۰۰ سال پیش»
    if m["n"] is not None and _counted_from_elsewhere(text, m, direction):
        return None
    if _BASELINE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _OTHER_ANCHOR_AFTER.match(
        text, m.end()
    ):
        return None
    calendar = GREGORIAN if m["era"] else SOLAR
    span = None
    if published is not None:
        count = 1 if m["n"] is None else number_value(m["n"])
        span = _period_span(calendar, published, m["unit"], direction, count, bool(m["n"]))
    return _relative(m.start(), m.end(), span, calendar, period=m["n"] is None)


def _counted_from_elsewhere(text: str, m: re.Match[str], direction: str) -> bool:
    """A counted period that is no date: back from another event («دو روز پیش از اجرا»)
    or a stretch of time ahead («تا دو هفته دیگر», «برای سه سال دیگر»)."""
    if direction == "ago":
        return _BEFORE_AN_EVENT.match(text, m.end()) is not None
    before = _SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start())
    return direction == "later" and before is not None


def _this_periods(text: str, pos: int, published: date | None) -> _Found | None:
    """«این هفته», «همین ماه», «امسال», «پارسال»."""
    m = _THIS_PERIOD_RE.match(text, pos)
    if m is None:
        return None
    if m["unit"] in ("هفته", "ماه") and _COMPARED_AFTER.match(text, m.end()):
        return None  # «این ماه نسبت به ماه مشابه …»: the month reported on, not this one
    calendar = GREGORIAN if m["era"] else SOLAR
    span = None
    if published is not None:
        unit = m["unit"] or "سال"
        direction = "ago" if m["word"] == "پارسال" else "this"
        span = _period_span(calendar, published, unit, direction, 1, counted=False)
    return _relative(m.start(), m.end(), span, calendar, period=True)


def _boundary_years(text: str, pos: int, published: date | None) -> _Found | None:
    """«پایان سال», «ابتدای سال میلادی»: a boundary of the current year."""
    m = _BARE_YEAR_RE.match(text, pos)
    if m is None or not (before := _BOUNDARY_BEFORE.search(text, max(0, pos - 12), pos)):
        return None
    calendar = GREGORIAN if m["era"] else SOLAR
    if published is None:
        return _relative(before.start(), m.end(), None, calendar)
    span = _unit_span(calendar, "سال", published, 0)
    return _relative(m.start(), m.end(), span, calendar, period=True)


def _nearest_season_year(n: int, near: str, published: date | None) -> int | None:
    """The Solar year of the season «تابستان آینده» or «زمستان گذشته» means: the next one
    to begin after ``published``, or the last one to end before it."""
    if published is None:
        return None
    year = cal.from_gregorian(SOLAR, published)[0]
    first, _ = cal.month_span(SOLAR, year, 3 * (n - 1) + 1)
    _, last = cal.month_span(SOLAR, year, 3 * n)
    if near in ("آینده", "آتی") or near.endswith("رو"):
        return year if first > published else year + 1
    return year if last < published else year - 1


def _season_around(n: int, published: date) -> Span:
    """The days of season ``n`` nearest ``published``: the one it falls in, else the
    nearer of the last to end and the next to begin."""

    def span(year: int) -> Span:
        return cal.month_span(SOLAR, year, 3 * n - 2)[0], cal.month_span(SOLAR, year, 3 * n)[1]

    def distance(s: Span) -> int:
        return max((s[0] - published).days, (published - s[1]).days, 0)

    year = cal.from_gregorian(SOLAR, published)[0]
    return min((span(y) for y in (year - 1, year, year + 1)), key=distance)


# A season without a year is a date where a boundary word cuts it («تا پایان زمستان»);
# alone («در زمستان مصرف گاز بالا می‌رود») it is any winter.
_BARE_SEASON_RE = re.compile(rf"(?P<season>{'|'.join(_SEASONS)}){R}")


def _bare_season(text: str, pos: int, published: date | None) -> _Found | None:
    """«پایان زمستان», «اواخر پاییز»: the season nearest the publication day."""
    m = _BARE_SEASON_RE.match(text, pos)
    if m is None or published is None:
        return None
    if not _BOUNDARY_BEFORE.search(text, max(0, pos - 12), pos):
        return None
    span = _season_around(_SEASONS[m["season"]], published)
    return _Found(m.start(), m.end(), SOLAR, cal.label(SOLAR, span), span, period=True)


def _seasons(text: str, pos: int, published: date | None) -> _Found | None:
    """«تابستان ۱۳۹۸», «زمستان امسال», «سه ماهه نخست 2019», «نیمه دوم سال جاری»."""
    m = _SEASON_RE.match(text, pos)
    if m is None:
        return _bare_season(text, pos, published)
    if m["near"]:
        if not m["season"]:
            return None
        calendar = SOLAR
        year = _nearest_season_year(_SEASONS[m["season"]], m["near"], published)
    elif m["year"]:
        year: int | None = _full_year(m["year"], published)
        calendar = _year_calendar(year, m["era"])
    else:
        calendar = GREGORIAN if m["relera"] else SOLAR
        year = None
        if published is not None:
            year = cal.from_gregorian(calendar, published)[0] + _REL_YEAR[key(m["rel"])]
    if m["season"]:
        size, n = 3, _SEASONS[m["season"]]
    else:
        size = 3 if m["size"] == "سه" else 6
        n = _PARTS[m["ord"] or m["half"]] or 12 // size
    if calendar not in (SOLAR, GREGORIAN) or (m["season"] and calendar != SOLAR) or n * size > 12:
        return None
    span = None
    if year is not None:
        first = cal.month_span(calendar, year, size * (n - 1) + 1)
        last = cal.month_span(calendar, year, size * n)
        if first is None or last is None:
            return None
        span = (first[0], last[1])
    native = None if span is None else cal.label(calendar, span)
    # A season can be cut by «پایان»; a quarter is already a cut of its year.
    return _Found(
        m.start(),
        m.end(),
        calendar,
        native,
        span,
        relative=bool(m["rel"] or m["near"]),
        period=bool(m["season"]),
    )


def _period_span(calendar: str, p: date, unit: str, direction: str, n: int, counted: bool) -> Span:
    """The time a relative period names, counted from the publication day ``p``.

    Uncounted periods («هفته گذشته», «امسال») are whole calendar weeks, months and
    years. Counted ones are a point back or ahead («دو ماه پیش»: that month); counted
    runs up to or from ``p`` («در سه روز گذشته») are durations and never get here.
    """
    steps = 0 if direction == "this" else -n if direction in ("past", "ago") else n
    if not counted:
        return _unit_span(calendar, unit, p, steps)
    moved = _shift(calendar, unit, p, steps)
    return (moved, moved) if unit in ("روز", "هفته") else _unit_span(calendar, unit, moved, 0)


def _shift(calendar: str, unit: str, day: date, steps: int) -> date:
    if unit in ("روز", "هفته"):
        return day + timedelta(days=steps * (7 if unit == "هفته" else 1))
    return cal.shift_months(calendar, day, steps * (12 if unit == "سال" else 1))


def _unit_span(calendar: str, unit: str, day: date, steps: int) -> Span:
    """The whole week, month or year ``steps`` units away from the one holding ``day``."""
    if unit == "هفته":
        first = _week_start(day) + timedelta(days=7 * steps)
        return first, first + timedelta(days=6)
    year, month, _ = cal.from_gregorian(calendar, _shift(calendar, unit, day, steps))
    span = cal.year_span(calendar, year) if unit == "سال" else cal.month_span(calendar, year, month)
    assert span is not None  # built from a real day
    return span


def _week_start(day: date) -> date:
    """The Saturday that opens the Iranian week holding ``day``."""
    return day - timedelta(days=(day.weekday() - 5) % 7)


def _weekdays(text: str, pos: int, published: date | None) -> _Found | None:
    """«روز سه‌شنبه», «سه شنبه گذشته», «پنج‌شنبه هفته آینده»; not «نماز جمعه»."""
    m = _WEEKDAY_RE.match(text, pos)
    if m is None:
        return None
    if _NOT_A_DATE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None
    day = None
    if published is not None:
        appointed = _APPOINTED.search(text, max(0, m.start() - 12), m.start())
        rel = m["rel"] or ("future" if appointed or _future_tense(text, m.end()) else "")
        day = _weekday_date(published, WEEKDAYS[key(m["wd"])], rel)
    return _relative(m.start(), m.end(), None if day is None else (day, day))


def _future_tense(text: str, pos: int) -> bool:
    """Whether the clause after ``pos`` speaks of the future: «قرار است» just before the
    weekday, or its first verb is «خواهد …», «قرار است» or a present «می‌…» form
    («برگزار می‌شود», «باز می‌گردند»).

    A past form («گفت», «برگزار شد», «می‌کرد») or no verb found means the past.
    """
    if _PLANNED.search(text, max(0, pos - 40), pos):
        return True
    end = _CLAUSE_END.search(text, pos)
    verb = _TENSE_RE.search(text, pos, len(text) if end is None else end.start())
    return verb is not None and verb["past"] is None


def _weekday_date(p: date, weekday: int, rel: str) -> date:
    """Which such weekday is meant: in a named week, or the nearest before/after ``p``.

    «آینده» without «هفته» is the next such day after ``p``; a bare weekday in a
    future-tense clause (``rel`` "future") is the next on or after ``p``.
    """
    if rel == "future":
        return p + timedelta(days=(weekday - p.weekday()) % 7)
    offset = (weekday - 5) % 7
    if "هفته" in rel:
        direction = _DIRECTIONS.get(rel.split()[-1], "this")
        shift = {"past": -7, "ago": -7, "next": 7}.get(direction, 0)
        return _week_start(p) + timedelta(days=shift + offset)
    if rel in ("آینده", "آتی"):
        return p + timedelta(days=(weekday - p.weekday()) % 7 or 7)
    back = (p.weekday() - weekday) % 7
    return p - timedelta(days=back or 7 if rel else back)


_Finder = Callable[[str, int, date | None], _Found | None]
_FINDERS: dict[str, tuple[_Finder, ...]] = {
    "month": (_month_dates,),
    "holiday": (_holidays,),
    "weekday": (_weekdays,),
    "day": (_relative_days,),
    "unit": (_relative_days, _relative_periods, _years, _boundary_years),
    "season": (_seasons,),
    "this": (_this_periods,),
    "number": (_numeric_dates, _years, _relative_periods),
}
# Weekdays and quarters come before numbers: «سه‌شنبه» and «سه ماهه نخست» are not «سه».
_TRIGGER = re.compile(
    rf"{L}(?:(?P<month>{MONTH})(?:{R}|(?=[{ZWNJ}]?ماه{R}))|(?P<holiday>{HOLIDAY}){R}"
    rf"|(?P<season>(?:{'|'.join(_SEASONS)}|(?:سه|شش)[ {ZWNJ}]?ماهه? (?:{_PART})"
    rf"|نیمه(?:{ZWNJ}ی| ی)? (?:{_PART})){R})"
    rf"|(?P<weekday>{WEEKDAY}){R}"
    rf"|(?P<day>پریروز|دیروز|دیشب|شب گذشته|امروز|امشب|فردا|پس[ {ZWNJ}]?فردا){R}"
    rf"|(?P<unit>روز|هفته|ماه|سال)(?!\w)|(?P<this>این|همین|امسال|پارسال){R}"
    rf"|(?P<number>\d+|{CARDINAL}))"
)
