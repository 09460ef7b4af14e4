"""Seasons, quarters and halves of a year: «تابستان ۱۳۹۸», «زمستان امسال»,
«سه ماهه نخست 2019», «نیمه دوم سال جاری».

Seasons are Solar quarters (بهار months 1–3 … زمستان 10–12) and need a year or a
relative year after them («تابستان ۱۳۹۸», «زمستان امسال», «تابستان کنونی»), or a
boundary word before them («پایان زمستان»); «سه ماهه نخست…پایانی» and «نیمه/شش ماهه
نخست/دوم» + year are quarters and halves of that year's calendar. A quarter or half of
«امسال», «سال جاری» cuts the year of the calendar the text last named a year or month in
(«سال 2006 میلادی … در سه ماه دوم امسال»: April to June), or else first names one in
after it, Solar if none; one of «سال آینده», «سال گذشته» cuts the year after or before.
«۹ ماهه سال جاری», «۶ ماهه امسال» without a part word are the year's first nine or six
months; «سه ماهه گذشته» is a stretch of time, no date. A part of «سال» alone («هفت ماه
ابتدای سال») is one of the year under way, as of «امسال»; not of a year of another kind
(«سه ماه اول سال تحصیلی»).
Two seasons in a row share the year after the second («پاییز و زمستان امسال»).
"""

import re
from datetime import date

from khabar.news.dates import calendars as cal
from khabar.news.dates.boundaries import boundary_before
from khabar.news.dates.calendars import GREGORIAN, SOLAR, Span
from khabar.news.dates.lexicon import CARDINAL, YEAR_END, L, R, key, number_value
from khabar.news.dates.model import Found
from khabar.news.dates.years import (
    REL_YEAR,
    REL_YEAR_RE,
    YEAR_DIGITS,
    YEAR_SUFFIX,
    full_year,
    year_calendar,
)
from khabar.text.chars import ZWNJ

# Seasons are the Solar quarters; «سه ماهه نخست» and «نیمه دوم» cut a year of either calendar.
SEASONS = {"بهار": 1, "تابستان": 2, "پاییز": 3, "پائیز": 3, "زمستان": 4}
_PARTS = {
    "نخست": 1,
    "اول": 1,
    "یکم": 1,
    "ابتدای": 1,
    "ابتدایی": 1,
    "آغازین": 1,
    "دوم": 2,
    "سوم": 3,
    "چهارم": 4,
    "پایانی": 0,
    "آخر": 0,
}
PART = "|".join(_PARTS)
# A word after a bare «سال» that makes it another year than the one under way: a relative
# year or an era the main pattern reads, or a year of another kind («سال تحصیلی», «سال
# مالی»), whose months are not the calendar's.
_OTHER_YEAR = (
    r"جاری|گذشته|قبل|پیش|آینده|آتی|بعد|میلادی|شمسی|قمری|هجری|تحصیلی|مالی|زراعی|آبی|کاری"
    r"|اول|دوم|سوم|نو|جدید"
)
_SEASON_RE = re.compile(
    rf"(?:(?P<season>{'|'.join(SEASONS)})(?: و (?P<next>{'|'.join(SEASONS)}))?"
    rf"|(?P<size>{CARDINAL}|\d{{1,2}})[ {ZWNJ}]?ماه(?P<h>ه)?(?: (?P<ord>{PART}))?"
    rf"|نیمه(?:{ZWNJ}ی| ی)? (?P<half>{PART})){R}(?P<sal> سال)?"
    rf"(?: (?:(?P<year>{YEAR_DIGITS[GREGORIAN]}|{YEAR_DIGITS[SOLAR]}){YEAR_END}"
    rf"(?: (?P<era>{YEAR_SUFFIX[SOLAR]}|{YEAR_SUFFIX[GREGORIAN]}){R})?"
    rf"|(?P<rel>{REL_YEAR_RE}){R}(?: (?P<relera>میلادی){R})?"
    rf"|(?P<near>آینده|آتی|پیش[ {ZWNJ}]?رو|گذشته|پیش|قبل){R}"
    # «تابستان کنونی», «پاییز جاری»: the season of the year under way.
    rf"|(?<!سال )(?P<now>کنونی|جاری|فعلی){R})"
    # «هفت ماه ابتدای سال»: a part of the year under way, «سال» alone after it.
    rf"|(?<= سال)(?P<bare>){R}(?! (?:{_OTHER_YEAR}){R}))"
)

# What names a year or month in one calendar: an era, a year's digits, an unambiguous month.
_CALENDAR_MARK = re.compile(
    rf"{L}(?:(?P<gregorian>میلادی|[1۱][9۹]\d\d|[2۲][0۰]\d\d|ژانویه|فوریه|مارس|آوریل|ژوئن"
    rf"|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر)|شمسی|[1۱][3۳4۴]\d\d|فروردین|اردیبهشت|خرداد"
    rf"|مرداد|شهریور|آبان|آذر|بهمن|اسفند){R}"
)
_MARK_REACH = 1500
# A sentence about Iran («ایران», «کشورمان», «کشور» but not «این کشور») counts its year
# in Solar Hijri, whatever month is named after it («صادرات غیرنفتی ایران در سه ماه نخست
# امسال … قیمت نفت در ماه ژوئن»). A bare «کشور» is Iran only before a particle or a
# stop: «کشور چین», «کشور ترکیه» name another.
_IRAN = re.compile(
    rf"{L}(?:ا[یي]ران|[کك]شورمان|(?<!این )(?<!اين )[کك]شور"
    rf"(?= (?:ما|در|طی|طي|به|از|با|را|و|که|كه|نیز|هم){R}| ?[^\w\s{ZWNJ}]|$)){R}"
)
# A sentence's end; not the point of a decimal («۶.۴ درصد»).
_SENTENCE_EDGE = re.compile(r"[!?؟\n]|\.(?!\d)")


# A year named by its digits after «سال» («در سال ۱۳۸۵»), whose part a bare «سال» after
# it in the sentence names: «در سال ۱۳۸۵ … در هفت ماه ابتدای سال» is 1385's.
_YEAR_NAMED = re.compile(rf"{L}سال (?P<year>{YEAR_DIGITS[GREGORIAN]}|[1۱][2-5۲-۵]\d\d){YEAR_END}")


def _year_named_before(text: str, pos: int) -> int | None:
    """The year named last before ``pos`` in its sentence, if any."""
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, pos - _MARK_REACH), pos)]
    named = list(_YEAR_NAMED.finditer(text, edges[-1] if edges else 0, pos))
    return int(named[-1]["year"]) if named else None


def _calendar_before(text: str, pos: int) -> str:
    """The calendar of the year or month named last before ``pos``, or, with none
    before and a sentence not about Iran, first after it («طی سه ماه نخست امسال … تا
    پایان 31 مارس»); Solar if none."""
    marks = list(_CALENDAR_MARK.finditer(text, max(0, pos - _MARK_REACH), pos))
    if marks:
        return GREGORIAN if marks[-1]["gregorian"] else SOLAR
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, pos - _MARK_REACH), pos)]
    after = _SENTENCE_EDGE.search(text, pos)
    if _IRAN.search(text, edges[-1] if edges else 0, after.start() if after else len(text)):
        return SOLAR
    mark = _CALENDAR_MARK.search(text, pos, pos + _MARK_REACH)
    return GREGORIAN if mark and mark["gregorian"] else SOLAR


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

    def distance(s: Span) -> int:
        return max((s[0] - published).days, (published - s[1]).days, 0)

    year = cal.from_gregorian(SOLAR, published)[0]
    return min((_season_span(n, y) for y in (year - 1, year, year + 1)), key=distance)


def _season_ahead(n: int, published: date) -> Span:
    """The days of season ``n`` a deadline «تا پاییز» looks to: the one under way or next."""
    year = cal.from_gregorian(SOLAR, published)[0]
    span = _season_span(n, year)
    return span if span[1] >= published else _season_span(n, year + 1)


def _season_span(n: int, year: int) -> Span:
    """The days of season ``n`` of the Solar ``year``."""
    return cal.month_span(SOLAR, year, 3 * n - 2)[0], cal.month_span(SOLAR, year, 3 * n)[1]


# A season without a year is a date where a boundary word cuts it («تا پایان زمستان»);
# alone («در زمستان مصرف گاز بالا می‌رود») it is any winter.
_BARE_SEASON_RE = re.compile(rf"(?P<season>{'|'.join(SEASONS)}){R}")
# A deadline («تا پاییز بازسازی می‌شود») or the first or last days of one season
# («در آغازین هفته‌های فصل پاییز»), «فصل» kept with it.
_EDGE = r"(?:آغازین|نخستین|اولین|پایانی|آخرین|واپسین)"
_DAYS_OF = rf"(?:روزهای|هفته{ZWNJ}?های|ماه{ZWNJ}?های)"
_ONE_SEASON = re.compile(
    rf"(?:{L}(?P<until>تا)|{L}{_EDGE} {_DAYS_OF}|{L}{_DAYS_OF} {_EDGE}) (?P<word>فصل )?$"
)


# The days of a season («نزدیک شدن به ایام تابستان») or a season something is done for,
# after or before («برای تابستان برنامه‌ریزی کنند», «بعد از تابستان») is one summer, the
# one nearest publication; a yearly habit («هر سال در ایام تابستان») is left out with
# the others (:func:`khabar.news.dates.find.find_dates`). «بهار» is left to its year or
# boundary: it is a name, a town and a coin as often («روزنامه بهار», «سکه بهار آزادی»).
_THIS_SEASON = re.compile(rf"(?:{L}(?P<days>ایام)|{L}(?:برای|(?:بعد|پس|قبل|پیش) از)) (?:فصل )?$")


def _bare_season(text: str, pos: int, published: date | None) -> Found | None:
    """«پایان زمستان», «اواخر پاییز», «پایان فصل تابستان», «تا پاییز», «روزهای پایانی
    فصل زمستان», «ایام تابستان», «برای تابستان»: the season nearest the publication
    day."""
    m = _BARE_SEASON_RE.match(text, pos)
    if m is None or published is None:
        return None
    one = _ONE_SEASON.search(text, max(0, pos - 30), pos)
    this = None if m["season"] == "بهار" else _THIS_SEASON.search(text, max(0, pos - 20), pos)
    word = 4 if text.endswith("فصل ", 0, pos) else 0
    if not one and not this and not boundary_before(text, pos - word):
        return None
    start = pos - 4 if (one and one["word"]) or word else m.start()
    if this and this["days"]:
        start = this.start()
    n = SEASONS[m["season"]]
    span = _season_ahead(n, published) if one and one["until"] else _season_around(n, published)
    return Found(start, m.end(), SOLAR, cal.label(SOLAR, span), span, period=True)


def season_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«تابستان ۱۳۹۸», «زمستان امسال», «سه ماهه نخست 2019», «نیمه دوم سال جاری»."""
    m = _SEASON_RE.match(text, pos)
    if m is None:
        return _bare_season(text, pos, published)
    months = _months(m)
    if months is None:
        return None
    named = _year_named_before(text, pos) if m["bare"] is not None else None
    if named is not None:
        year = named
        calendar = year_calendar(named, None)
    elif m["near"] and m["season"]:
        calendar = SOLAR
        year = _nearest_season_year(SEASONS[m["season"]], m["near"], published)
    elif m["year"]:
        year: int | None = full_year(m["year"], published)
        calendar = year_calendar(year, m["era"])
    else:
        calendar = GREGORIAN if m["relera"] else SOLAR
        if not m["season"] and not m["relera"]:
            calendar = _calendar_before(text, pos)
        year = None
        if published is not None:
            year = cal.from_gregorian(calendar, published)[0] + _years_from_now(m)
    if calendar not in (SOLAR, GREGORIAN) or (m["season"] and calendar != SOLAR):
        return None
    span = None
    if year is not None:
        first = cal.month_span(calendar, year, months[0])
        last = cal.month_span(calendar, year, months[1])
        if first is None or last is None:
            return None
        span = (first[0], last[1])
    native = None if span is None else cal.label(calendar, span)
    # A season can be cut by «پایان»; a quarter is already a cut of its year.
    return Found(
        m.start(),
        m.end(),
        calendar,
        native,
        span,
        relative=bool(m["rel"] or m["near"] or m["now"])
        or (m["bare"] is not None and named is None),
        period=bool(m["season"]),
    )


def _months(m: re.Match[str]) -> tuple[int, int] | None:
    """The first and last month of the season, quarter or half ``m`` names; None when it
    names none: «سه ماهه گذشته» is the last three months up to now, «۱۸ ماه» no part."""
    if (m["near"] and not (m["season"] or m["sal"])) or (m["now"] and not m["season"]):
        return None
    if m["bare"] is not None and not (m["ord"] or m["half"]):
        return None
    if m["season"]:
        # «بهار و تابستان ۱۳۹۵»: two seasons in a row of one year.
        n = SEASONS[m["season"]]
        last = SEASONS[m["next"]] if m["next"] else n
        return (3 * n - 2, 3 * last) if last in (n, n + 1) else None
    size = 6 if m["half"] else number_value(m["size"])
    if not (m["ord"] or m["half"]):
        # «۹ ماهه سال جاری»: the year's first nine months.
        return (1, size) if m["h"] and 1 <= size < 12 else None
    if not 0 < size <= 12:
        return None
    n = _PARTS[m["ord"] or m["half"]]
    if n == 0:
        return 13 - size, 12
    return (size * (n - 1) + 1, size * n) if size * n <= 12 else None


def _years_from_now(m: re.Match[str]) -> int:
    """How many years from the publication year «امسال», «سال گذشته», «سال آینده» lie."""
    if m["rel"]:
        return REL_YEAR[key(m["rel"])]
    if m["bare"] is not None or m["now"]:
        return 0
    return 1 if m["near"] in ("آینده", "آتی") or m["near"].endswith("رو") else -1
