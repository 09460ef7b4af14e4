"""Years: «سال ۸۷», «سال ۲۰۱۷», «۱۳۹۶ هجری شمسی», «۱۴۳۹ قمری», and the year written
after a month, a holiday or a season.

* A bare four-digit 19xx/20xx number is a Gregorian year after «سال», «فصل», «تا»,
  «از», «جام جهانی …» or «المپیک …», or before «میلادی»; never before a unit
  («۲۰۰۰ نفر», «تا 2020 مگاوات»). «فصل 2018-2019», «سال 2016-2017» and «1971 - 1972»
  are year ranges; the years listed after the first of «سال‌های ۲۰۰۵، ۲۰۰۸ و …» are years too.
* Two-digit years are Solar (13xx); written with a leading zero, or when 13xx
  would be far behind ``published``, 14xx. Written in words («سال هشتاد و هفت») they
  are read the same way.
"""

import re
from dataclasses import replace
from datetime import date

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import GREGORIAN, LUNAR, SOLAR
from khabar.news.dates.lexicon import CARDINAL, YEAR_END, L, R, key, number_value
from khabar.news.dates.model import Found, Spec
from khabar.news.dates.resolve import resolved
from khabar.text.chars import ZWNJ

# A plain «هجری» in Iranian text means the Solar era.
YEAR_SUFFIX = {
    GREGORIAN: "میلادی",
    SOLAR: r"هجری شمسی|هجری خورشیدی|شمسی|خورشیدی|ه\.\s?ش\.?|هجری",
    LUNAR: r"هجری قمری|قمری|ه\.\s?ق\.?",
}
# The digits a year of each calendar is written with; two-digit years are Solar.
YEAR_DIGITS = {
    GREGORIAN: r"(?:[1۱][89۸۹]|[2۲][01۰۱])\d\d",
    SOLAR: r"[1۱][2-5۲-۵]\d\d|\d\d",
    LUNAR: r"[1۱][2-5۲-۵]\d\d",
}
# Years named from the publication year, keyed as ``key`` spells them. A bare «جاری»
# follows only a month («شهریورماه جاری»): this year's month of that name.
REL_YEAR = {
    "امسال": 0,
    "جاری": 0,
    "سالجاری": 0,
    "پارسال": -1,
    "سالگذشته": -1,
    "سالقبل": -1,
    "سالپیش": -1,
    "سالآینده": 1,
    "سالآتی": 1,
    "سالبعد": 1,
}
# Real text writes «سال‌جاری» with a half-space as often as with a space.
REL_YEAR_RE = rf"امسال|پارسال|سال[ {ZWNJ}](?:جاری|گذشته|قبل|پیش|آینده|آتی|بعد)"
# A number is no year when it counts something: «۲۰۰۰ نفر», «تا ۲۰۱۸ مگاوات», «۲۰۰۰
# متری», «۲۰۰۰ نفره»; a clock time after it is no count («۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷»).
# Units of time take no ending: «۱۳۳۲ روزی است که …» tells of the day of that year.
UNIT_AFTER = re.compile(
    rf" ?(?:(?:درصد|تومان|دلار|ریال|یورو|پوند|نفر|میلیون|میلیارد|هزار|مگاوات|کیلووات|گیگاوات"
    rf"|کیلومتر|متر|تن|بشکه|کیلوگرم|گرم|لیتر|هکتار|عدد|دستگاه|واحد|مورد|رأی|رای|امتیاز|دوز)"
    rf"(?:ی|ه)?|سال|روز|ماه|ساعت(?! \d)|دقیقه){R}"
)
# Real text glues the year to «سال» («سال1373», «سال‌های1984 تا 1994»); years' plural
# runs from one to the other («سال‌های ۹۸ و ۹۹»), as two Solar years do after one «سال»
# («سال ۸۴ تا ۸۶»), but not before a count («سال‌های ۹۵ تا ۹۷ درصد»); two round years
# of two digits joined by «و» are decades («سال‌های ۶۰ و ۷۰», vague), two of four digits
# are two years («سال‌های ۲۰۱۰ و ۲۰۲۰», not the ten between). Lunar eras are tried
# first: a plain «هجری» is Solar, but not the «هجری» of «هجری قمری». Iran's fiscal year
# is the Solar one («سال مالی ۹۹»).
_YEAR_RE = re.compile(
    rf"{L}(?:سال(?: مالی)? ?(?P<y>\d{{4}}|\d\d)|سال (?P<words>{CARDINAL}){R}|(?P<bare>\d{{4}})"
    rf"|سال[{ZWNJ} ]?های ?(?P<many>\d{{4}}|\d\d) ?(?:[-–]|تا|(?P<and>و)) ?(?P<to>\d{{4}}|\d\d)"
    rf"(?!\d|{UNIT_AFTER.pattern}))"
    rf"(?:(?P<spaced> )?[-–] ?(?P<y2>\d{{4}})(?(spaced)(?!\d|{UNIT_AFTER.pattern}))"
    rf"|(?<!\d\d\d\d) تا (?P<y2s>\d\d)(?!\d|{UNIT_AFTER.pattern}))?{YEAR_END}"
    rf"(?: (?P<era>{YEAR_SUFFIX[LUNAR]}|{YEAR_SUFFIX[SOLAR]}|{YEAR_SUFFIX[GREGORIAN]}){R})?"
)
# Tournaments, fairs and meetings named with their year: «یورو 2016», «جام ملت‌های آسیا
# ۲۰۲۳», «لیگ قهرمانان آسیا ۲۰۲۲», «مسابقات جهانی ۲۰۱۹», «گرندپری ۲۰۲۴», «نمایشگاه جیتکس
# 2004».
_GAMES = (
    rf"جام جهانی|المپیک|یورو|جام ملت[{ZWNJ} ]?های (?:آسیا|اروپا|آفریقا)|کوپا آمریکا"
    rf"|لیگ (?:قهرمانان|ملت[{ZWNJ} ]?ها)|(?:مسابقات|رقابت[{ZWNJ} ]?های) (?:جهانی|قهرمانی)"
    rf"|قهرمانی (?:جهان|آسیا|اروپا)"
    rf"|جام کنفدراسیون[{ZWNJ} ]?ها|اکسپو|گرند ?پری|نمایشگاه|اجلاس|کنفرانس"
)
# A bare «۲۰۱۸» is a year only where dates stand: «جام جهانی ۲۰۱۸», «فصل 2018-2019».
_GREGORIAN_YEAR = re.compile(YEAR_DIGITS[GREGORIAN])
# What a fair, a meeting, a league or an exam counts: «این نمایشگاه ۲۰۰۰ غرفه دارد», «کنکور
# ۱۴۰۰ داوطلب داشت» tell no year. A team, a player or a medal after a tournament's year is
# what it tells of, not a count: «در جام جهانی ۲۰۱۸ تیم ملی …», «در المپیک ۲۰۱۶ مدال طلا …».
_COUNTED_AFTER = re.compile(
    rf" (?:غرفه|ناشر|اثر|عنوان|کتاب|نسخه|بازدیدکننده|میهمان|مهمان|شرکت[{ZWNJ} ]?کننده"
    rf"|خبرنگار|ورزشکار|کشور|هیئت|هیأت|مقاله|داوطلب){R}"
)
# «در سال‌های ۲۰۱۶ و به خصوص ۲۰۱۷»: a plural «سال‌های» before one year alone is kept
# with it, as «فصل» is; before a round year it names a decade («سال‌های ۱۹۸۰»), vague.
_YEAR_CONTEXT_BEFORE = re.compile(
    rf"{L}(?:(?P<kept>فصل|(?P<plural>سال[{ZWNJ} ]?های))|سال|تا|از|(?:{_GAMES})(?: \w+)?"
    # A boundary of it: «تا پایان ۲۰۲۵», «اوایل 2019».
    rf"|پایان|انتهای|ابتدای|آغاز|اوایل|اواسط|اواخر) $"
)
# A year of a plural's list, or a range: the list's commas come before its «و», so «سال‌های
# ۱۳۹۸ و ۱۳۹۹، ۱۴۰۰ پرونده» counts files.
_LISTED = r"\d{4}(?: ?[-–] ?\d{4})?"
# A year in the name of a law, treaty or event, in either era: «معاهده ۱۳۵۱ هیرمند»,
# «لایحه بودجه ۱۴۰۲», «قانون … مصوب ۱۳۸۱», «انتخابات 2020», «بازی‌های آسیایی ۲۰۲۲»,
# «حج تمتع ۱۴۰۲», a plan's horizon: «سند چشم‌انداز ۱۴۰۴», «افق ۱۴۰۴», a season of the
# league or the year of an exam: «لیگ برتر ۱۴۰۱», «کنکور ۱۴۰۱»; a birth year:
# «متولد ۱۳۴۷ تبریز»; the years after the first of a plural's list: «سال‌های ۱۳۹۰ و ۱۴۰۰»,
# «سال‌های ۲۰۰۵، ۲۰۰۸ و ۲۰۱۲ - ۲۰۱۳».
# Plans are of this century or the last Solar one, Iran's league and exam of the Solar
# years: what else follows them counts («لیگ برتر ۱۵۰۰ هوادار دارد», «در لیگ برتر ۲۰۰۰
# تماشاگر حضور داشتند», «کنکور ۱۲۰۰ رشته را پوشش می‌دهد»).
_NAMED_YEAR_BEFORE = re.compile(
    rf"{L}(?:معاهده|پیمان|قرارداد|قانون|مصوب|بودجه|انقلاب|کودتای|زلزله|انتخابات|سرشماری|متولد"
    rf"|(?P<plan>چشم[{ZWNJ} ]?انداز|افق)|(?P<iranian>لیگ برتر|کنکور(?: سراسری)?)"
    rf"|سال[{ZWNJ} ]?های ?(?:{_LISTED}، ?){{0,3}}(?:{_LISTED}، ?|(?:{_LISTED} ?و ?){{1,3}})"
    rf"|بازی[ {ZWNJ}]?های (?:آسیایی|المپیک|پارالمپیک)|حج(?: تمتع)?)"
    rf"(?: سال)? $"
)
# How far back a name may start: a list of years' plural runs to a few of them.
_NAME_REACH = 64
_RECENT_SOLAR_YEAR = re.compile(r"[1۱][34۳۴]\d\d")
_THIS_CENTURY = re.compile(r"[2۲][0۰]\d\d")


# A work's title in guillemets may end with its year: «سفید برفی و هفت کوتوله والت دیزنی
# 1937»; a count ends a title after a preposition, a number or an estimate («سفر به ۲۰۰۰»,
# a quote's «شمار مجروحان حدود 1900»).
_TITLE_OPEN_BEFORE = re.compile(
    r"«[^«»\n.!؟:]{3,80}(?<!\d)(?<! به)(?<! از)(?<! تا)(?<! با)"
    r"(?<! حدود)(?<! تقریبا)(?<! تقریباً)(?<! مجموعا)(?<! جمعا) +$"
)
_TITLE_CLOSE = re.compile(r" *»")


def _closes_a_title(text: str, start: int, end: int) -> bool:
    """Whether the Gregorian year at ``start``-``end`` ends a title in guillemets."""
    return (
        _GREGORIAN_YEAR.fullmatch(text, start, end) is not None
        and _TITLE_CLOSE.match(text, end) is not None
        and _TITLE_OPEN_BEFORE.search(text, max(0, start - 80), start) is not None
    )


def _a_likely_year(name: re.Match[str], digits: str) -> bool:
    """Whether ``digits`` after a plan's, a league's or an exam's name can be its year."""
    solar = _RECENT_SOLAR_YEAR.fullmatch(digits) is not None
    return solar or (name["plan"] is not None and _THIS_CENTURY.fullmatch(digits) is not None)


def written_year(
    calendar: str, after: re.Match[str], published: date | None, month: int = 1, day: int = 1
) -> int | None:
    """The year written after a month or holiday (``AFTER_MONTH``'s ``year`` or ``rel``),
    in ``calendar``; «امسال», «سال گذشته» need ``published``. Those words count Solar
    years, so a Lunar ``month`` and ``day`` with them are those of that Solar year
    («نیمه شعبان امسال» in Bahman is the Sha'ban past, not the one to come)."""
    if after["year"]:
        return full_year(after["year"], published)
    if not after["rel"] or published is None:
        return None
    offset = REL_YEAR[key(after["rel"])]
    if calendar == LUNAR:
        return lunar_year_of_solar(cal.from_gregorian(SOLAR, published)[0] + offset, month, day)
    return cal.from_gregorian(calendar, published)[0] + offset


def lunar_year_of_solar(solar_year: int, month: int, day: int) -> int | None:
    """The Lunar year whose ``month`` and ``day`` fall within ``solar_year``: one of the
    two that year overlaps, the earlier when both do (a Solar year is 11 days longer)."""
    span = cal.year_span(SOLAR, solar_year)
    if span is None:
        return None
    first = cal.from_gregorian(LUNAR, span[0])[0]
    for year in (first, first + 1):
        when = cal.to_gregorian(LUNAR, year, month, day)
        if when is not None and span[0] <= when <= span[1]:
            return year
    return first


# A two-digit year is read at most this many years after the article: plans reach a few
# years ahead («برنامه سال ۰۵»), no news writes «سال ۴۱» for a year half a century away.
_YEARS_AHEAD = 10


def full_year(digits: str, published: date | None) -> int:
    """A four-digit year as is; a two-digit one is Solar: 13xx or 14xx, whichever is nearer
    the article's year without lying far after it (13xx when the article's date is unknown)."""
    year = int(digits)
    if len(digits) > 2:
        return year
    if digits.startswith(("0", "۰")):
        return 1400 + year
    if published is None:
        return 1300 + year
    now = cal.from_gregorian(SOLAR, published)[0]
    readings = [y for y in (1300 + year, 1400 + year) if y <= now + _YEARS_AHEAD]
    return min(readings, key=lambda y: abs(now - y), default=1300 + year)


# How far a range may run: a season or a term («2016-2017»), and years in the plural
# («سال‌های 1980 تا 2000»).
_RANGE_REACH = 10
_YEARS_REACH = 100


def year_dates(text: str, pos: int, published: date | None) -> Found | None:
    """«سال ۸۷», «سال ۲۰۱۷», «۱۳۹۶ هجری شمسی», «۱۴۳۹ قمری»."""
    m = _YEAR_RE.match(text, pos)
    if m is None:
        return None
    digits, start = m["y"] or m["many"] or m["bare"] or _year_in_words(m["words"]), m.start()
    if not digits or (m["words"] and UNIT_AFTER.match(text, m.end())):
        return None
    if m["and"] and len(digits) == 2 and int(digits) % 10 == int(m["to"]) % 10 == 0:
        return None  # «سال‌های ۶۰ و ۷۰»: the sixties and seventies
    # «سال‌های ۲۰۱۰ و ۲۰۲۰» names two years, the second found on its own.
    two = bool(m["and"]) and len(digits) == 4 and int(m["to"]) != int(digits) + 1
    if m["bare"] and not m["era"]:
        context = _YEAR_CONTEXT_BEFORE.search(text, max(0, start - 24), start)
        dated = context and _GREGORIAN_YEAR.fullmatch(digits)
        name = _NAMED_YEAR_BEFORE.search(text, max(0, start - _NAME_REACH), start)
        if name and (name["plan"] or name["iranian"]) and not _a_likely_year(name, digits):
            name = None
        named = name or _closes_a_title(text, start, m.end())
        counted = UNIT_AFTER.match(text, m.end()) or _COUNTED_AFTER.match(text, m.end())
        decade = context and context["plural"] and digits[-1] in "0۰"
        if not (dated or named) or counted or decade:
            return None
        if context and context["kept"]:
            start = context.start()
    year = full_year(digits, published)
    if len(digits) == 2 and m["era"] and re.fullmatch(YEAR_SUFFIX[GREGORIAN], m["era"]):
        year = _gregorian_two_digits(int(digits), published)
    calendar = year_calendar(year, m["era"]) or (m["y"] and _lunar_by_context(text, start, year))
    if calendar is None:
        return None
    end = m.end("many") if two else m.end()
    found = resolved(text, start, end, Spec(calendar, year), published)
    if found is None or two or not (m["y2"] or m["y2s"] or m["to"]):
        return found
    last = full_year(m["y2"] or m["y2s"] or m["to"], published)
    reach = _YEARS_REACH if m["to"] else _RANGE_REACH
    if not year < last <= year + reach or (span := cal.year_span(calendar, last)) is None:
        if not (m["y2"] and m["spaced"]):
            return None
        # «از سال ۲۰۰۵ - ۱۵۰۰ نفر …»: a spaced dash before no later year is a pause
        return resolved(text, start, m.start("spaced"), Spec(calendar, year), published)
    assert found.span is not None  # a written year
    return replace(found, native=f"{found.native}/{last:04d}", span=(found.span[0], span[1]))


def _gregorian_two_digits(n: int, published: date | None) -> int:
    """«سال ۷۰ میلادی» is 1970: this century's year when not after the article's year
    (the last century's when that is unknown)."""
    year = 2000 + n
    return year if published is not None and year <= published.year else year - 100


# «سال هشتاد و هفت», «سال نود»: a Solar year written out is one of the last decades of a
# century; a smaller count after «سال» is an ordinal year of something («سال دو»).
_WORDS_YEAR_FROM = 50


def _year_in_words(words: str | None) -> str | None:
    """The two digits of a Solar year written in words, or None."""
    if words is None:
        return None
    n = number_value(words)
    return str(n) if n >= _WORDS_YEAR_FROM else None


# «در سال ۱۰۷۳ هجری قمری به دنیا آمد و در سال ۱۱۳۶ درگذشت»: an old year after a Lunar
# one in its paragraph is Lunar too; no Solar or Gregorian year that old is news.
_LUNAR_ERA_BEFORE = re.compile(rf"(?:{YEAR_SUFFIX[LUNAR]}){R}")
_LUNAR_REACH = 400
_OLDEST_SOLAR = 1200


def _lunar_by_context(text: str, start: int, year: int) -> str | None:
    """LUNAR for a four-digit year after «سال» older than any Solar one news names, when a
    Lunar era is written before it in its paragraph."""
    if not 1000 <= year < _OLDEST_SOLAR:
        return None
    floor = max(text.rfind("\n", 0, start) + 1, start - _LUNAR_REACH)
    return LUNAR if _LUNAR_ERA_BEFORE.search(text, floor, start) else None


def year_calendar(year: int, era: str | None) -> str | None:
    """The calendar of a year: the one its era names, else the one its size fits."""
    for calendar in (LUNAR, GREGORIAN, SOLAR):
        if era and re.fullmatch(YEAR_SUFFIX[calendar], era):
            return calendar
    if _OLDEST_SOLAR <= year < 1600:
        return SOLAR
    # No Solar or Lunar year has reached 16xx: «سال ۱۷۵۵» is Gregorian.
    return GREGORIAN if 1600 <= year < 2200 else None
