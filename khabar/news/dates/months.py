"""Dates written with a month name: «۲۸ شهریور ۱۳۹۶», «سه شنبه (19 سپتامبر)»,
«11-12 سپتامبر», «ماه رمضان», and ranges of days or months.

* «D1 M1 تا D2 M2 Y» is one mention; the written year belongs to the end, and a range
  running past the last month starts the year before.
* «الی» and «لغایت» join a range as «تا» does («۷ الی ۱۴ آذر»); «جاری» after a month
  («مرداد‌ماه جاری») is this year's, as «امسال» is; «گذشته» («مارس گذشته») is the last
  such month before publication, «آینده» the next after it.
* A Lunar month with a year before 1420 and no era («محرم ۱۳۵۷») is in that Solar year.
* A day of Iran's history named as the event («حماسه ۹ دی», «کودتای ۲۸ مرداد») takes
  its year, not the one nearest publication.
* A date after «میدان», «خیابان» names a place («میدان هفتم تیر»), not a day.
* A month that is also a common word («مهر», «تیر», «دی») counts only next to a day,
  a year or «ماه», or when the text named it as a date before.
"""

import re
from dataclasses import replace
from datetime import date

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import GREGORIAN, LUNAR, SOLAR
from khabar.news.dates.lexicon import (
    HISTORIC_BEFORE,
    HISTORIC_DAYS,
    MONTH,
    MONTH_END,
    MONTHS,
    NOT_A_DATE_BEFORE,
    ORDINAL,
    PLACE_AFTER,
    PLACE_BEFORE,
    REMEMBERED_INCIDENT_BEFORE,
    WEEKDAY,
    YEAR_END,
    L,
    R,
    key,
    number_value,
)
from khabar.news.dates.model import Found, Spec
from khabar.news.dates.resolve import resolved, year_toward
from khabar.news.dates.tense import sentence_start
from khabar.news.dates.years import (
    REL_YEAR_RE,
    UNIT_AFTER,
    YEAR_DIGITS,
    YEAR_SUFFIX,
    lunar_year_of_solar,
    written_year,
)
from khabar.text.chars import ZWNJ

# Python's \d takes Persian and Arabic-Indic digits too, and int() reads them.
_DAY = rf"(?:\d{{1,2}}(?!\d)|{ORDINAL})"
# The words between the ends of a range: «۱۱-۱۲», «۱۱ تا ۱۲», «۷ الی ۱۴», «۴ لغایت ۶».
_TO = r"(?:-|–|تا|الی|لغایت)"
# «شهریورماه» is written glued as often as not.
_MONTH_RE = re.compile(rf"{L}(?:{MONTH}){MONTH_END}")
# «بیست و ششمین روز از خرداد»: the day counted as the month's «-مین روز»; «۱۳ ماه مه»,
# «نهم ماه سپتامبر»: «ماه» between the day and the month; «شنبه ۲۱ لغایت چهارشنبه ۲۵
# آبان»: the last day's weekday inside the range.
# «نیمه دوم مهر» is a half of the month, not its second day; «هفته اول مهر», «روزهای
# اول خرداد», «دهه سوم محرم» are a week or days of it («روزهای ۱۲ و ۱۳ دی» are days).
_DAYS_BEFORE = re.compile(
    rf"{L}(?<![\d/.\-:])(?<!نیمه )(?:(?=\d)|(?<!هفته )(?<!روزهای )(?<!دهه ))(?P<d1>{_DAY})"
    rf"(?: ?(?:{_TO}|و) ?(?:(?:{WEEKDAY}) )?(?P<d2>{_DAY})|(?<=م)ین روز(?: از)?(?: ماه)?| ماه)? $"
)
_RANGE_TO = re.compile(rf" ?{_TO} ?(?P<d>{_DAY}) (?P<m>{MONTH}){MONTH_END}")
# «ده روز از مهر گذشته», «دو هفته از آغاز آبان گذشته»: time counted since the month.
_TIME_SINCE_BEFORE = re.compile(rf"{L}(?:روز|هفته|ماه)(?:{ZWNJ}?ها)? از (?:آغاز |شروع )?$")
# «۳ ماه مهر، آبان و آذر», «۲ ماه تیر و مرداد»: months listed after a count of them.
_ANOTHER_MONTH = re.compile(rf" ?(?:،|{_TO}|و) ?(?:{MONTH}){MONTH_END}")
# «فروردین تا خرداد ۱۴۰۲»; «بهمن و اسفند امسال» for two months in a row.
_MONTH_TO = re.compile(rf" ?(?:{_TO}|(?P<and>و)) ?(?P<m>{MONTH}){MONTH_END}")
# «فضایل ماه مبارک رمضان», «حفظ حرمت ماه رمضان»: a Lunar month as a holy time, no time
# of the calendar.
_AS_SUCH_BEFORE = re.compile(
    rf"{L}(?:فضایل|فضائل|فضیلت|برکات|برکت|حرمت|آداب|عظمت|معنویت|کرامت|ویژگی)"
    rf"(?:{ZWNJ}?های|{ZWNJ}?ها)? $"
)
# Nor is the month of a feast named by its day («نام‌گذاری آخرین جمعه ماه مبارک رمضان به
# نام قدس», as the weekday is no date there), unless this year's is told («راهپیمایی روز
# قدس امسال در آخرین جمعه ماه مبارک رمضان برگزار می‌شود»).
_FEAST_DAY_BEFORE = re.compile(rf"{L}آخرین جمعه $")
_THIS_YEAR = re.compile(rf"{L}امسال(?![^\s،.])")
_MONTH_CONTEXT_BEFORE = re.compile(
    rf"{L}(?:(?P<mah>ماه(?: مبارک)? )|(?:اوایل|اوائل|اواسط|اواخر|ابتدای|آغاز|پایان|انتهای|آخر"
    rf"|نیمه(?:{ZWNJ}ی| اول| نخست| دوم)?|روزهای|دهه (?:اول|نخست|دوم|سوم|آخر|پایانی)) )$"
)


def _after_month(calendar: str) -> re.Pattern[str]:
    """What may follow a month name: «ماه», then a year with its era, «امسال», «جاری» or
    «گذشته»; not a number that counts something («تا پایان تیر ۲۰ درصد»)."""
    return re.compile(
        # «تیرماه1379»: real text glues the year to «ماه».
        rf"(?P<mah>[ {ZWNJ}]?ماه(?:{R}|(?=\d)))?"
        rf"(?:(?:(?: سال)? |(?<=ماه))(?P<year>{YEAR_DIGITS[calendar]}){YEAR_END}"
        rf"(?!{UNIT_AFTER.pattern})"
        rf"(?: (?P<era>{YEAR_SUFFIX[calendar]}){R})?"
        # «جاری» is this year's month, not the verb of «… در تیر جاری شد» (came into force);
        # «تا پایان اسفند جاری است» is a deadline in this year's month, its copula no verb;
        # «… تا ۲۰ آبان جاری بود» told in the past is the verb (was in force).
        rf"| (?P<rel>{REL_YEAR_RE}|جاری{R}(?! (?:شد|شده|گردید|بود|می)[{ZWNJ} ]?)){R}"
        # «مارس گذشته», «مهر ماه آینده»; not «… از آبان گذشته است», «… گذشته و هنوز …»
        # (has passed).
        rf"| (?P<near>گذشته|آینده){R}(?! (?:است|بود|اند){R}| ?[،و] هنوز{R}))?"
    )


# Holidays take the same tail: «نوروز ۹۷», «عید فطر امسال».
AFTER_MONTH = {c: _after_month(c) for c in (GREGORIAN, SOLAR, LUNAR)}


def month_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«۲۸ شهریور ۱۳۹۶», «سه شنبه (19 سپتامبر)», «11-12 سپتامبر», «ماه رمضان»."""
    m = _MONTH_RE.match(text, pos)
    if m is None:
        return None
    calendar, month, ambiguous = MONTHS[key(m.group())]
    start, window = m.start(), max(0, m.start() - 48)
    days = _DAYS_BEFORE.search(text, window, start)
    if days and days.group().endswith("ماه ") and _ANOTHER_MONTH.match(text, m.end()):
        days = None  # «۳ ماه مهر، آبان و آذر»: a count of months, not a day of the first
    context = None if days else _MONTH_CONTEXT_BEFORE.search(text, window, start)
    after = AFTER_MONTH[calendar].match(text, m.end())
    if not days and NOT_A_DATE_BEFORE.search(text, window, start):
        return None
    if after["near"] and _TIME_SINCE_BEFORE.search(text, window, start):
        return None  # «ده روز از مهر گذشته»: ten days have passed since it began
    if not (days or after["year"] or after["rel"]) and (to := _MONTH_TO.match(text, after.end())):
        ranged = _months_range(text, start, calendar, month, to, published)
        if ranged is not None:
            return ranged
    has_more = days or context or after["mah"] or after["year"] or after["rel"] or after["near"]
    if ambiguous and not has_more and not _named_before(text, m.group(), start):
        return None
    day = day_end = None
    if days:
        start, day, day_end = _day_range(days)
    elif context and context["mah"]:
        start = context.start()
    if PLACE_BEFORE.search(text, max(0, start - 24), start):
        return None
    bare = not (days or after["year"] or after["rel"] or after["near"])
    if calendar == LUNAR and bare and _as_such(text, start):
        return None
    if bare and not (context or after["mah"]) and _opens_with_a_name(text, start, m.end()):
        return None
    year = written_year(calendar, after, published, month, day or 1)
    if year is None and calendar == SOLAR and day is not None and day_end is None:
        year = _historic_year(text, (start, after.end()), month, day)
    if calendar == LUNAR and year is not None and day is None and not after["era"]:
        year = _lunar_year_in_solar(text, (start, after.end()), year, month, published)
    spec = Spec(calendar, year, month, day, day_end)
    if after["near"] and published is not None:
        spec = year_toward(spec, published, ahead=after["near"] == "آینده")
    if days and day_end is None and (to := _RANGE_TO.match(text, after.end())):
        ranged = _month_range(text, start, spec, to, published)
        if ranged is not None:
            return ranged
    return resolved(text, start, after.end(), spec, published, weekday_ok=bool(days))


def _month_range(
    text: str, start: int, spec: Spec, to: re.Match[str], published: date | None
) -> Found | None:
    """«۱۵ صفر تا ۵ ربیع‌الاول», «۲۸ شهریور تا ۲ مهر ۱۳۹۶»: one span, the year shared.

    A range that runs past the year's last month («۲۸ اسفند تا ۵ فروردین ۱۳۹۷») starts
    in the year before the one written at its end.
    """
    calendar, month2, _ = MONTHS[key(to["m"])]
    if calendar != spec.calendar:
        return None
    day2 = number_value(to["d"])
    after = AFTER_MONTH[calendar].match(text, to.end())
    year2 = written_year(calendar, after, published, month2, day2)
    wraps = (month2, day2) <= (spec.month or 0, spec.day or 0)
    if spec.year is None and year2 is not None:
        spec = replace(spec, year=year2 - wraps)
    first = resolved(text, start, to.start(), spec, published, weekday_ok=True)
    if first is None or first.native is None or day2 > cal.max_month_length(calendar, month2):
        return None
    year1 = None if first.native.startswith("X") else int(first.native[:4])
    if year2 is None and year1 is not None:
        year2 = year1 + wraps
    second = Spec(calendar, year2, month2, day2)
    span2 = second.span()
    if year2 is not None and span2 is None:
        return None
    span = None if first.span is None or span2 is None else (first.span[0], span2[1])
    native = f"{first.native}/{second.native()}"
    return Found(first.start, after.end(), calendar, native, span, first.mismatch)


# A Lunar year before 1420 (1999) is long past; a Lunar month written with such a year
# and no era («محرم ۱۳۵۷», «رمضان ۱۳۹۸») is that month of the Solar year.
_LUNAR_YEARS_FROM = 1420
# «۱۵ خرداد ۱۳۴۲ مصادف با محرم ۱۳۸۳», «محرم ۱۳۸۳ برابر با خرداد ۱۳۴۲»: the other
# calendar's own year, given as such.
_EQUAL_TO = "(?:مصادف|برابر|مطابق) با"
_EQUAL_TO_BEFORE = re.compile(rf"{L}{_EQUAL_TO} $")
_EQUAL_TO_AFTER = re.compile(rf" ?[(،]? ?{_EQUAL_TO}{R}")


def _lunar_year_in_solar(
    text: str, bounds: tuple[int, int], year: int, month: int, published: date | None
) -> int:
    """The Lunar year whose ``month`` begins within the Solar year ``year``, where the
    written year reads as Solar: before 1420, not given as an equivalent, and not after
    the publication's Solar year («شعبان ۱۴۱۸» in 2019 is 1997, not 2039). A month with
    its day («۲۹ شوال ۱۴۰۹») is a Lunar date: the caller asks only for a bare month."""
    now = published or date.today()
    if year >= _LUNAR_YEARS_FROM or year > cal.from_gregorian(SOLAR, now)[0]:
        return year
    start, end = bounds
    if _EQUAL_TO_BEFORE.search(text, max(0, start - 12), start) or _EQUAL_TO_AFTER.match(text, end):
        return year
    lunar_year = lunar_year_of_solar(year, month, 1)
    assert lunar_year is not None  # a year of the 13th and 14th centuries
    return lunar_year


def _historic_year(text: str, bounds: tuple[int, int], month: int, day: int) -> int | None:
    """The year of a day of Iran's history named as the event («حماسه ۹ دی», «کودتای ۲۸
    مرداد», «شهدای واقعه ۱۷ شهریور»); its remembrance this year («سالروز ۱۴ خرداد»,
    «راهپیمایی ۲۲ بهمن») is not."""
    if (month, day) not in HISTORIC_DAYS:
        return None
    start, end = bounds
    window = max(0, start - 40)
    if HISTORIC_BEFORE.search(text, window, start) is None and (
        REMEMBERED_INCIDENT_BEFORE.search(text, window, start) is None
        or PLACE_AFTER.match(text, end)
    ):
        return None
    return HISTORIC_DAYS[month, day]


# A sentence opening with a month's name alone and a word after it opens with a person's
# name: «مرداد پرهیز، تولیدکننده … یادآور شد», «بهمن لازمی امروز … گفت», «رمضان تجری،
# رئیس هیات مدیره …»; a month opening a sentence as a date comes with its day, «ماه» or
# its year, or goes on into another month or a preposition («مهر و آبان …», «تیر در …»).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!؟?\n])[ \t]*$")
_NAME_GOES_ON = re.compile(
    rf" (?!(?:و|تا|الی|یا|هم|نیز|در|از|به|با|برای|که|را|است|بود|امسال|گذشته|آینده){R})"
    rf"[^\W\d_]"
)


def _opens_with_a_name(text: str, start: int, end: int) -> bool:
    """Whether a month named alone at ``start`` opens its sentence with a word after it
    that goes on a name (:data:`_NAME_GOES_ON`)."""
    opens = _SENTENCE_OPENS.search(text, max(0, start - 4), start)
    return opens is not None and _NAME_GOES_ON.match(text, end) is not None


def _as_such(text: str, start: int) -> bool:
    """Whether a bare Lunar month at ``start`` is a holy time or a feast's month, no time of
    the calendar: «فضایل ماه رمضان», «آخرین جمعه ماه رمضان» with no «امسال» before it in
    its sentence."""
    window = max(0, start - 24)
    if _AS_SUCH_BEFORE.search(text, window, start):
        return True
    if not _FEAST_DAY_BEFORE.search(text, window, start):
        return False
    return not _THIS_YEAR.search(text, sentence_start(text, start), start)


def _named_before(text: str, name: str, at: int) -> bool:
    """Whether the text named this month as a date before ``at`` («تورم نقطه‌ای در آذر
    ماه امسال … تورم ماهانه آذر»): then the bare name is that month again."""
    month = re.escape(name)
    dated = rf"{L}(?:\d{{1,2}} {month}{R}|{month}(?:[ {ZWNJ}]?ماه{R}| \d{{2,4}}(?!\d)))"
    return re.search(dated, text[:at]) is not None


def _months_range(
    text: str, start: int, calendar: str, month: int, to: re.Match[str], published: date | None
) -> Found | None:
    """«آوریل تا اوت 2023», «فروردین تا خرداد ۱۴۰۲», «بهمن و اسفند امسال»: whole months
    sharing the year written after the last (with «و», two in a row); a run past the
    year's last month starts the year before."""
    calendar2, month2, _ = MONTHS[key(to["m"])]
    after = AFTER_MONTH[calendar].match(text, to.end())
    year2 = written_year(calendar, after, published, month2) if calendar2 == calendar else None
    if year2 is None or month2 == month or (to["and"] and month2 != month % 12 + 1):
        return None
    first = Spec(calendar, year2 - (month2 < month), month)
    last = Spec(calendar, year2, month2)
    spans = first.span(), last.span()
    if spans[0] is None or spans[1] is None:
        return None
    native = f"{first.native()}/{last.native()}"
    return Found(start, after.end(), calendar, native, (spans[0][0], spans[1][1]))


def _day_range(days: re.Match[str]) -> tuple[int, int, int | None]:
    """Start offset, first and last day of «۱۱-۱۲», «۱۱ تا ۱۲»; a falling pair is one day."""
    first = number_value(days["d1"])
    if days["d2"] is None:
        return days.start(), first, None
    last = number_value(days["d2"])
    if last <= first:
        return days.start("d2"), last, None
    return days.start(), first, last
