"""The words of Persian dates, and the regex fragments built from them.

Kept as data apart from the matcher so the vocabulary can be read and extended
without touching the logic. In every name, ``_`` marks a spot where writers put a
space, a half-space or nothing («سه شنبه», «سه‌شنبه», «سهشنبه»).
"""

import re

from khabar.news.dates.calendars import GREGORIAN, LUNAR, SOLAR
from khabar.text.chars import ZWNJ

# Word edges where the half-space belongs to the word: «می‌شود» holds no «می».
L = rf"(?<![\w{ZWNJ}])"
R = rf"(?![\w{ZWNJ}])"
# Where a year's digits end: not inside a longer number or a written date («1394/05/12»,
# «2.5»), though a sentence may end right after it («در سال 1394.»).
YEAR_END = r"(?![\d/\-]|\.\d)"
_GAP = f"[ {ZWNJ}]?"
# «بیست و هشتم», «بیست‌وهشتم».
_AND = f"[ {ZWNJ}]*و[ {ZWNJ}]*"

# (calendar, month, needs context, spellings). A month that is also a common word or
# name («مهر» the agency, «تیر» a bullet, «رجب» a name, «می» a verb prefix) only counts
# next to a day, a year or «ماه».
_MONTH_TABLE = [
    (GREGORIAN, 1, False, "ژانویه"),
    (GREGORIAN, 2, False, "فوریه", "فبریه"),
    (GREGORIAN, 3, False, "مارس"),
    (GREGORIAN, 4, False, "آوریل", "آپریل", "اوریل"),
    (GREGORIAN, 5, True, "مه", "می"),
    (GREGORIAN, 6, False, "ژوئن", "ژوین"),
    (GREGORIAN, 6, True, "جون"),
    (GREGORIAN, 7, False, "ژوئیه", "ژوییه", "جولای"),
    (GREGORIAN, 8, True, "اوت", "آگوست", "اگوست"),
    (GREGORIAN, 9, False, "سپتامبر"),
    (GREGORIAN, 10, False, "اکتبر"),
    (GREGORIAN, 11, False, "نوامبر"),
    (GREGORIAN, 12, False, "دسامبر"),
    (SOLAR, 1, False, "فروردین", "فرودین"),
    # real text's common misspelling, «اردبیهشت»
    (SOLAR, 2, False, "اردیبهشت", "اردبیهشت"),
    (SOLAR, 3, False, "خرداد"),
    (SOLAR, 4, True, "تیر"),
    (SOLAR, 5, False, "مرداد", "امرداد"),
    (SOLAR, 6, False, "شهریور"),
    (SOLAR, 7, True, "مهر"),
    (SOLAR, 8, False, "آبان"),
    (SOLAR, 9, True, "آذر"),
    (SOLAR, 10, True, "دی"),
    (SOLAR, 11, True, "بهمن"),
    (SOLAR, 12, True, "اسفند"),
    (LUNAR, 1, True, "محرم", "محرم_الحرام"),
    (LUNAR, 2, True, "صفر"),
    (LUNAR, 3, False, "ربیع_الاول", "ربیع_الاولی"),
    (LUNAR, 4, False, "ربیع_الثانی", "ربیع_الآخر", "ربیع_الاخر"),
    (LUNAR, 5, False, "جمادی_الاول", "جمادی_الاولی"),
    (LUNAR, 6, False, "جمادی_الثانی", "جمادی_الثانیه", "جمادی_الآخر", "جمادی_الاخری"),
    (LUNAR, 7, True, "رجب"),
    (LUNAR, 8, True, "شعبان"),
    (LUNAR, 9, True, "رمضان"),
    (LUNAR, 10, False, "شوال"),
    (LUNAR, 11, False, "ذی_القعده", "ذی_القعدة", "ذیقعده", "ذو_القعده"),
    (LUNAR, 12, False, "ذی_الحجه", "ذی_الحجة", "ذیحجه", "ذو_الحجه"),
]

# Python's weekday numbers (Monday is 0); the Iranian week runs Saturday to Friday.
_WEEKDAY_TABLE = {
    "شنبه": 5,
    "یک_شنبه": 6,
    "دو_شنبه": 0,
    "سه_شنبه": 1,
    "چهار_شنبه": 2,
    "پنج_شنبه": 3,
    "جمعه": 4,
    "آدینه": 4,
}

# Named days: (calendar, month, day). Only names that cannot be read another way.
_HOLIDAY_TABLE = {
    "عید_نوروز": (SOLAR, 1, 1),
    "نوروز": (SOLAR, 1, 1),
    "سیزده_بدر": (SOLAR, 1, 13),
    "سیزده به در": (SOLAR, 1, 13),
    "شب یلدا": (SOLAR, 9, 30),
    "عید فطر": (LUNAR, 10, 1),
    "عید قربان": (LUNAR, 12, 10),
    "عید اضحی": (LUNAR, 12, 10),
    "عید غدیر": (LUNAR, 12, 18),
    "عید مبعث": (LUNAR, 7, 27),
    "روز تاسوعا": (LUNAR, 1, 9),
    "روز عاشورا": (LUNAR, 1, 10),
    "نیمه شعبان": (LUNAR, 8, 15),
    "کریسمس": (GREGORIAN, 12, 25),
}

# Days of Iran's recent history, by their Solar (month, day): the year a «حماسه ۹ دی» or
# «کودتای ۲۸ مرداد» names without writing it. Not 22 Bahman: «حماسه ۲۲ بهمن» is as
# often this year's rally as the revolution's victory.
HISTORIC_DAYS: dict[tuple[int, int], int] = {
    (1, 12): 1358,  # the Islamic Republic voted
    (3, 2): 1376,  # Khatami's election
    (3, 3): 1361,  # Khorramshahr freed
    (3, 14): 1368,  # Imam Khomeini's death
    (3, 15): 1342,  # the uprising of 15 Khordad
    (4, 7): 1360,  # the bombing of 7 Tir
    (4, 18): 1378,  # the university dormitory riots
    (4, 23): 1378,  # the rally that answered them
    (5, 28): 1332,  # the coup of 28 Mordad
    (6, 17): 1357,  # Black Friday
    (8, 13): 1358,  # the US embassy taken
    (10, 9): 1388,  # the rally of 9 Dey
    (10, 19): 1356,  # the Qom uprising
    (11, 12): 1357,  # Imam Khomeini's return
    (11, 29): 1356,  # the Tabriz uprising
}
# The words that name the event itself, not this year's remembrance of it: «حماسه‌های
# بزرگ ۲۳ تیر و ۹ دی», «کودتای ۲۸ مرداد», «جریان دوم خرداد». Not a word any incident
# takes («حادثه ۱۴ خرداد در پالایشگاه», «فاجعه ۱۹ دی در معدن»), nor «در جریان» (during).
HISTORIC_BEFORE = re.compile(
    rf"{L}(?:حماسه|قیام|کودتای|فتنه|قائله|(?<!در )جریان|جبهه)(?:{ZWNJ}?های|{ZWNJ}ی)?"
    rf"(?: (?:بزرگ|عظیم|تاریخی|خونین|شکوهمند))?(?: [^\s.،]+ [^\s.،]+ و)? $"
)
# An incident is the day of history when its dead or its memory are named with it («یاد
# شهیدان واقعه ۱۷ شهریور», «قربانیان فاجعه ۷ تیر»), unless a place follows the day
# («قربانیان فاجعه ۱۹ دی در معدن»: an incident of its year). Its anniversary
# («سالگرد حادثه ۷ تیر») is held this year.
REMEMBERED_INCIDENT_BEFORE = re.compile(
    rf"{L}(?:شهیدان|شهدای|قربانیان|جانباختگان|بازماندگان|یاد)"
    rf" (?:واقعه|فاجعه|حادثه)(?: (?:تلخ|خونین|هولناک|تروریستی))? $"
)
PLACE_AFTER = re.compile(rf" در{R}")
# A participle after these appoints a day to come («نشست پیش‌بینی شده روز پنجشنبه»); one
# after «اعلام», «تصویب» tells the day it was done («آمار اعلام شده در روز سه‌شنبه»).
_APPOINTING = (
    rf"تعیین|موکول|مقرر|پیش[ {ZWNJ}]?بینی|برنامه[ {ZWNJ}]?ریزی|زمان[ {ZWNJ}]?بندی|در نظر گرفته"
)
APPOINTED_BEFORE = re.compile(rf"{L}(?:{_APPOINTING}) $")
# A verb after a date and these only sets or moves it («کنکور ۱۵ بهمن تعیین شد», «به ۱۵
# بهمن موکول شد», «۱۵ بهمن اعلام شد»): it tells nothing of whether the day has passed;
# «اعلام», «مشخص» (``told``) may also tell an outcome («نتایج انتخابات ۱۰ بهمن اعلام شد»).
SET_BEFORE = re.compile(
    rf"{L}(?:{_APPOINTING}|(?P<told>اعلام|مشخص)|تصویب|تمدید|منتقل|تغییر|تنظیم|به تعویق|عقب) $"
)
# Words naming an incident, whose day has passed («سیل فروردین شیراز», «حمله روز جمعه»);
# not a drill's («مانور زلزله ۱۶ آبان»).
INCIDENT = (
    rf"(?<!مانور )(?:سیل|زلزله|زمین[ {ZWNJ}]?لرزه|طوفان|آتش[ {ZWNJ}]?سوزی|انفجار|حمله|حملات"
    rf"|ترور)(?:{ZWNJ}?های)?"
)

_UNITS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
_TENS = {
    "بیست": 20,
    "سی": 30,
    "چهل": 40,
    "پنجاه": 50,
    "شصت": 60,
    "هفتاد": 70,
    "هشتاد": 80,
    "نود": 90,
}

CARDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(_TEENS, 10)},
    "هیجده": 18,
    "هیفده": 17,
    "پونزده": 15,
    **_TENS,
}
ORDINALS: dict[str, int] = {
    "اول": 1,
    "یکم": 1,
    "دوم": 2,
    "سوم": 3,
    **{word + "م": n for word, n in CARDINALS.items() if 4 <= n <= 20},
    "سیام": 30,
}


# The ezafe's kasra, which real text sometimes writes: «سال پیشِ رو».
KASRA = "\u0650"


def key(name: str) -> str:
    """A spelling with its spaces, half-spaces and written kasra taken out: the lookup key."""
    return name.replace(" ", "").replace(ZWNJ, "").replace("_", "").replace(KASRA, "")


def _alternation(names: list[str]) -> str:
    """Longest first, so «سه‌شنبه» wins over «شنبه»; ``_`` and spaces become gaps."""
    parts = sorted(set(names), key=len, reverse=True)
    return "|".join(re.escape(p).replace("_", _GAP).replace(r"\ ", f"[ {ZWNJ}]+") for p in parts)


MONTHS: dict[str, tuple[str, int, bool]] = {
    key(name): (cal, month, ambiguous)
    for cal, month, ambiguous, *names in _MONTH_TABLE
    for name in names
}
WEEKDAYS: dict[str, int] = {key(name): wd for name, wd in _WEEKDAY_TABLE.items()}
HOLIDAYS: dict[str, tuple[str, int, int]] = {key(n): v for n, v in _HOLIDAY_TABLE.items()}

MONTH = _alternation([n for _, _, _, *names in _MONTH_TABLE for n in names])
# Where a month's name ends: at the word's end, or before «ماه» glued to it
# («شهریورماه»), itself glued to a year at times («تیرماه1379»).
MONTH_END = rf"(?:{R}|(?=[{ZWNJ}]?ماه(?:{R}|\d)))"
WEEKDAY = _alternation(list(_WEEKDAY_TABLE))
HOLIDAY = _alternation(list(_HOLIDAY_TABLE))
# A month or weekday name after these words is part of a name or a title, not a date
# («خبرگزاری مهر», «نماز جمعه», «امام جمعه», «امامت جمعه»); after «شهر» or a dateline
# («خبرنگار فارس در دوشنبه») it is a city, Tajikistan's capital.
NOT_A_DATE_BEFORE = re.compile(
    rf"{L}(?:خبرگزاری|گزارش|نقل از|خبرنگار|امام|امامت|نماز|ائمه|خطیب|شهر"
    rf"|(?:خبرگزاری|خبرنگار) \w+ (?:در|از)) $"
)
# A date after these words names a square, a street, an oil field, a stadium or a
# neighbourhood («میدان هفتم تیر», «میدان‌های نفتی آبان», «مجموعه ورزشی ۱۷ شهریور»).
PLACE_BEFORE = re.compile(
    rf"{L}(?:میدان|میادین|خیابان|بلوار|چهارراه|بزرگراه|کوچه|ورزشگاه|استادیوم|مجموعه ورزشی"
    rf"|شهرک|کوی)(?:{ZWNJ}?های)?(?: نفتی| گازی)? $"
)
_UNIT_ORDINALS = _alternation([w for w, n in ORDINALS.items() if n < 10])
_OTHER_ORDINALS = _alternation([w for w, n in ORDINALS.items() if n >= 10] + ["سی_ام"])
ORDINAL = rf"(?:(?:بیست|سی){_AND}(?:{_UNIT_ORDINALS})|{_OTHER_ORDINALS}|{_UNIT_ORDINALS})"
CARDINAL = (
    rf"(?:(?:{_alternation(list(_TENS))}){_AND}(?:{_alternation(_UNITS)})"
    rf"|{_alternation([w for w in CARDINALS if w not in _UNITS])}|{_alternation(_UNITS)})"
)

_SPLIT_TENS = re.compile(rf"(?:(?P<tens>{_alternation(list(_TENS))}){_AND})?(?P<rest>.+)")


def number_value(written: str) -> int:
    """The value of a day or count written in digits (any script) or in Persian words."""
    if written[0].isdigit():
        return int(written)
    parts = _SPLIT_TENS.fullmatch(written)
    assert parts is not None  # ``.+`` takes anything
    rest = key(parts["rest"])
    value = ORDINALS.get(rest) or CARDINALS[rest]
    return value + (CARDINALS[parts["tens"]] if parts["tens"] else 0)
