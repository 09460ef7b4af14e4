"""What the text around a found date changes about it: a day word inside a quote
counts from the day the quote was said, the same day in another calendar in brackets
joins it, so does the date a day word names after it, and «همین ماه» or «این سال» soon
after a named month or year is that one."""

import re
from dataclasses import replace
from datetime import timedelta

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import LUNAR
from khabar.news.dates.lexicon import key
from khabar.news.dates.model import Found
from khabar.news.dates.relative import REL_DAY, REL_DAY_RE
from khabar.news.dates.tense import sentence_start

_SAME_PERIOD = re.compile(r"(?:همین|این) (?P<unit>ماه|سال)")
_SAME_REACH = 300  # characters: the sentence or two after the period was named
# «این سال تحصیلی» is another kind of year; «اکنون در این سال», «امسال … این سال» the
# current one, whatever year was named before.
_OTHER_YEAR_AFTER = re.compile(r" (?:تحصیلی|مالی|زراعی|آبی)(?!\w)")
_NOW_WORDS = re.compile(r"اکنون|امسال|در حال حاضر")


def _quote_opening(text: str, at: int) -> int | None:
    """Where the «…» holding offset ``at`` opens, within its paragraph."""
    paragraph = text.rfind("\n", 0, at) + 1
    opening = text.rfind("«", paragraph, at)
    if opening < 0 or text.find("»", opening, at) >= 0:
        return None
    return opening


def as_spoken(text: str, f: Found) -> Found:
    """«امروز» in words quoted as said «دیروز» is the day before publication: a day
    word inside «…» counts from the day the clause introducing the quote names."""
    if f.span is None or f.span[0] != f.span[1] or not REL_DAY_RE.fullmatch(text, f.start, f.end):
        return f
    opening = _quote_opening(text, f.start)
    if opening is None:
        return f
    intro = sentence_start(text, opening)
    said = REL_DAY_RE.search(text, intro, opening)
    if said is None or (shift := REL_DAY[key(said["w"])]) == 0:
        return f
    day = f.span[0] + timedelta(days=shift)
    return replace(f, span=(day, day))


# «۲۴ رمضان (۹ خرداد)», «ماه ژوئن (تیرماه)»: the same time in another calendar, in
# brackets after it; «پایان ماه مه (اواخر اردیبهشت و اوایل خرداد ماه)»: two of them.
_BRACKETED = re.compile(r" ?\( ?")
_BRACKET_CLOSE = re.compile(r" ?\)")
_BRACKET_JOIN = re.compile(r" ?(?:و|تا|-|،) ?")
# How far a rough equivalent may fall from what it glosses: a Gregorian month's end is
# the Solar month after the one a writer names («پایان ماه آوریل (فروردین)»).
_GLOSS_REACH = timedelta(days=31)


def with_equivalents(text: str, found: list[Found]) -> list[Found]:
    """A day followed by the same day (a day either way, as Lunar dates go) in another
    calendar in brackets is one mention, as the gold writes it, and so is a month with
    the month or season it falls in («ماه آوریل (اردیبهشت)»); a Lunar day takes the
    bracketed day, since Iran's Lunar months may start a day off the tables. Brackets
    holding more than one date, or one that only roughly falls in with the time before
    them, gloss it too when every date in them is of another calendar and within a month
    of it: «پایان ماه مه (اواخر اردیبهشت و اوایل خرداد ماه)»."""
    kept: list[Found] = []
    i = 0
    while i < len(found):
        last = kept[-1] if kept else None
        glossed = _gloss(text, last, found, i) if last is not None else None
        if glossed is not None:
            j, close = glossed
            inner = found[i:j]
            lunar = len(inner) == 1 and last.calendar == LUNAR and _same_time(last, inner[0])
            span = inner[0].span if lunar else last.span
            kept[-1] = replace(last, end=close, span=span)
            i = j
            continue
        kept.append(found[i])
        i += 1
    return kept


def _gloss(text: str, last: Found, found: list[Found], i: int) -> tuple[int, int] | None:
    """Where the dates in brackets right after ``last`` from ``found[i]`` end (the index
    after them) and where the bracket closes, when they gloss it."""
    if not _BRACKETED.fullmatch(text, last.end, found[i].start):
        return None
    j = i + 1
    while j < len(found) and _BRACKET_JOIN.fullmatch(text, found[j - 1].end, found[j].start):
        j += 1
    close = _BRACKET_CLOSE.match(text, found[j - 1].end)
    if close is None:
        return None
    inner = found[i:j]
    if len(inner) == 1 and _same_time(last, inner[0]):
        return j, close.end()
    if last.span is None or any(f.span is None or f.calendar == last.calendar for f in inner):
        return None
    first, final = min(f.span[0] for f in inner), max(f.span[1] for f in inner)
    near = first <= last.span[1] + _GLOSS_REACH and last.span[0] - _GLOSS_REACH <= final
    return (j, close.end()) if near else None


# «امروز هشتم شهریورماه», «صبح امروز (چهارشنبه 9 دی ماه)»: a day word and the date it is.
_BETWEEN_DAY_AND_DATE = re.compile(r" ?\(? ?")


def with_day_words(text: str, found: list[Found]) -> list[Found]:
    """A day word followed by the date it names («امروز دهم بهمن‌ماه») is one mention, as
    the gold writes «صبح امروز یکشنبه ۳۰ دی ۱۳۹۷»; the written date gives its calendar,
    and its day where no publication day placed the word."""
    kept: list[Found] = []
    for f in found:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.relative
            and not f.relative
            and _names_that_day(last, f)
            and REL_DAY_RE.fullmatch(text, last.start, last.end)
            and _BETWEEN_DAY_AND_DATE.fullmatch(text, last.end, f.start)
        ):
            opened = "(" in text[last.end : f.start]
            close = _BRACKET_CLOSE.match(text, f.end) if opened else None
            if not opened or close:
                end = close.end() if close else f.end
                kept[-1] = replace(f, start=last.start, end=end)
                continue
        kept.append(f)
    return kept


def _names_that_day(word: Found, written: Found) -> bool:
    """The day word and the written day are one day, or the word could not be placed."""
    if word.span is None:
        return written.span is None or written.span[0] == written.span[1]
    return word.span == written.span and word.span[0] == word.span[1]


def _same_time(a: Found, b: Found) -> bool:
    """Two days a day apart at most, or two periods that overlap («ماه ژوئن (تیرماه)»);
    without years, two days that fall together in some year («31 آگوست (10 شهریور)»)."""
    if a.calendar == b.calendar:
        return False
    if a.span is None and b.span is None:
        return _same_day_some_year(a, b)
    if a.span is None or b.span is None:
        return False
    days = a.span[0] == a.span[1], b.span[0] == b.span[1]
    if all(days):
        return abs((a.span[0] - b.span[0]).days) <= 1
    return not any(days) and a.span[0] <= b.span[1] and b.span[0] <= a.span[1]


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
# Years to try two yearless days in: Gregorian and Solar days drift a day at most.
_TRIAL_YEARS = range(2000, 2004)


def _same_day_some_year(a: Found, b: Found) -> bool:
    """Whether a yearless Gregorian and Solar day fall a day apart at most in some year;
    Lunar days drift through the year and fit any day once in a while."""
    days = [_YEARLESS_DAY.fullmatch(f.native or "") for f in (a, b)]
    if days[0] is None or days[1] is None or LUNAR in (a.calendar, b.calendar):
        return False
    for year in _TRIAL_YEARS:
        first = cal.to_gregorian(a.calendar, year, int(days[0][1]), int(days[0][2]))
        if first is None:
            continue
        near = cal.from_gregorian(b.calendar, first)[0]
        for other in range(near - 1, near + 2):
            second = cal.to_gregorian(b.calendar, other, int(days[1][1]), int(days[1][2]))
            if second is not None and abs((first - second).days) <= 1:
                return True
    return False


def _day_of_that_year(text: str, day: Found, same: Found) -> bool:
    """«همین سال» right after a day written without its year («22 فوریه همین سال»)."""
    return (
        day.span is not None
        and day.span[0] == day.span[1]
        and text[day.end : same.start] == " "
        and text.startswith("همین سال", same.start)
    )


def _names_again(text: str, last: Found, same: Found) -> bool:
    """Whether «همین/این سال» may be the period named before it: that is a written
    period, no kind of year follows «سال» and its sentence says nothing of now before
    it («اکنون در این سال تحصیلی …»)."""
    if not last.period or last.relative or _OTHER_YEAR_AFTER.match(text, same.end):
        return False
    return _NOW_WORDS.search(text, sentence_start(text, same.start), same.start) is None


def same_as_before(text: str, found: list[Found]) -> list[Found]:
    """«همین ماه», «این سال» soon after a month or year was named is that one
    («تورم ماهانه آذر … نرخ تورم دوازده‌ماهه در همین ماه», «سال ۸۳ … در این سال»), not
    the current one; right after a day without its year it is that day's year, and one
    mention with it. «این ماه» after a Lunar month speaks of that holy month, as a
    sermon does («حلول ماه مبارک رمضان … این ماه، ماه تقوا است»), and is no date."""
    kept: list[Found] = []
    for f in found:
        same = _SAME_PERIOD.match(text, f.start)
        last = kept[-1] if kept else None
        if same and last and not last.relative and _day_of_that_year(text, last, f):
            kept[-1] = replace(last, end=f.end)  # «22 فوریه همین سال»: that day, in that year
            continue
        if same and last and last.span and _names_again(text, last, f):
            days = (last.span[1] - last.span[0]).days + 1
            fits = 28 <= days <= 31 if same["unit"] == "ماه" else days >= 365
            if fits and f.start - last.end <= _SAME_REACH:
                if last.calendar == LUNAR and same["unit"] == "ماه":
                    continue  # «ماه مبارک رمضان … این ماه، ماه توبه است»: the holy month told of
                f = replace(f, calendar=last.calendar, native=last.native, span=last.span)
        kept.append(f)
    return kept
