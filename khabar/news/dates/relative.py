"""Dates counted from the publication day: «دیروز», «هفته گذشته», «دو روز پیش»,
«این ماه», «امسال», «پایان سال».

* Relative weeks, months and years are Iranian ones: weeks run Saturday to Friday,
  «ماه گذشته» is the previous Solar month; «میلادی» after them makes them Gregorian.
* «N روز پیش» / «N هفته قبل» is a point (that day); «N هفته دیگر» past one week is
  about that far off, no date. Months and years counted back («سه ماه پیش», «۱۵ سال
  قبل») name no day, month or year of the calendar, so they are vague, not dates. A
  count with «گذشته», «آینده» («در دو سال آینده», «طی سه روز گذشته», «چند ماه گذشته»,
  «صد سال دیگر») is a duration and not a date, nor is a guess between two counts («۲ یا
  ۳ هفته دیگر»), a comparison's baseline («ماه مشابه سال قبل», «هفته قبل از آن»), or
  «این ماه» / «این هفته» before «نسبت به» (the month reported on, not the current one).
  A bare «نسبت به سال گذشته» still names last year.
* A day before «ماه جاری», «ماه آینده», «ماه گذشته» («یازدهم ماه جاری», «۱۵ ماه جاری»)
  is that day of the Solar month, not the month; an ordinal only where a day may stand
  (after «روز», a preposition, a weekday), not after a noun it ranks («قسط سوم ماه آینده»).
"""

import re
from datetime import date, timedelta

from khabar.news.dates import calendars as cal
from khabar.news.dates.boundaries import boundary_before
from khabar.news.dates.calendars import GREGORIAN, SOLAR, Span
from khabar.news.dates.lexicon import (
    CARDINAL,
    KASRA,
    ORDINAL,
    WEEKDAY,
    WEEKDAYS,
    L,
    R,
    key,
    number_value,
)
from khabar.news.dates.model import Found
from khabar.news.dates.tense import POINT_IN_WORD, first_verb
from khabar.news.dates.times import PART_OF_DAY_BEFORE
from khabar.news.places import places
from khabar.text.chars import ZWNJ

REL_DAY = {
    "پریروز": -2,
    "دیروز": -1,
    "دیشب": -1,
    "روزگذشته": -1,
    "شبگذشته": -1,
    "شامگاهگذشته": -1,
    # the last day and night, as a daily report counts it: «در شبانه‌روز گذشته ۳۴ نفر …»
    "شبانهروزگذشته": -1,
    "امروز": 0,
    "امشب": 0,
    "فردا": 1,
    "پسفردا": 2,
}
# The days named from publication, each a word or two.
NAMED_DAYS = (
    rf"پریروز|دیروز|دیشب|(?:روز|شب|شامگاه|شبانه[ {ZWNJ}]?روز) گذشته|امروز|امشب|فردا"
    rf"|پس[ {ZWNJ}]?فردا"
)
REL_DAY_RE = re.compile(
    rf"{L}(?P<w>{NAMED_DAYS}){R}"
    rf"(?: ?[،,]? ?(?P<open>\()?(?P<wd>{WEEKDAY}){R}(?(open)\)))?"
)
# Which way a period word counts from publication, keyed as ``key`` spells it; weekdays
# read «هفته گذشته» with it too. «پیش رو» (what lies ahead) is the coming one, not «پیش»,
# its ezafe written or not («سال پیشِ رو»).
DIRECTIONS = {
    "گذشته": "past",
    "پیشرو": "next",
    "پیش": "ago",
    "قبل": "ago",
    "آینده": "next",
    "آتی": "next",
    "دیگر": "later",
    "جاری": "this",
    "جدید": "new",
}
DIRECTION = rf"پیش{KASRA}?[ {ZWNJ}]?رو|{'|'.join(DIRECTIONS)}"
_PERIOD_RE = re.compile(
    rf"{L}(?:(?P<n>\d{{1,3}}|{CARDINAL}) )?(?P<unit>روز|شب|هفته|ماه|سال)(?:(?:{ZWNJ}ی| ی)? |{ZWNJ})"
    rf"(?P<dir>{DIRECTION}){R}(?: (?P<era>میلادی){R})?"
)
_THIS_PERIOD_RE = re.compile(
    rf"{L}(?:(?:این|همین) (?P<unit>هفته|ماه|سال)|(?P<word>امسال|پارسال))(?: (?P<era>میلادی))?{R}"
)
# «پایان سال»: the current year, unless it is another kind of year.
_BARE_YEAR_RE = re.compile(rf"سال(?: (?P<era>میلادی))?{R}(?! (?:تحصیلی|زراعی|آبی|مالی|\d))")
# «سه روز گذشته», «دو سال آینده», «چند ماه گذشته»: a count before makes the period a
# duration, «چند» glued to what comes before it too («درچند سال گذشته»).
_COUNT_BEFORE = re.compile(rf"(?:{L}(?:\d+|{CARDINAL}|صد|هزار)|چند|چندین) $")
# «دو روز دیگر یا بیشتر»: a count with «or more» is how long, not when.
_OR_MORE_AFTER = re.compile(rf" یا (?:بیشتر|کمتر|بیش|کم)(?:تر)?{R}")
# «۲ یا ۳ هفته دیگر», «سه چهار هفته دیگر»: a guess between two counts names no day.
_OTHER_COUNT_BEFORE = re.compile(rf"{L}(?:\d{{1,2}}|{CARDINAL})(?: یا| تا|[-–])? ?$")
# A comparison's baseline is not a date of its own: «ماه مشابه سال قبل», «هفته قبل از آن»;
# nor is the year of a feast or week named without its days («اربعین سال آینده», «دهه
# فجر امسال», «هفته دفاع مقدس سال جاری»), which the guidelines leave out.
_BASELINE_OR_FEAST_BEFORE = re.compile(
    rf"{L}(?:مشابه|اربعین(?: حسینی)?|دهه(?: مبارک)? فجر"
    rf"|هفته (?:دولت|دفاع مقدس|وحدت|بسیج|کتاب|سلامت|معلم|پژوهش)) $"
)
_BASELINE_REACH = 24
_OTHER_ANCHOR_AFTER = re.compile(rf" (?:از|پس از|بعد از) آن{R}")
# «دو روز پیش از اجرا»: counted back from another event, not from publication («دو روز
# پیش از سوی وزارت …» is by someone, «دو روز پیش از بیمارستان مرخص شد» where someone
# came from).
_BEFORE_AN_EVENT = re.compile(
    rf" از{R}(?! (?:سوی|طرف|جانب|بیمارستان|زندان|منزل|خانه|محل|کشور|شهر|استان){R})"
)
_WORD_AFTER = re.compile(r" ([^\s،.:؛!؟()«»]+)")
# «تا دو هفته دیگر», «برای سه سال دیگر»: how long, not when.
_SPAN_BEFORE = re.compile(rf"{L}(?:تا|برای|طی|ظرف) $")
_COMPARED_AFTER = re.compile(rf" نسبت به{R}")
# «سال جدید» is the year the calendar is in, not a school's or a farm's («سال جدید تحصیلی»),
# nor that of another calendar («سال جدید قمری», «سال جدید چینی»).
_OTHER_YEAR = re.compile(rf" (?:تحصیلی|زراعی|آبی|مالی|کاری|ورزشی|(?:هجری )?قمری|چینی){R}")
# Nor the moment it turns («تحویل سال جدید», as «لحظه سال تحویل» is no date) nor the
# Christian one («جشن کریسمس و سال جدید»).
_NO_YEAR_BEFORE = re.compile(rf"{L}(?:تحویل|کریسمس و) $")
# «اظهار داشت: امروز دشمنان …»: «امروز» opening what someone says is "nowadays", not the
# day, unless a time of day or a date follows it.
_SPEECH_OPENS = re.compile(r"(?:کرد|داشت|داد|گفت|افزود) ?: ?$")
# «جامعه امروز», «نسل جوان امروز», «ادبیات امروز ما», «شهر فردا»: the present or the
# future of a world, a generation, a city or an art.
_OF_THE_TIMES = re.compile(
    rf"{L}(?:جهان|دنیا|دنیای|جامعه|جوامع|نسل(?: جوان)?|جوانان|انسان|بشر|روزگار|زمانه|نیازهای"
    rf"|شرایط|موقعیت|ادبیات|شهر|مسائل|مشکلات|دغدغه|نیاز) $"
)
# «فریاد امروز و دیروز ما نیست», «ایران دیروز، امروز و فردا», «وضعیت امروز و آینده
# انقلاب»: day words run backwards, all three together, or today with what is to come,
# say "always", no day.
_ALL_DAYS = re.compile(rf"{L}(?:امروز و دیروز|دیروز،? امروز و فردا|امروز و آینده){R}")
# «مسکن فردا-شهر فردا», «ایران‌امروز-»: a hyphen glued to the word joins it into a name.
_HYPHEN_JOINED = re.compile(r" ?-(?=\w)")
_DAY_AFTER = re.compile(rf" (?:صبح|عصر|ظهر|بعدازظهر|شب|بامداد|ساعت|\d){R}")
# The nouns of an event's verb: «برگزار شد», «آغاز می‌شود»; and of an act done on a day:
# a sending («نامه‌ای ارسال می‌کند», «پرونده ارسال شده است»), a journey, a meeting
# («با سفیر دیدار دارد»), an arrest.
_EVENT = (
    "برگزار|آغاز|افتتاح|اجرا|امضا|انجام|منتشر|تشکیل|شروع"
    "|ارسال|تحویل|تقدیم|ابلاغ|تصویب|اعزام|عازم|سفر|دیدار|ملاقات|دستگیر|بازداشت"
)
# «افزود: امروز کار … در شهرستان آغاز شده …»: an event done on the day, in its clause.
_DONE_TODAY = re.compile(rf"[^.!؟\n،]*?(?:{_EVENT}) (?:شد|شده|گردید){R}")
# «امروز ایران یکی از کشورهای امن منطقه است», «امروز بانک‌ها در خدمت تولید نیستند»: a
# clause of a few words that says what is, with «است» after no participle, tells of the
# times, where the day's news is done («… افتتاح شد») or has come to be («… به ۲۰۰
# کیلومتر رسیده است»), or that names the day («امروز سالروز …», «… آخرین روز مهلت است»).
# «از امروز», «تا امروز», «طی امروز» count from the day itself.
_STATE_CLAUSE = re.compile(
    rf"(?! (?:سالروز|مصادف|آخرین|اولین|نخستین){R})(?: [^\s.!؟،؛:«»]+){{0,10}}?"
    r" (?P<last>[^\s.!؟،؛:«»]+) (?:است|هستند|هستیم|نیست|نیستند|نیستیم)(?=\s*[.!؟\n،؛»]|$)"
)
_FROM_THE_DAY = re.compile(rf"{L}(?:از|تا|طی) $")
# «در سال ۱۹۸۵ حاصل شد و تا امروز ادامه دارد», «از ابتدای جنگ تا امروز»: up to this day
# from long ago is now, not the publication day («ثبت‌نام تا امروز ادامه دارد», «از ابتدای
# سال تا امروز», «از زمان آغاز ثبت‌نام تا امروز» count the days up to it). The year is when
# something happened («در سال ۱۹۹۰»), not a name's («ثبت‌نام کنکور سال ۱۴۰۳ تا امروز»), and
# the era one of history («جنگ», «انقلاب»), not the start of a plan or a call.
_LASTS_AFTER = re.compile(rf" (?:ادامه|پابرجا|برقرار|باقی){R}")
_A_YEAR = re.compile(rf"{L}(?:در|از|طی) سال(?:[ {ZWNJ}]?های)? ?\d")
_SINCE_AN_ERA_BEFORE = re.compile(
    rf"{L}از (?:اول|ابتدای|آغاز|زمان|دوران) (?:پیروزی )?(?:جنگ|انقلاب|دفاع مقدس|تاسیس|تأسیس"
    rf"|استقلال|تاریخ|خلقت|آفرینش|اسلام|بشریت)(?: [^\s.،:]+){{0,2}} تا $"
)
_SINCE_REACH = 200
# «یازدهم ماه جاری», «پنجم ماه آینده», «۱۱ و ۱۲ ماه جاری»: days of the month named. An
# ordinal counts no months, nor does a number before «جاری» («۱۵ ماه جاری»).
_ORDINAL_BEFORE = re.compile(rf"{L}(?P<d>{ORDINAL}) $")
# An ordinal names a day only after «روز», a preposition, a weekday, a pronoun, a clause's
# start or an event told as the next one («روزهای یازدهم و دوازدهم ماه جاری», «در پنجم ماه
# آینده», «وی یازدهم ماه جاری به تهران آمد», «نشست بعدی پنجم ماه آینده»), or as the end of
# a stretch from another («نمایشگاه کتاب سوم تا هفتم ماه آینده»); after a noun it ranks it
# («قسط سوم ماه آینده», «نیمه دوم ماه جاری», «مجلس یازدهم»). «اول ماه آینده» is the
# boundary's first day.
_DAY_LEAD = re.compile(
    rf"(?:^|[.،,؛:!?؟\n«(]|{L}(?:روز(?:{ZWNJ}| )?(?:های)?|در|از|تا|به|الی|لغایت|که|تاریخ|مورخ"
    rf"|بعدی|آتی|جدید|وی|او|ایشان|{WEEKDAY})) ?$"
)
_FIRST_DAY_BEFORE = re.compile(rf"{L}(?P<d>\d{{1,2}}|{ORDINAL}) ?(?:و|(?P<to>تا|الی|لغایت|-)) ?$")
# Reported words: after a speech verb and its colon or «که», after «با بیان اینکه», or
# inside «…», in the paragraph.
_SPEECH_BEFORE = re.compile(
    rf"(?:کرد|داشت|داد|گفت|افزود|شد|نمود|است) ?:|(?:کرد|داشت|گفت|افزود|شد) که{R}"
    rf"|با (?:بیان|اشاره به|تاکید بر|تأکید بر) (?:این ?که|این{ZWNJ}که){R}"
)
_CLAUSE_STOP = re.compile(rf"[!?؟\n؛:«»]|(?!{POINT_IN_WORD})\.")
# «برگزار می‌شود», «آغاز می‌شود»: the day's own event, told in the present; so is
# asking or saying it («امروز می‌پرسیم …», «امروز اعلام می‌کنیم»).
_EVENT_BEFORE = re.compile(rf"{L}(?:{_EVENT}|اعلام) $")
# «زیادی», «بسیاری از»: a present act of many is a habit of the times, not the day's act;
# not a count («بیشتر از ۱۰۰ نفر») nor a whole group named («همه اعضای تیم»), sent today.
_MANY = re.compile(rf"{L}(?:زیادی|بسیاری|بیشتر(?! از)|اغلب|اکثر){R}")
# Only the subject, the words before the first preposition, counts its many: «در بیشتر
# شهرها», «با حضور جمعیت زیادی» tell where and how the day's event is held.
_PREPOSITION = re.compile(rf"{L}(?:در|با|به|برای|بر|تا) ")
_SAID_NOW = re.compile(rf"ن?می[{ZWNJ} ]?(?:پرس|گوی)")
# A present perfect tells what has come to be by now («… تبدیل شده است», «… پیدا کرده»),
# unless it is a figure the day reached («به سه هزار کیلومتر رسیده است») or what is
# still not done on the day («امروز … هنوز نهایی نشده است»).
_COME_TO_BE = re.compile(r"(?!رسیده|ن(?:شد|کرد|داشت|داد)ه)\w+ه")
# A past participle ends in its past stem's «د» or «ت» and «ه»: «رسیده», «شده», «کرده»,
# «گرفته», «داشته» (not «مشاهده»). A few adjectives pass too («عمده», «آماده», «آینده»,
# «نگران‌کننده»): their clause keeps its «امروز» as a date, a miss and not a wrong one.
_PARTICIPLE = re.compile(r"(?:ی|ش|ر|ا|و|م|ن)ده$|(?:ف|ش|خ|س)ته$")
# «امروز به یک قدرت منطقه‌ای تبدیل شده است», «امروز این صنعت به صنعتی راهبردی بدل شده»:
# what has become something by now is the times, told by the story or by a speaker, and
# no act of the day.
_HAS_BECOME = re.compile(
    rf"(?:(?! که )[^.!؟\n؛:«»]){{0,120}}? (?:تبدیل|بدل|مبدل)[ {ZWNJ}]?(?:شده|گردیده|گشته)"
    rf"(?:{ZWNJ}?(?:اند|است))?{R}"
)


def relative_found(
    start: int,
    end: int,
    span: Span | None,
    calendar: str = SOLAR,
    mismatch: bool = False,
    period: bool = False,
) -> Found:
    """A candidate counted from publication (weekdays too); ``native`` is ``span`` written
    in ``calendar``, or None where there was no ``published`` to count from."""
    native = None if span is None else cal.label(calendar, span)
    return Found(start, end, calendar, native, span, mismatch, relative=True, period=period)


def relative_days(text: str, pos: int, published: date | None) -> Found | None:
    """«دیروز», «امروز (سه‌شنبه)», «پس‌فردا»."""
    m = REL_DAY_RE.match(text, pos)
    if m is None:
        return None
    if m["w"].startswith(("روز", "شب", "شامگاه")) and _COUNT_BEFORE.search(
        text, max(0, pos - 16), pos
    ):
        return None  # «سه روز گذشته» is a duration, not yesterday
    if m["w"] == "امروز" and _nowadays(text, m):
        return None
    if any(
        a.start() <= pos < a.end() for a in _ALL_DAYS.finditer(text, max(0, pos - 16), pos + 24)
    ):
        return None
    if m["w"] == "فردا" and _of_a_name(text, m):
        return None
    if published is None:
        return relative_found(m.start(), m.end(), None)
    day = published + timedelta(days=REL_DAY[key(m["w"])])
    mismatch = m["wd"] is not None and WEEKDAYS[key(m["wd"])] != day.weekday()
    return relative_found(m.start(), m.end(), (day, day), mismatch=mismatch)


def _nowadays(text: str, m: re.Match[str]) -> bool:
    """«افزود: امروز دستاوردهای نظام …»: what a speaker's words open with is the present
    time, not the day they are spoken («گفت: امروز صبح …», «امروز (سه‌شنبه)» and «امروز
    … افتتاح شد» are);
    so is the «امروز» of a world or a generation («نسل امروز», «جامعه امروز»), and that of
    a clause saying what is («امروز بانک‌ها در خدمت تولید نیستند»)."""
    if m["wd"] is not None or _DAY_AFTER.match(text, m.end()):
        return False
    if PART_OF_DAY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False  # «صبح امروز»
    if _DONE_TODAY.match(text, m.end(), min(len(text), m.end() + 120)):
        return False
    verb = _clause_verb(text, m)
    if verb is not None and not verb["past"] and _the_days_act(text, m, verb):
        return False  # «گفت: امروز لایحه در مجلس تصویب می‌شود»: the day's own act
    start = m.start()
    before = max(0, start - 12)
    if _SPEECH_OPENS.search(text, before, start) or _OF_THE_TIMES.search(text, before, start):
        return True
    if text.endswith("تا ", 0, start) and _since_long_ago(text, m):
        return True
    if _HAS_BECOME.match(text, m.end()):
        return True
    if _FROM_THE_DAY.search(text, max(0, start - 4), start):
        return False  # «از امروز», «تا امروز»: counted from the day itself
    return _tells_a_state(text, m, verb) or _present_in_speech(text, m, verb)


def _since_long_ago(text: str, today: re.Match[str]) -> bool:
    """Whether «تا امروز» ends a stretch from long ago: from an era, or lasting since a
    year its sentence names."""
    start = today.start()
    if _SINCE_AN_ERA_BEFORE.search(text, max(0, start - 48), start):
        return True
    floor = max(0, start - _SINCE_REACH)
    sentence = max(text.rfind(edge, floor, start) for edge in ".!؟\n") + 1 or floor
    lasts = _LASTS_AFTER.match(text, today.end()) is not None
    return lasts and _A_YEAR.search(text, sentence, start) is not None


def _present_in_speech(text: str, today: re.Match[str], verb: re.Match[str] | None) -> bool:
    """«افزود: … صدای انقلاب امروز از سراسر جهان شنیده می‌شود», «گفت: … که امروز ما
    نیازی به آن نداریم», «گفت: … امروز به یک قدرت منطقه‌ای تبدیل شده است»: in reported
    words, «امروز» whose clause says what is or has come to be, with a present or perfect
    verb (``verb``, the clause's first) that is no event of the day («… امروز برگزار
    می‌شود»), is now."""
    paragraph = text.rfind("\n", 0, today.start()) + 1
    quoted = text.rfind("«", paragraph, today.start()) > text.rfind("»", paragraph, today.start())
    if not (quoted or _SPEECH_BEFORE.search(text, paragraph, today.start())):
        return False
    if verb is None or verb["future"] or _SAID_NOW.match(verb.group()):
        return False
    return not verb["past"] or _COME_TO_BE.fullmatch(verb.group()) is not None


def _clause_verb(text: str, today: re.Match[str]) -> re.Match[str] | None:
    """The first verb of the clause «امروز» stands in."""
    stop = _CLAUSE_STOP.search(text, today.end())
    return first_verb(text, today.end(), stop.start() if stop else len(text))


def _the_days_act(text: str, today: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether the verb is that of an event or an act («برگزار می‌شود», «ارسال می‌کند»,
    «دیدار دارد»), which happens on a day, and not one done by many, again and again
    («امروز جوانان زیادی به خارج اعزام می‌شوند»: nowadays)."""
    if _EVENT_BEFORE.search(text, max(0, verb.start() - 10), verb.start()) is None:
        return False
    prep = _PREPOSITION.search(text, today.end(), verb.start())
    return _MANY.search(text, today.end(), prep.start() if prep else verb.start()) is None


def _tells_a_state(text: str, today: re.Match[str], verb: re.Match[str] | None) -> bool:
    """Whether the clause «امروز» opens ends in «است» or «هستند» after a word that is no
    participle («رسیده است», «شده است» tell what came to be on the day), with no verb in
    the past before it: «کلانتری امروز هشدار داد که ذخایر … در حال نابودی است» warned on
    the day of what is."""
    m = _STATE_CLAUSE.match(text, today.end())
    if m is None or _PARTICIPLE.search(m["last"]) is not None:
        return False
    return verb is None or not verb["past"] or verb.start() >= m.start("last")


def _of_a_name(text: str, m: re.Match[str]) -> bool:
    """«همایش مسکن فردا-شهر فردا», «جهان فردا»: tomorrow as a world's future or in a name
    joined by a hyphen, not the day after publication."""
    if m["wd"] is not None:
        return False
    before = max(0, m.start() - 12)
    return bool(
        _HYPHEN_JOINED.match(text, m.end()) or _OF_THE_TIMES.search(text, before, m.start())
    )


def relative_periods(text: str, pos: int, published: date | None) -> Found | None:
    """«هفته گذشته», «ماه آینده», «دو روز پیش», «۳ هفته قبل», «سال گذشته میلادی»."""
    m = _PERIOD_RE.match(text, pos)
    if m is None:
        return None
    if m["unit"] == "روز" and m["n"] is None:
        return None  # «روز گذشته» is yesterday, found with the other days; «روز بعد» is narrative
    direction = DIRECTIONS[key(m["dir"])]
    if m["unit"] == "شب" and (m["n"] is None or direction != "ago"):
        return None  # nights count back only: «دو شب پیش» is two days ago, «سه شب آینده» how long
    if direction == "new" and (
        m["unit"] != "سال"
        or m["n"]
        or _OTHER_YEAR.match(text, m.end())
        or _NO_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ):
        return None  # «ماه جدید», «سال جدید تحصیلی»: no year of the calendar
    if m["unit"] == "ماه" and not m["era"] and (days := _days_of_month(text, m, published)):
        return days
    if m["n"] is not None and direction in ("past", "next"):
        return None  # «در دو سال گذشته», «تا سه روز آینده»: a duration, not a date
    if m["n"] is not None and direction == "ago" and m["unit"] in ("ماه", "سال"):
        return None  # «سه ماه پیش», «۱۵ سال قبل»: vague, no month or year of the calendar
    if m["n"] is None and _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # the tail of a counted period: «دو سال آینده», «۲۰۰۰ سال پیش»
    if m["n"] is not None and _counted_from_elsewhere(text, m, direction):
        return None
    if m["n"] is not None and _OR_MORE_AFTER.match(text, m.end()):
        return None  # «دو روز دیگر یا بیشتر ادامه می‌یابد»: how long, not when
    if direction == "later" and m["unit"] == "هفته" and m["n"] and number_value(m["n"]) > 1:
        return None  # «شش هفته دیگر»: about that far off, no day nor week
    if m["n"] is not None and _OTHER_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    baseline = _BASELINE_OR_FEAST_BEFORE.search(
        text, max(0, m.start() - _BASELINE_REACH), m.start()
    )
    if baseline or _OTHER_ANCHOR_AFTER.match(text, m.end()):
        return None
    calendar = GREGORIAN if m["era"] else SOLAR
    span = None
    if published is not None:
        count = 1 if m["n"] is None else number_value(m["n"])
        unit = "روز" if m["unit"] == "شب" else m["unit"]
        span = _period_span(calendar, published, unit, direction, count, bool(m["n"]))
    return relative_found(m.start(), m.end(), span, calendar, period=m["n"] is None)


def _days_of_month(text: str, m: re.Match[str], published: date | None) -> Found | None:
    """«یازدهم ماه جاری», «۱۵ ماه جاری», «پنجم و ششم ماه آینده»: those days of the
    Solar month the words name, not the whole month."""
    direction = DIRECTIONS[key(m["dir"])]
    if m["n"] is not None:
        if direction != "this" or not m["n"][0].isdigit():
            return None
        start, last = m.start(), number_value(m["n"])
    elif ordinal := _ORDINAL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        start, last = ordinal.start(), number_value(ordinal["d"])
        if ordinal["d"] == "اول":
            return None
    else:
        return None
    first, stretch = last, False
    pair = _FIRST_DAY_BEFORE.search(text, max(0, start - 24), start)
    if pair and number_value(pair["d"]) < last:
        start, first, stretch = pair.start(), number_value(pair["d"]), pair["to"] is not None
    if m["n"] is None and not stretch and not _led_as_a_day(text, start):
        return None
    if not 1 <= last <= cal.LONGEST_MONTH:
        return None
    span = None
    if published is not None:
        month = _period_span(SOLAR, published, "ماه", direction, 1, counted=False)
        span = (month[0] + timedelta(days=first - 1), month[0] + timedelta(days=last - 1))
        if span[1] > month[1]:
            return None
    return relative_found(start, m.end(), span)


def _led_as_a_day(text: str, start: int) -> bool:
    """Whether the words before an ordinal let it name a day: «روز», a preposition, a
    weekday, a part of the day or a clause's start, not a noun it ranks."""
    window = max(0, start - 16)
    return bool(
        _DAY_LEAD.search(text, window, start) or PART_OF_DAY_BEFORE.search(text, window, start)
    )


def _a_place_after(text: str, at: int) -> bool:
    """Whether the word after ``at`` is a listed place: «دو روز پیش از تهران …» is
    where someone came from."""
    word = _WORD_AFTER.match(text, at)
    return word is not None and word[1] in places()


def _counted_from_elsewhere(text: str, m: re.Match[str], direction: str) -> bool:
    """A counted period that is no date: back from another event («دو روز پیش از اجرا»)
    or a stretch of time ahead («تا دو هفته دیگر», «برای سه سال دیگر»)."""
    if direction == "ago":
        event = _BEFORE_AN_EVENT.match(text, m.end())
        return event is not None and not _a_place_after(text, event.end())
    before = _SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start())
    return direction == "later" and before is not None


def this_periods(text: str, pos: int, published: date | None) -> Found | None:
    """«این هفته», «همین ماه», «امسال», «پارسال»."""
    m = _THIS_PERIOD_RE.match(text, pos)
    if m is None:
        return None
    if m["unit"] in ("هفته", "ماه") and _COMPARED_AFTER.match(text, m.end()):
        return None  # «این ماه نسبت به ماه مشابه …»: the month reported on, not this one
    if _BASELINE_OR_FEAST_BEFORE.search(text, max(0, m.start() - _BASELINE_REACH), m.start()):
        return None  # «مدت مشابه پارسال»: a comparison's baseline; «دهه فجر امسال»
    calendar = GREGORIAN if m["era"] else SOLAR
    span = None
    if published is not None:
        unit = m["unit"] or "سال"
        direction = "ago" if m["word"] == "پارسال" else "this"
        span = _period_span(calendar, published, unit, direction, 1, counted=False)
    return relative_found(m.start(), m.end(), span, calendar, period=True)


def boundary_years(text: str, pos: int, published: date | None) -> Found | None:
    """«پایان سال», «ابتدای سال میلادی»: a boundary of the current year."""
    m = _BARE_YEAR_RE.match(text, pos)
    if m is None or not (before := boundary_before(text, pos)):
        return None
    calendar = GREGORIAN if m["era"] else SOLAR
    if published is None:
        return relative_found(before.start(), m.end(), None, calendar)
    span = _unit_span(calendar, "سال", published, 0)
    return relative_found(m.start(), m.end(), span, calendar, period=True)


def _period_span(calendar: str, p: date, unit: str, direction: str, n: int, counted: bool) -> Span:
    """The time a relative period names, counted from the publication day ``p``.

    Uncounted periods («هفته گذشته», «امسال») are whole calendar weeks, months and
    years. Counted ones are a point back or ahead («دو روز پیش»: that day, «دو ماه
    دیگر»: that month); counted runs up to or from ``p`` («در سه روز گذشته») are
    durations and never get here.
    """
    if direction == "new":
        return _unit_span(calendar, unit, p, _new_year_steps(calendar, p))
    steps = 0 if direction == "this" else -n if direction in ("past", "ago") else n
    if not counted:
        return _unit_span(calendar, unit, p, steps)
    moved = _shift(calendar, unit, p, steps)
    return (moved, moved) if unit in ("روز", "هفته") else _unit_span(calendar, unit, moved, 0)


def _new_year_steps(calendar: str, p: date) -> int:
    """«سال جدید» is the year just begun, or, written in its last month, the one about to
    begin («برنامه‌های سال جدید» in Esfand)."""
    return 1 if cal.from_gregorian(calendar, p)[1] == 12 else 0


def _shift(calendar: str, unit: str, day: date, steps: int) -> date:
    if unit in ("روز", "هفته"):
        return day + timedelta(days=steps * (7 if unit == "هفته" else 1))
    return cal.shift_months(calendar, day, steps * (12 if unit == "سال" else 1))


def _unit_span(calendar: str, unit: str, day: date, steps: int) -> Span:
    """The whole week, month or year ``steps`` units away from the one holding ``day``."""
    if unit == "هفته":
        first = week_start(day) + timedelta(days=7 * steps)
        return first, first + timedelta(days=6)
    year, month, _ = cal.from_gregorian(calendar, _shift(calendar, unit, day, steps))
    span = cal.year_span(calendar, year) if unit == "سال" else cal.month_span(calendar, year, month)
    assert span is not None  # built from a real day
    return span


def week_start(day: date) -> date:
    """The Saturday that opens the Iranian week holding ``day``."""
    return day - timedelta(days=(day.weekday() - 5) % 7)
