"""Events: who met, called, visited, agreed, stated or accused, with whom, where and when.

An event is a trigger in a sentence («دیدار کردند», «در تماسی تلفنی با», «به امضا رسید»,
«متهم کرد», «در نشست خبری», «وارد بغداد شد»). News reports an event once and then refers
back to it («این دیدار …», «پیش از امضای قرارداد»), so a trigger of an earlier event's
type, with no participant that event lacks and in no other place or time, is a
reference, not a new event.

Participants are the people a sentence names, offices named without a holder among them
(«رئیس قوه قضاییه»), or, when it names fewer than two, also its organizations and
countries; parties «میان X و Y» and «دو کشور» are read as such. Most events reach the
reader through someone who reports them («وی افزود که دو کشور … توافق کردند»): the
speaker is not a participant, unless the report leaves out a subject it shares with
them. A trigger inside reported speech takes its participants there, one outside it not
from it.

The place is where a visit goes («به», «وارد») or the site it visits («از پالایشگاه …
بازدید کرد»), else the city after «در» nearest the trigger; the date is the nearest before
the trigger in its sentence. Both come from the event's side of the sentence, and an
event in or after another («در این تماس», «بیانیه پایانی این نشست») takes that one's.
"""

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from khabar.news.dates_lexicon import MONTH
from khabar.news.people import INSTITUTIONS, of_an_institution
from khabar.news.titles import HEADS
from khabar.text.chars import ZWNJ

Z = ZWNJ
_V = (
    rf"(?:می{Z}?|نمی{Z}?)?(?:کرد|کرده|کنند|کند|کن|خواهند کرد|خواهد کرد)(?:ند|ه بودند|ه است|ه‌اند)?"
    # the formal «نمودن»: «بازدید نمودند», «متهم نمایند»
    rf"|(?:می{Z}?|نمی{Z}?)?(?:نمود(?:ند|ه(?: است| بود)?)?|نمای(?:د|ند))(?![^\s،؛:.!؟])"
)
_DOCUMENT = rf"(?:تفاهم{Z}?نامه|قرارداد|موافقت{Z}?نامه|توافق{Z}?نامه|یادداشت تفاهم|سند)"
_GO = rf"(?:می{Z}?|نمی{Z}?)?(?:رود|روند|رفت|رفتند|برود|بروند|خواهد رفت|خواهند رفت)"
_BECOME = rf"(?:شد|شدند|شده(?: است| بود|{Z}?اند)?|می{Z}?شود|می{Z}?شوند|خواهد شد|خواهند شد)"
# «گفت‌وگو» as scraped text writes it too: «گفت و گو», «گفتگو».
_TALK = rf"گفت(?:{Z}?و{Z}?| و | |)گو"
# «نشست … آغاز شد», «اجلاس … آغاز به کار کرد»
_OPENED = rf"(?:آغاز|شروع) (?:شد|می{Z}?شود|خواهد شد|به کار (?:کرد|می{Z}?کند|خواهد کرد))(?![^\s،.])"
# A character that does not begin what someone says («… گفت که این کمیسیون نشستی …»);
# a relative clause may come between («جلسه‌ای که در فرمانداری برگزار شد»).
_NO_CLAUSE = r"(?:(?!(?:گفت|کرد|داد|افزود) که )[^.،])"
# «در نشست(ی) با X»: a session with whoever is named right after.
_SESSION_WITH = re.compile(
    rf"(?:در|طی) (?:نشست|نشستی|جلسه|جلسه{Z}?ای)(?: (?:ویدئوکنفرانسی|مجازی|مشترک|ویژه))? با"
)
# Bodies that sit in session and call someone before them.
_SITTING = rf"کمیسیون|مجلس|شورای|کمیته|فراکسیون|هیئت دولت|هیئت{Z}?رئیسه|مجمع"
_HELD = rf"(?:شد|شده (?:بود|است)|می{Z}?شود|خواهد شد|کرد|کردند|می{Z}?کند|می{Z}?کنند|خواهد کرد)"
# Trigger patterns by type, most specific first; a sentence gets at most one of each type.
# Types are read in this order: a visit before the meeting it is for, a meeting before
# what two sides agreed in it («… دیدار …، دو طرف به توافق رسیده‌اند»).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "call": (rf"(?:تماس|تماسی|{_TALK}ی|مکالمه) ?تلفنی",),
    "visit": (
        rf"(?:به [^.،]{{1,30}} )?سفر (?:{_V}|کرده است|خواهد کرد)",
        rf"بازدید (?:{_V}|از)",
        rf"بازدید به عمل (?:آمد|آورد|آوردند|می{Z}?آید|می{Z}?آورد|خواهد آمد|خواهد آورد)",
        # not «جمعی از» («بازدید جمعی از اعضای هیئت … از پروژه»): a group is who visits
        r"بازدید(?: (?!(?:جمعی|تعدادی|گروهی|هیئتی|هیاتی|شماری|برخی) از)[^\s.،]+){1,4}? از",
        r"در سفر(?:ی)? به",
        r"در سفری(?: [^\s.،]+){0,2}?(?= در )",
        rf"به مقصد [^\s.،]+(?: [^\s.،]+)? (?:ترک|عزیمت|حرکت) (?:{_V})",
        r"سفر [^.،]{1,40}? به",
        rf"(?<=به )[^\s.،]+(?: [^\s.،]+)? {_GO}(?![^\s،.])",
        rf"(?:وارد|عازم|راهی) [^\s.،]+(?: [^\s.،]+)? {_BECOME}(?![^\s،.])",
        r"(?<![^\s«(،])سفر(?![^\s،.])",
        r"بازدید(?: [^\s.،]+)? خود از",
    ),
    "meeting": (
        rf"دیدار و {_TALK} (?:{_V})",
        rf"(?:دیدار|ملاقات|رایزنی|مذاکره) (?:{_V})",
        # «در نشستی (ویدئوکنفرانسی) با استانداران …» (see ``_hosts``)
        _SESSION_WITH.pattern + "(?= )",
        # «X، Y را به حضور پذیرفت»: receiving someone
        rf"به حضور (?:پذیرفت|پذیرفتند|می{Z}?پذیرد|می{Z}?پذیرند|خواهد پذیرفت)(?![^\s،.])",
        rf"(?:دیدار|ملاقات) [^.]{{0,60}}?با [^.]{{1,120}}? (?:انجام|صورت) "
        rf"(?:شد|گرفت|می{Z}?شود|می{Z}?گیرد|خواهد شد|خواهد گرفت)(?![^\s،.])",
        r"(?<![^\s«(،])ملاقات [^.،]{1,40}? با",
        rf"{_TALK} (?:{_V})",
        r"(?:در|پس از|طی|به|برای|در جریان|در حاشیه|در طول) (?:دیدار|ملاقات)(?:ش|شان)? "
        r"(?:با|[^.،]{1,30}? با)",
        # «با سران … وارد گفت‌وگو شد»: entering talks
        rf"وارد (?:{_TALK}|مذاکره|مذاکرات) {_BECOME}(?![^\s،.])",
        r"مذاکرات",
        r"(?:نشست|اجلاس) (?:سه{Z}?جانبه|مشترک|وزیران|سران)".replace("{Z}", Z),
        r"(?<!پیشنهاد )تشکیل (?:جلسه|نشست)",
        rf"(?:جلسه|نشست|مجمع عمومی|کمیسیون مشترک)(?:ی|{Z}?ای)?(?! ?(?:خبری|مطبوعاتی))"
        rf"(?: {_NO_CLAUSE}{{0,110}}?)? "
        rf"(?:برگزار|تشکیل) {_HELD}(?![^\s،.])",
        rf"(?:جلسه|نشست|اجلاس|کنفرانس)(?! ?(?:خبری|مطبوعاتی)) {_NO_CLAUSE}{{0,80}}? "
        rf"{_OPENED}",
        # who attends may be long and in apposition: «با حضور X، وزیر …، برگزار شد»
        rf"(?:جلسه|نشست|کنفرانس)(?:ی|{Z}?ای)?(?! ?(?:خبری|مطبوعاتی)) {_NO_CLAUSE}{{0,80}}?"
        rf"(?:با حضور|به ریاست) (?:{_NO_CLAUSE}|،){{1,140}}? (?:(?:برگزار|تشکیل) {_HELD}|{_OPENED})"
        r"(?![^\s،.])",
        # «رئیس‌جمهور میزبان نخست‌وزیر عراق بود»: hosting someone (see ``_hosts``)
        rf"(?:میزبان|پذیرای) [^.،]{{1,60}}? (?:بود|است|خواهد بود|{_BECOME})(?![^\s،.])",
        # «X در دیدار جمعی از روحانیان گفت», «در دیدار سرپرست میراث فرهنگی»: meeting
        # the people named right after (``_hosts``), not «در دیدار مقابل ابومسلم»
        r"(?:در|پس از|طی|در جریان|در حاشیه) (?:دیدار|ملاقات) (?!با )"
        r"(?:(?:امروز|دیروز|صبح|عصر|ظهر|شامگاه|بامداد) ){0,2}",
        # «دیدار رئیس‌جمهور با نخست‌وزیر عراق …», someone's (see ``_hosts``)
        r"(?<![^\s«(،])(?:دیدار|مذاکره|مذاکرات|رایزنی) (?!با )[^.،]{1,40}? با ",
        rf"(?:دیدار|ملاقات|رایزنی|مذاکره|{_TALK}|نشستی|جلسه{Z}?ای) (?:با [^.،]{{1,60}}? )?"
        r"(?:داشت|داشتند|خواهد داشت|خواهند داشت|دارد|دارند)(?![^\s،.])",
        r"(?:(?<=، )|(?<=\n))جلسه علنی",
        # a minister called before a body: «وزیر … در (جلسه) کمیسیون کشاورزی مجلس حضور یافت»
        rf"(?<=در )(?:(?:جلسه|نشست) )?(?:{_SITTING}) [^.]{{1,80}}? حضور "
        rf"(?:یافت|یافتند|پیدا کرد|پیدا کردند|می{Z}?یابد|می{Z}?یابند|خواهد یافت|خواهند یافت)"
        r"(?![^\s،.])",
        # an ambassador's credentials are handed in person: «استوارنامه خود را تقدیم X کرد»
        rf"استوارنامه(?:{Z}?های)? (?:خود )?را (?:[^.،]{{1,60}}? )?تقدیم"
        rf"(?: [^.،]{{1,40}}?)? (?:{_V})",
        rf"به (?:جلسه|نشست)(?:ی)? (?:فرا )?(?:می{Z}?|خواهد |خواهند )?(?:خواند|خوانند|فراخواند)",
    ),
    "agreement": (
        r"به امضا(?:ی [^.،]{1,60}?)? رسید",
        rf"امضا (?:{_V}|شد|شده|خواهد شد|می{Z}?شود|خواهند شد|می{Z}?شوند|شود|شوند)(?![^\s،.])",
        rf"امضای {_DOCUMENT}(?:{Z}?ها|{Z}?ای|ی)?",
        rf"به توافق (?:رسید|رسیدند|رسیده(?: است|{Z}?اند)?|می{Z}?رسند|خواهند رسید)(?![^\s،.])",
        rf"{_DOCUMENT}(?:ی|{Z}?ای)? [^.]{{0,60}}?تمدید (?:{_V}|شد|می{Z}?شود|خواهد شد)",
        rf"توافق (?:{_V}|نهایی|کردند|میان|بین)",
        rf"تفاهم{Z}?نامه(?:ای)? [^.]{{0,40}}?امضا",
        rf"انعقاد {_DOCUMENT}",
        rf"{_DOCUMENT}(?:ی|{Z}?ای)? [^.]{{0,60}}?منعقد (?:{_V}|شد|گردید|می{Z}?شود|خواهد شد)",
    ),
    "accusation": (
        rf"متهم (?:{_V}|شد|شده)",
        rf"انتقاد (?:{_V})",
        rf"(?:ادعای|اتهام(?:ات|{Z}?های)?)(?![^\s،؛:.!؟()«»])",
    ),
    "statement": (
        r"(?:نشست|کنفرانس) (?:خبری|مطبوعاتی)(?: [^\s.،]+)?",
        rf"{_TALK}(?:یی)?(?: کوتاه)? با "
        r"(?:خبرنگاران|(?:خبرنگار|شبکه|روزنامه|خبرگزاری|پایگاه) [^\s.،]+"
        # an agency named bare, as agencies name each other: «در گفت‌وگو با ایرنا»
        r"|(?:ایرنا|ایسنا|ایلنا|تسنیم|فارس|مهر|میزان|شانا|باشگاه خبرنگاران جوان|ایکنا|ایبنا"
        r"|برنا|پانا|خبرآنلاین|اقتصادآنلاین|تابناک|انتخاب|فرارو|ورزش سه|نود اقتصادی)(?![^\s،.]))",
        # «اطلاعی‌های»: scraped «اطلاعيهاي» with its half-space put back one letter early
        rf"(?:بیانی{Z}?ه|اطلاعی{Z}?ه|یادداشت)(?:{Z}?ای|ی)?(?![^\s،؛:.!؟()«»])(?! تفاهم)",
        rf"اعلام (?:کرد|کرده است|کردند|کرده{Z}?اند|می{Z}?کند)",
    ),
}
_TRIGGER = {kind: re.compile("|".join(pats)) for kind, pats in TRIGGERS.items()}
# «در نشست شورای عالی بسیج کارگری اظهار کرد»: the session someone speaks at, a meeting
# when the sentence tells no other one («در نشست امنیتی … گفت‌وگو کرده بودند»).
_SESSION = re.compile(
    r"(?:(?<=در )|(?<=پس از )|(?<=پیش از )|(?<=طی ))(?:نشست|جلسه|اجلاس)"
    r"(?= (?!خبری|مطبوعاتی|علنی|دادگاه|با |که |و |خود|های|ها)[^\s.،\d]{3,})"
)
# A new round of talks already reported is a meeting of its own: «دور بعدی این مذاکرات»,
# «نشست بعدی ایران، روسیه و ترکیه», «نشست قبلی این سازوکار» (not «نشست بعدی آن», a
# body's sessions told as a habit).
_ROUND = re.compile(
    rf"دور (?:بعدی|آینده|جدید|دوم|سوم) (?:این )?(?:مذاکرات|گفت{Z}?و{Z}?گوها|رایزنی{Z}?ها|نشست)"
    r"|(?:نشست|جلسه|اجلاس) (?:بعدی|آینده|قبلی|پیشین)(?= [^\s،.]+)(?! آن)"
)
# Words that open the name of a body: «وزارت», «شرکت», «صندوق», «استانداری» …
BODIES = (*INSTITUTIONS, "صندوق", "استانداری", "فرمانداری", "شهرداری", "دادستانی", "گمرک")
_TOWARDS = ("به ", "وارد ", "عازم ", "راهی ", "مقصد ")
_REFLEXIVE = re.compile(r"(?: [^\s.،]+)? خود(?![^\s،.])")
_ARRIVE = re.compile(r"(?:وارد|عازم|راهی) ")
_GOING = re.compile(rf" {_GO}$")
_BARE_VISIT = re.compile("سفر")
# «سفر خود به ایران را لغو کرده‌اند»: a trip called off never happens.
_CALLED_OFF = re.compile(
    rf"[^.،]{{0,50}}?(?<![^\s])(?:لغو|کنسل) (?:می{Z}?|نمی{Z}?)?(?:کرد|کن|شد|شو)"
)
_REFERENCE = re.compile(r"(?:(?<![^\s«(،])این(?: [^\s]+ین)?(?: دور از)?|(?:پیش|پس|قبل|بعد) از) $")
MAX_PARTY_WORDS = 7
MAX_PARTIES = 4
# «بیانیه مشترک پایانی این نشست»: the statement that closes a meeting told.
_OF_THIS = re.compile(
    r"(?: (?:مشترک|پایانی|نهایی))* (?:این )?(نشست|اجلاس|دیدار|مذاکرات|کنفرانس)(?![^\s،.])"
)
# «اعضای هیئت», «این هیئت»: the delegation the article has already brought in.
_DELEGATION = re.compile(r"(?:اعضای )?(?:این )?هی[ئأ]ت(?:ی)?(?![^\s،.])")
_DAYS = ("فردا", "امروز", "امشب", "دیروز", "پریروز")
# A time word the recognizer took into a name: «کنفدراسیون فردا», «… ملی هفته آینده».
_WHEN_AFTER = re.compile(rf" (?:{'|'.join(_DAYS)}|(?:هفته|ماه|سال) (?:آینده|گذشته|جاری|پیش))$")
# «وزیر … در کمیسیون کشاورزی مجلس حضور یافت»: the body sat with whoever came before it.
_BEFORE_BODY = re.compile(rf"(?:(?:جلسه|نشست) )?(?=(?:{_SITTING}) )")
# «نشست اعضای هیئت‌مدیره اتحادیه …», scraped «هيئتمديره» too
_BOARDS = (f"هیئت{Z}مدیره", "هیئتمدیره")
# The body a session is of: «جلسه (مهم) کمیته …», «اجلاس سران سازمان …», «نشست بعدی
# وزیران گروه …».
_SESSION_BODY = re.compile(
    rf"(?:جلسه|نشست|اجلاس|مجمع)(?:ی|{Z}ای)?(?: [^\s.،]+)? (?P<head>"
    # a court's session is a hearing, no meeting
    + "|".join(
        re.escape(b)
        for b in (*BODIES, "هیئت", "هیأت", *_BOARDS, "وزیران", "سران", "گروه")
        if b != "دادگاه"
    )
    + r")(?![^\s])"
)
_WHEN_WORDS = frozenset((*_DAYS, *"صبح عصر ظهر شب بامداد شامگاه نیز".split()))
# Where a name stops: a time word, a number, a month («… اوپک‌پلاس اول ژوئن ۲۰۲۴»).
_NOT_NAME = re.compile(rf"(?:{'|'.join(sorted(_WHEN_WORDS))}|[^\s]*\d|(?:{MONTH}))$")
_EDGE_WORDS = frozenset("اول ابتدای اوایل اواسط اواخر پایان نیمه".split())
_ISSUED_IN = re.compile(r" (?:در|طی|با انتشار|با صدور) ")
_WEEKDAYS = frozenset(
    f"روز شنبه یکشنبه دوشنبه سه{Z}شنبه چهارشنبه پنجشنبه پنج{Z}شنبه جمعه همچنین".split()
)
# «سازمان حمایت اما در اطلاعیه‌ای …»: a conjunction after the subject is not its name.
_BUT = frozenset("اما ولی هم".split())
_NOT_ISSUERS = frozenset("این آن وی او به بر در از".split())
# Whom a traveller goes to meet: «برای دیدار با X به ریاض سفر می‌کند».
_MET = re.compile(rf"(?:دیدار|ملاقات|مذاکره|رایزنی|{_TALK}) با $")
# A group met: «در دیدار جمعی از روحانیان».
_GROUP_OF = re.compile(r"(?:جمعی|گروهی|شماری|تعدادی|جمع زیادی|هزاران نفر) از ")
_POINTING = r"(?:این|آن|همین|همان|آنها|او|وی|ما|شما) "
_WHERE = r"((?:[^\s.،]+ ){0,2}[^\s.،]+)"
# «به شهرستان سرباز رفت», «به گلستان سفر خواهد کرد»: a destination the list may lack
# (not «به این کشور», which points back to one named before).
_DESTINATION = re.compile(
    rf"(?<![^\s])(?:به (?!{_POINTING}){_WHERE} (?:سفر |{_GO})"
    rf"|(?:عازم|وارد|راهی) (?!{_POINTING}){_WHERE} {_BECOME})"
)
# Buildings meetings are held in: «در فرمانداری آق‌قلا», «در محل استانداری».
_SITE_IN = re.compile(
    r"(?<![^\s])در (?:محل )?((?:استانداری|فرمانداری|شهرداری|ساختمان|کاخ|تالار|سالن|مقر|نهاد)"
    r"(?: [^\s.،]+){0,3})"
)
_SITE_STOPS = frozenset(
    "در با به از برای و که را تا نیز برگزار تشکیل آغاز استوارنامه حضور دیدار".split()
)
# Where what «بازدید از» visits ends: a preposition, a verb or what is said there.
_SITE_END = re.compile(
    r" (?:به|در|با|برای|و|را|که|تا|خبر|اظهار|گفت|تأکید|افزود|اعلام|بیان|سفر|رفت)(?![^\s،.])"
)
_THIS_ONE = re.compile(r"(?<![^\s«(،])این(?: [^\s]+ین)? $")
_THIS_DOCUMENT = re.compile(
    rf"(?<![^\s«(،])(?:این {_DOCUMENT} را |{_DOCUMENT} (?:مذکور|یادشده|یاد شده|فوق) )"
)
_THIS_PLACE = re.compile(r"(?<![^\s«(،])در (?:این|همین) (?:شهر|کشور)(?![^\s،.])")
# «جلسه‌ای … برگزار خواهد شد»: a passive has the event as its subject, not the speaker.
_PASSIVE = re.compile(rf"(?:برگزار|تشکیل|امضا|انجام) (?:{_BECOME})$")
_PLURAL = re.compile(rf"(?:کنند|کردند|کرده{Z}?اند|شوند|شدند|روند|رفتند|خواهند|بودند|دهند|دادند)")
# Words a clause opens with when its subject is left out.
_OPENERS = frozenset(
    "در با به از برای تا پیش پس طی ضمن فردا امروز امشب هفته ماه سال سپس بعد قبل".split()
)
_THAT = re.compile(r"(?: [^\s.،]+)? که ")
_FUTURE = re.compile(r"خواهد|خواهند")
_TALK_WITH = re.compile(rf"{_TALK}(?:یی)?(?: کوتاه)? با «?")
_BETWEEN = re.compile(r"(?<![^\s])(?:میان|بین) ")
_PHRASE_END = re.compile(
    r" (?:خبر|امضا|به امضا|منعقد|در|برای|را|که|از|تا|به|بر|با|است|شد|درباره|پیرامون|مبنی|جهت)"
    r"(?![^\s،.])|[.،؛\n]"
)
_NEWS_OF = re.compile(rf"[^.]*? خبر (?:داد|داده|می{Z}?دهد)")
_VERB_END = re.compile(
    r"(?:کرد|کرده|کردند|کن|کند|کنند|شد|شده|شدند|شود|شوند|رسید|رسیدند|رود|روند|رفت|رفتند"
    r"|داد|دادند|دهد|دهند|بود|بودند|است|اند)$"
)
_SPACE = re.compile(r"\s*")
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")
# «پیش از آغاز نشست، …»: what happens before or after a meeting is another event.
_BESIDE = re.compile(
    r"(?<![^\s«(،])(?:پیش|قبل|پس|بعد) از (?:آغاز |پایان |برگزاری )?(?:این )?"
    r"(?:نشست|جلسه|اجلاس|مذاکرات)(?![^\s،.])"
)
_PLUPERFECT = re.compile(r"ه بود(?:ند|ه)?$")
_HEAD = "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))
_THEY = re.compile(
    rf"(?<![^\s«(،])(?:آنها|آن{Z}ها|ایشان|دو طرف|طرفین|دو (?:{_HEAD}))(?![^\s،؛:.!؟()«»])"
)
_TWO_COUNTRIES = re.compile(r"(?<![^\s«(،])دو کشور(?![^\s،؛:.!؟()«»])")
_THIS_SERIES = re.compile(r" (?:این|همین) ")
_NUMBERS = {"سه": 3, "چهار": 4, "پنج": 5}
_COUNTED = re.compile(r"(?<![^\s«(،])(سه|چهار|پنج) (?:کشور|طرف)(?![^\s،؛:.!؟()«»])")
# «… میان دو کشور امضا شود»: the parties right before the trigger.
_BETWEEN_TWO = re.compile(r"(?<![^\s])(?:میان|بین) دو کشور $")
# «درباره سفر …»: the event is what someone speaks about; the speaker is not in it.
_TOPIC = re.compile(r"(?<![^\s«(،])(?:درباره|با اشاره به|در مورد|در خصوص|در پاسخ به پرسشی درباره) ")
_ANNOUNCE = re.compile(r"^اعلام ")
_CLAIM = re.compile(r"^(?:ادعای|اتهام)")
_ACTORS = ("person", "title")
# What «این …» points back to: the last event of that type.
_BACK = {
    "توافق": "agreement",
    "تفاهم": "agreement",
    "نشست": "meeting",
    "اجلاس": "meeting",
    "دیدار": "meeting",
    "مذاکرات": "meeting",
    "تماس": "call",
    "سفر": "visit",
    "بیانیه": "statement",
}
_THIS = re.compile(r"(?<![^\s«(،])این (" + "|".join(_BACK) + r")")
_IN_THIS = re.compile(
    r"(?<![^\s«(،])(?:در|پس از|در حاشیه|در جریان|طی) این (" + "|".join(_BACK) + r")"
)
# «کمیسیون مشترک … هر سال یک بار تشکیل می‌شود»: what a body does as a habit is no event.
_HABIT = re.compile(r"(?<![^\s])(?:هر (?:سال|ماه|هفته|فصل)|سالانه|ماهانه|ماهی یک بار)(?![^\s،.])")
_PRESS = re.compile(r"(?:نشست|کنفرانس) (?:خبری|مطبوعاتی)")
# «در حاشیه (صد و هفتاد و چهارمین) اجلاس …»: a session some other event is set in.
_AMID = re.compile(r"(?<![^\s])در (?:حاشیه|جریان)(?: [^\s.،]+){0,5} $")
# «در این دیدار …» as the body's first word of a meeting (``_headline_told``).
_IN_THIS_MEETING = re.compile(
    r"(?<![^\s«(،])(?:در|طی|در جریان|در حاشیه|در ابتدای|در پایان|در طول) این "
    r"(?:دیدار|نشست|جلسه|اجلاس|ملاقات)(?![^\s،.])"
)
# «در این دیدار که …»: inside an event told (``_told_within``).
_WITHIN_THIS = re.compile(r"(?<![^\s«(،])(?:در|طی|در جریان) این (دیدار|مذاکرات|تماس)(?![^\s،])")


@dataclass
class Event:
    type: str
    trigger: str
    start: int
    end: int
    sentence: tuple[int, int]
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "participants": self.participants,
            "place": self.place,
            "date": self.date,
            "sentence": list(self.sentence),
        }


@dataclass(frozen=True)
class Mention:
    """Something an event can involve: a resolved person, an office named without its
    holder («رئیس قوه قضاییه»), an organization, a place."""

    start: int
    end: int
    name: str
    kind: str  # "person", "title", "org", "country", "city", "post" (a title's «در X»)


@dataclass(frozen=True)
class Context:
    """What the article says around its sentences, read once for all triggers."""

    quoted: Sequence[tuple[int, int]] = ()  # direct quotes
    reported: Sequence[tuple[int, int]] = ()  # indirect quotes
    countries: Sequence[tuple[int, str]] = ()  # every country named, titles included
    speakers: Sequence[str | None] = ()  # who says each of ``reported``


def _within(span: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in span if a <= at < b), None)


def _candidates(
    text: str, inside: list[Mention], at: tuple[int, int], context: Context
) -> list[Mention]:
    """The mentions that can take part in the event triggered at ``at``.

    Names inside a direct quote are what the speaker talks about. A trigger in reported
    speech takes its participants from that speech, one outside it not from it, unless the
    trigger is what the speaker talks about («درباره سفر X»): then everything after the
    topic word is the event's, and whoever talks about it is not.
    """
    found = [m for m in inside if not _within(context.quoted, m.start)]
    topic = _topic_of(text, inside, at)
    if topic is not None:
        return [m for m in found if m.start >= topic]
    speech = _within(context.reported, at[0])
    if speech:
        return [m for m in found if speech[0] <= m.start < speech[1]]
    return [m for m in found if not _within(context.reported, m.start)]


def _topic_of(text: str, inside: list[Mention], at: tuple[int, int]) -> int | None:
    """Where the topic phrase starts when the trigger, a noun, heads it («درباره سفر …»,
    «از امضای تفاهم‌نامه‌ای … خبر داد»); a verb after «درباره» is what was done about it
    («درباره تقسیم آب مذاکره کرده بودند»)."""
    if not inside or _VERB_END.search(text, at[0], at[1]):
        return None
    lo = max(0, at[0] - 40)
    for m in _TOPIC.finditer(text, lo, at[0]):
        if len(text[m.end() : at[0]].split()) <= 2:
            return m.end()
    if text[at[0] - 3 : at[0]] == "از " and _NEWS_OF.match(text, at[1], at[1] + 200):
        return at[0]
    return None


def _about(
    text: str, found: list[Mention], sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without what the sentence says the event was about: after «درباره» up to the
    trigger, or after it to the end of its clause («درباره سوریه گفت‌وگو کردند»)."""
    kept = found
    if _topic_of(text, found, at) is None:
        for m in _TOPIC.finditer(text, sentence[0], at[0]):
            kept = [x for x in kept if not m.end() <= x.start < at[0]]
    topic = _TOPIC.search(text, at[1], sentence[1])
    if topic:
        comma = text.find("،", topic.end(), sentence[1])
        end = comma if comma >= 0 else sentence[1]
        kept = [x for x in kept if not topic.end() <= x.start < end]
    return kept


def _issuer(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """Who makes a statement: the actor nearest before the trigger («وزارت امور خارجه در
    بیانیه‌ای»), people first, not one in a relative clause between («نوواک، که … با
    همتای سعودی خود … رفته بود، در گفت‌وگو با …»), and whoever holds a joint one with
    them («مشترک با X»). A title ending an institution's name is the institution's
    («دفتر رسانه‌ای نخست‌وزیر عراق نیز با انتشار بیانیه‌ای»), not its holder's."""
    start = max(text.rfind(".", 0, at[0]), text.rfind("\n", 0, at[0])) + 1
    before = [
        m
        for m in found
        if m.end <= at[0]
        and not _aside(text, m.start, at[0], start)
        and not (m.kind == "person" and of_an_institution(text, m.start))
    ]
    pool = (
        [m for m in before if m.kind == "person"]
        or [m for m in before if m.kind == "title"]
        or [m for m in before if m.kind in ("org", "country")]
    )
    if not pool:
        return []
    names = [max(pool, key=lambda m: (m.start, m.end)).name]
    joint = text.find("مشترک با ", at[0], at[1] + 12)
    if joint >= 0:
        names += [m.name for m in found if m.kind in _ACTORS and m.start == joint + 9]
    return list(dict.fromkeys(names))


def _unnamed_issuer(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """A body the recognizer does not know, as the subject of «در بیانیه‌ای»: «جامعه اسلامی
    دانشجویان دانشگاه تهران در بیانیه‌ای اعلام کرد»; not a pronoun or «این سازمان»."""
    opening = _SPACE.match(text, _clause(text, at, sentence)[0]).end()
    m = _ISSUED_IN.search(text, opening, at[0] + 1)
    if not m or m.end() != at[0] or _ANNOUNCE.match(text, at[0]):
        return []
    words = text[opening : m.start()].split()
    while words and (words[-1] in _WHEN_WORDS or words[-1] in _WEEKDAYS or words[-1] in _BUT):
        words.pop()
    if not 2 <= len(words) <= MAX_PARTY_WORDS or words[0] in _NOT_ISSUERS:
        return []
    return [" ".join(words)]


def _participants(
    text: str,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    context: Context,
) -> list[str]:
    """Who takes part: the people the sentence names when there are two or more, else its
    people, organizations and countries; for a statement, who makes it; for a claim
    («ادعای X»), whoever the claim is said to be of; for «سفر خود» or «بازدید دیروز خود»,
    the subject the reflexive stands for."""
    trigger = text[at[0] : at[1]]
    found = _candidates(text, inside, at, context)
    if not (kind == "accusation" and _CLAIM.match(trigger)):
        # what a claim is «درباره» is whom it accuses
        found = _about(text, found, sentence, at)
    if kind == "statement":
        issuer = _issuer(text, found, at) or _unnamed_issuer(text, at, sentence)
        if issuer or _ANNOUNCE.match(trigger):
            return issuer if not _ANNOUNCE.match(trigger) or _is_org(text, found, issuer) else []
    if kind == "accusation" and _CLAIM.match(trigger):
        clause = text.find("،", at[1])
        found = [m for m in found if m.start >= at[1] and (clause < 0 or m.start < clause)]
    if kind == "visit" and _topic_of(text, inside, at) is None:
        found = _travellers(text, found, at, sentence)
    if kind == "visit" and _own(text, at):
        subject = next((m for m in inside if m.kind in _ACTORS and m.start < at[0]), None)
        found = [subject, *found] if subject else found
    people = list(dict.fromkeys(m.name for m in found if m.kind in _ACTORS))
    if len(people) >= 2 or (kind == "statement" and people):
        return people
    others = [m.name for m in found if m.kind in ("org", "country")]
    return list(dict.fromkeys(people + others))


def _own(text: str, at: tuple[int, int]) -> bool:
    """«سفر خود», «بازدید دیروز خود از»: the reflexive stands for the clause's subject."""
    return " خود " in text[at[0] : at[1]] or bool(_REFLEXIVE.match(text, at[1]))


def _travellers(
    text: str, found: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Who a visit is of: named up to where it goes («سفر هفته گذشته سعد سلیمان … به
    ریاض»), not whom the rest of the sentence has them meet («عازم بیروت می‌شود و با
    رئیس‌جمهور لبنان دیدار خواهد کرد», «برای دیدار با وزیر انرژی عربستان به ریاض سفر
    می‌کند»), nor the site visited («از مؤسسه … بازدید»)."""
    limit = at[1]
    for m in found:
        if at[1] <= m.start < at[1] + 80 and text[max(0, m.start - 5) : m.start].endswith(_TOWARDS):
            limit = m.end
            break
    site = _site(text, at, sentence) or (0, 0)
    return [
        m
        for m in found
        if m.start < limit
        and not site[0] <= m.start < site[1]
        and not _MET.search(text, max(0, m.start - 12), m.start)
    ]


def _dropped_subject(
    text: str, inside: list[Mention], at: tuple[int, int], context: Context
) -> list[str]:
    """Reported speech drops a subject it shares with the speaker («سرمربی تیم ملی تأکید
    کرد که پیش از اردو به ارومیه سفر خواهد کرد»): when the speech opens with a
    preposition or a time word, names nobody before a singular verb, the speaker acts."""
    for (a, b), speaker in zip(context.reported, context.speakers, strict=False):
        if not a <= at[0] < b or speaker is None:
            continue
        first = text[a:b].split(" ", 1)[0]
        named = any(a <= m.start < at[0] for m in inside if m.kind in _ACTORS)
        plural = _PLURAL.search(text, at[0], at[1])
        passive = _PASSIVE.search(text, at[0], at[1])
        if first in _OPENERS and not named and not plural and not passive:
            return [speaker]
    return []


def _is_org(text: str, found: list[Mention], names: list[str]) -> bool:
    """An announcement is an event only when an institution makes it, as the subject
    opening its clause («در همین حال، مرکز آمار ایران … اعلام کرد»)."""
    mine = [m for m in found if m.name in names]
    return bool(mine) and all(
        m.kind == "org" and (m.start == 0 or text[m.start - 2 : m.start] in ("، ", ". ", "\n"))
        for m in mine
    )


def _two_countries(text: str, s: int, at: tuple[int, int], context: Context) -> list[str]:
    """«دو کشور» as the parties («توافق نهایی دو کشور», «دو کشور … مذاکره کرده بودند»): the
    two countries the article has named most so far, Iran among them when it names one
    other (an Iranian report leaves its own country unnamed)."""
    near = _TWO_COUNTRIES.search(text, at[0], at[1] + 25) or _BETWEEN_TWO.search(
        text, max(s, at[0] - 20), at[0]
    )
    if near and _within(context.reported, near.start()) != _within(context.reported, at[0]):
        near = None  # «در این دیدار گفت که همکاری دو کشور …»: what is said, not who met
    first = _TWO_COUNTRIES.match(text, _SPACE.match(text, s).end())
    if not near and not first:
        return []
    counts = Counter(name for pos, name in context.countries if pos < at[0])
    named = [name for name, _ in counts.most_common(2)]
    if len(named) == 1 and named[0] != "ایران":
        named.insert(0, "ایران")
    return named if len(named) == 2 else []


def _parties(text: str, at: tuple[int, int], s: int) -> list[str]:
    """The parties an agreement or talks are «میان» or «بین», after the trigger
    («تفاهم‌نامه‌ای میان صندوق نوآوری و شکوفایی و سه اپراتور») or right before it
    («میان شرکت ملی نفت ایران و شرکت روسی «زاروبژنفت» امضا شد»)."""
    m = _BETWEEN.search(text, at[0], at[1] + 7)
    if m:
        end = _PHRASE_END.search(text, m.end())
        return _split_parties(text[m.end() : end.start() if end else len(text)])
    before = [b for b in _BETWEEN.finditer(text, max(s, at[0] - 120), at[0])]
    if before and not _PHRASE_END.search(text, before[-1].end(), at[0] - 1):
        return _split_parties(text[before[-1].end() : at[0]].strip())
    return []


def _split_parties(phrase: str) -> list[str]:
    """Parties listed with commas and «و»: the «و» before a body's name («… و دانشگاه
    دولتی نفت و گاز …») joins two, else the last one does, since a name may hold one. A
    list longer than names run is a clause, not parties."""
    joints = [i for i in range(len(phrase)) if phrase.startswith(" و ", i)]
    if not joints:
        return []
    cut = next((i for i in joints if phrase[i + 3 :].startswith(BODIES)), joints[-1])
    parts = [p.strip() for p in phrase[:cut].split("،")] + [phrase[cut + 3 :].strip()]
    names = all(p and len(p.split()) <= MAX_PARTY_WORDS for p in parts)
    return parts if names and len(parts) <= MAX_PARTIES else []


def _place(
    text: str, found: list[Mention], kind: str, at: tuple[int, int], sentence: tuple[int, int]
) -> str | None:
    """Where: for a visit the place it goes to («به بغداد», not «پیش از بازگشت به تهران،»
    in a clause before) or the site it visits, else the city (or place) after «در» nearest
    the trigger."""
    trigger_at = at[0]
    places = [m for m in found if m.kind in ("city", "country", "post")]
    after_in = [m for m in places if text[max(0, m.start - 3) : m.start] == "در "]
    cities = [m for m in after_in if m.kind in ("city", "post")]
    if kind == "visit":
        to = [
            m
            for m in places
            if text[max(0, m.start - 5) : m.start].endswith(_TOWARDS)
            and not (m.end <= trigger_at and "،" in text[m.end : trigger_at])
            and not (m.start >= at[1] and _VERB_END.search(text, *at))
        ]
        if to:
            return min(to, key=lambda m: abs(m.start - trigger_at)).name
        site = _visit_place(text, at, sentence)
        if site:
            return site
        # where a visitor serves («سفیر ژاپن در ایران») is not where they go
        after_in = [m for m in after_in if m.kind != "post"]
        cities = [m for m in cities if m.kind != "post"]
    chosen = cities or after_in
    if kind == "meeting":
        site = _meeting_site(text, at, sentence)
        if site:
            return site
    return min(chosen, key=lambda m: abs(m.start - trigger_at)).name if chosen else None


def _meeting_site(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The building a meeting is held in, which no gazetteer lists and which says more than
    its city: «در فرمانداری آق‌قلا برگزار شد», «در نهاد ریاست‌جمهوری استوارنامه خود را …»;
    the last one in the trigger or its clause before it, with the city after it."""
    start = min(_clause(text, at, sentence)[0], at[0])
    sites = list(_SITE_IN.finditer(text, start, at[1]))
    if not sites:
        return None
    site = sites[-1]
    end = at[0] if site.start(1) < at[0] else at[1]
    words = text[site.start(1) : min(site.end(1), end)].split()
    cut = next((i for i, w in enumerate(words) if i and w in _SITE_STOPS), len(words))
    city = words[cut + 1 : cut + 2]
    if words[cut : cut + 1] == ["در"] and city and city[0] not in _SITE_STOPS:
        cut += 2  # «کاخ نخست‌وزیری در بغداد»: the city it stands in names it too
    return " ".join(words[:cut])


def _clause(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The commas around the trigger, within its sentence."""
    start = max(text.rfind("،", sentence[0], at[0]) + 1, sentence[0])
    end = text.find("،", at[1], sentence[1])
    return start, end if end >= 0 else sentence[1]


def _visit_place(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """Where a visit goes when no listed place names it: the words before a verb of going
    in its clause («به شهرستان سرباز رفت»), else what is visited («از پالایشگاه شوئخات
    بازدید کرد», «در بازدید از آزمایشگاه دانشکده فنی»), a site no gazetteer lists."""
    going = _DESTINATION.search(text, *_clause(text, at, sentence))
    if going:
        return going.group(1)
    site = _site(text, at, sentence)
    return text[site[0] : site[1]] if site else None


def _site(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of what «بازدید» visits: «از X بازدید کرد», «بازدید … از X», without a
    relative clause on it («از بافت فرسوده که برخی از منازل … بازدید کرد»)."""
    s, e = _clause(text, at, sentence)
    if text[at[0] : at[1]].endswith(" از"):
        stop = _SITE_END.search(text, at[1], e)
        start, end = at[1] + 1, stop.start() if stop else e
    elif text.startswith("بازدید", at[0]) and text.rfind(" از ", s, at[0]) >= 0:
        which = text.find(" که ", s, at[0])
        end = which if which >= 0 and text.rfind(" از ", s, which) >= 0 else at[0] - 1
        start = text.rfind(" از ", s, end) + 4
    else:
        return None
    return (start, end) if 0 < len(text[start:end].split()) <= MAX_PARTY_WORDS else None


def _goes_somewhere(text: str, inside: list[Mention], m: re.Match[str]) -> bool:
    """«سفر» alone or a verb of going («به بغداد برود», «وارد زاهدان می‌شود») is a visit
    only with a place it goes to: the verb's place before it, or after «به» soon after
    the noun, with who travels between («سفر هفته گذشته سعد سلیمان … به ریاض»); «سفر …
    به» needs the place right after it («سفر با خودروی شخصی به مرزها» goes nowhere)."""
    places = [x for x in inside if x.kind in ("city", "country")]
    if _ARRIVE.match(m.group()):
        return any(x.start == m.start() + 5 for x in places)
    if m.group().endswith(" به"):
        return any(x.start == m.end() + 1 for x in places)
    if _GOING.search(m.group()):
        return any(x.start == m.start() for x in places)
    if not _BARE_VISIT.fullmatch(m.group()):
        return True
    if _own(text, (m.start(), m.end())):
        return True
    to = next(
        (
            x
            for x in places
            if m.end() < x.start < m.end() + 80 and text[x.start - 3 : x.start] == "به "
        ),
        None,
    )
    return to is not None and any(
        m.end() < x.start < to.start for x in inside if x.kind in (*_ACTORS, "org")
    )


def _amid(text: str, s: int, at: int) -> bool:
    """Whether the trigger at ``at`` names the setting of another event: «در حاشیه صد و
    هفتاد و چهارمین اجلاس وزیران اوپک …»."""
    return bool(_AMID.search(text, max(s, at - 60), at))


def _beyond_setting(
    text: str, s: int, e: int, inside: list[Mention], matches: list
) -> re.Match[str] | None:
    """The meeting a sentence tells after the session it happens on the sidelines of («در
    حاشیه اجلاس وزیران اوپک در وین با وزیر نفت عراق دیدار کرد»): both are events."""
    setting = dict(matches).get("meeting")
    if setting is None or not _amid(text, s, setting.start()):
        return None
    return _first("meeting", text, setting.end(), e, inside)


def _first(kind: str, text: str, s: int, e: int, inside: list[Mention]) -> re.Match[str] | None:
    """The sentence's first trigger of ``kind``; a «میزبان» that hosts no one does not
    hide a later one («میزبان شهرداری گرگان است، … با … دیدار می‌کند»)."""
    return next((m for m in _TRIGGER[kind].finditer(text, s, e) if _hosts(inside, m)), None)


def _hosts(inside: list[Mention], m: re.Match[str]) -> bool:
    """«میزبان X بود» is a meeting when X is someone («میزبان نخست‌وزیر عراق», «میزبان هیئت
    کنفدراسیون»), not a team, a match or a gathering («میزبان شهرداری گرگان است», «میزبان
    رقبای آسیایی خود», «میزبان اجلاس»); so is «دیدار X با Y» told as a noun, not «دیدار
    پرسپولیس با استقلال», and «در دیدار X» meeting X (a trigger that ends in a space)."""
    told = m.group()
    if told.startswith(("میزبان ", "پذیرای ")) or told.endswith(" با "):
        guest = m.start() + len(told.split(" ", 1)[0]) + 1
    elif told.startswith("برای "):  # «برای دیدار با وزیر …», not «… با پیکان قزوین»
        guest = m.end() + 1
    elif _SESSION_WITH.fullmatch(told):  # «در نشستی با استانداران …», not «در جلسه با ماده ۱»
        return any(x.start == m.end() + 1 and x.kind in (*_ACTORS, "org") for x in inside)
    elif told.endswith(" "):
        guest = m.end()
    else:
        return True
    if _DELEGATION.match(m.string, guest) or _GROUP_OF.match(m.string, guest):
        return True
    pronoun = m.string.startswith(("او ", "وی "), guest)
    return not pronoun and any(x.start == guest and x.kind in _ACTORS for x in inside)


def _not_described(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without offices inside the apposition that describes a person («حسین انصاری‌فر،
    دستیار ارشد وزیر امور خارجه و رئیس هیئت ایرانی، …»): they say who that person is and
    are nobody else taking part."""
    kept: list[Mention] = []
    person: Mention | None = None
    for m in mentions:
        described = (
            person is not None
            and m.kind == "title"
            and text.startswith("، ", person.end)
            and "،" not in text[person.end + 2 : m.start]
            and text.find("،", m.end, m.end + 40) >= 0
        )
        if not described:
            kept.append(m)
        if m.kind == "person":
            person = m
    return kept


def _untimed(m: Mention) -> Mention:
    """A body's name without a time word the recognizer ran into («کنفدراسیون فردا»)."""
    if m.kind != "org" or not _WHEN_AFTER.search(m.name):
        return m
    return Mention(m.start, m.end, _WHEN_AFTER.sub("", m.name), m.kind)


def _visitor(text: str, s: int, inside: list[Mention], participants: list[str]) -> bool:
    """A visit needs a visitor, a person or a body, or the delegation told before
    («اعضای هیئت … بازدید کردند»): countries alone are where it goes («زائران به عراق
    سفر کنند», «پیش از سفر به روسیه با لیتوانی بازی می‌کند»)."""
    return any(m.name in participants for m in inside if m.kind in (*_ACTORS, "org")) or bool(
        _DELEGATION.match(text, _SPACE.match(text, s).end())
    )


def _repeats(event: Event, earlier: list[Event], text: str) -> Event | None:
    """The event ``event`` refers back to, if any: the same type, and no participant that
    one lacks. One told in the pluperfect («دیدار کرده بودند») happened before, apart;
    one with someone new («وی همچنین با X دیدار خواهد کرد»), in another place or time,
    or in the future after past ones is another. «این نخستین سفر» or «پیش از امضای قرارداد»
    points back to the one of its type already told."""
    if _PLUPERFECT.search(event.trigger) or _BESIDE.search(text, event.sentence[0], event.start):
        return None
    same = [e for e in earlier if e.type == event.type]
    mine = set(event.participants)
    if _REFERENCE.search(text, max(0, event.start - 25), event.start) or _signed_this(text, event):
        return same[-1] if same else None
    if _FUTURE.search(event.trigger) and not any(_FUTURE.search(e.trigger) for e in same):
        return None
    return next((e for e in same if mine <= set(e.participants) and not _elsewhere(event, e)), None)


def _signed_this(text: str, event: Event) -> bool:
    """«این قرارداد را X و Y امضا کردند», «توافقنامه مذکور … به امضا رسید»: the
    agreement already told, and who signed it."""
    return event.type == "agreement" and bool(
        _THIS_DOCUMENT.search(text, event.sentence[0], event.start)
    )


def _pointed(text: str, start: int) -> bool:
    """«این نشست که … برگزار شد»: a demonstrative points back, never to a new event."""
    return bool(_THIS_ONE.search(text, max(0, start - 25), start))


def _elsewhere(a: Event, b: Event) -> bool:
    """In another place or at another time («قراردادی که نخستین بار در سال 2009 امضا شد»)."""
    return (a.place is not None and b.place is not None and a.place != b.place) or (
        a.date is not None and b.date is not None and a.date != b.date
    )


def _date(
    text: str,
    dates: Sequence[tuple[int, int, str | None]],
    sentence: tuple[int, int],
    at: tuple[int, int],
    context: Context,
    after: bool = False,
) -> str | None:
    """The date nearest before the trigger in its sentence, else the first after it when
    the trigger is a noun (a verb ends its clause: «به دمشق می‌رود و ۲۴ رمضان به تهران
    بازمی‌گردد»); ``after`` (a next round of talks) looks after it first. A date quoted, in
    what is reported («نوشت که … در ۴ نوامبر») or agreed («توافق کردند که … تا پایان
    اوت»), in a relative clause the trigger is not in («، که روز پنجشنبه … رفته بود،»),
    or before the topic word of an event spoken about is another event's."""
    s, e = sentence
    speech = _within(context.reported, at[0])
    topic = _topic_of(text, [Mention(s, s, "", "")], at)
    content = _content(text, at, e)
    kept = []
    for ds, de, v in dates:
        if not (s <= ds and de <= e and v) or (topic is not None and ds < topic):
            continue
        if topic is None and _within(context.reported, ds) not in (None, speech):
            continue
        if _within(context.quoted, ds) or ds >= content:
            continue
        if not _aside(text, ds, at[0], s):
            kept.append((ds, v))
    before = [v for ds, v in kept if ds < at[0]]
    verb = _VERB_END.search(text, at[0], at[1])
    later = [v for ds, v in kept if ds >= at[0] and (ds < at[1] or not verb)]
    if after:
        return (later or before[-1:] or [None])[0]
    return before[-1] if before else (later[0] if later else None)


def _content(text: str, at: tuple[int, int], e: int) -> int:
    """Where what the event is about begins: «که» right after a verb («توافق کردند که
    کارگروه … در پکن تشکیل جلسه دهد»); the sentence's end when there is none. After a
    noun «که» opens a relative clause («این بیانیه که روز شنبه منتشر شد»)."""
    m = _THAT.match(text, at[1])
    return m.end() if m and _VERB_END.search(text, at[0], at[1]) else e


def _aside(text: str, pos: int, at: int, s: int) -> bool:
    """Whether ``pos`` is in a relative clause «، که … ،» that ``at`` is not in."""
    opening = text.rfind("، که ", s, pos)
    if opening < 0:
        return False
    closing = text.find("،", opening + 2)
    closing = closing if closing >= 0 else len(text)
    return pos < closing and not opening < at < closing


def _setting(text: str, s: int, at: int, events: list[Event]) -> Event | None:
    """The event a trigger happens in or after: «در این تماس دو طرف توافق کردند», «پس از
    این دیدار … به امضا رسید»; it lends its place and date."""
    for m in _IN_THIS.finditer(text, s, at):
        same = [ev for ev in events if ev.type == _BACK[m.group(1)]]
        if same:
            return same[-1]
    return None


def _session_of(text: str, at: tuple[int, int], e: int) -> list[str]:
    """The body whose session the trigger names, when the sentence names no one else
    («جلسه سرنوشت‌ساز کمیته واگذاری باشگاه نفت … فردا برگزار خواهد شد», «اجلاس سران
    سازمان همکاری شانگهای … آغاز به کار کرد»)."""
    body = _SESSION_BODY.match(text, at[0], e)
    return _named_from(text, body.start("head"), e) if body else []


def _convening(
    text: str, at: tuple[int, int], sentence: tuple[int, int], context: Context
) -> list[str]:
    """The body that convenes, the subject of «تشکیل جلسه می‌دهد» («… افزود که کمیته مشترک
    کنسولی دو کشور ۲۵ خرداد در تهران تشکیل جلسه می‌دهد»), up to a time or a date."""
    if not text.startswith("تشکیل ", at[0]):
        return []
    speech = _within(context.reported, at[0])
    start = _SPACE.match(text, speech[0] if speech else _clause(text, at, sentence)[0]).end()
    if not text.startswith(BODIES, start):
        return []
    return _named_from(text, start, at[0])


def _sat_before(text: str, at: tuple[int, int]) -> list[str]:
    """The body someone came before, which the recognizer may not know as one: «در
    کمیسیون کشاورزی، آب و منابع طبیعی مجلس حضور یافت» → «کمیسیون کشاورزی»."""
    body = _BEFORE_BODY.match(text, at[0])
    came = text.rfind(" حضور ", at[0], at[1])
    return _named_from(text, body.end(), came) if body and came >= 0 else []


def _joined(participants: list[str], more: list[str]) -> list[str]:
    """``participants`` and ``more``, one name for each body, the one that goes on
    («کمیسیون کشاورزی، آب و منابع طبیعی مجلس», not also «کمیسیون کشاورزی»)."""
    joined = list(participants)
    for m in more:
        same = next((i for i, p in enumerate(joined) if _same_body(m, p)), None)
        if same is None:
            joined.append(m)
        elif m.startswith(joined[same]):
            joined[same] = m
    return joined


def _same_body(a: str, b: str) -> bool:
    """Two names of one body: one holds the other, or they share a run of two words
    («مجمع عمومی اتحادیه صادرکنندگان» and «اتحادیه صادرکنندگان فرآورده‌های نفتی»)."""
    if a in b or b in a:
        return True
    x, y = a.split(), b.split()
    return bool(
        {tuple(x[i : i + 2]) for i in range(len(x) - 1)}
        & {tuple(y[i : i + 2]) for i in range(len(y) - 1)}
    )


def _named_from(text: str, start: int, e: int) -> list[str]:
    """The name that starts at ``start``, up to a preposition, a time or a date: «وزیران
    گروه اوپک‌پلاس اول ژوئن ۲۰۲۴ در وین» → «وزیران گروه اوپک‌پلاس»."""
    end = _PHRASE_END.search(text, start, e)
    words = text[start : end.start() if end else e].split()
    cut = next((i for i, w in enumerate(words) if i and _NOT_NAME.match(w)), len(words))
    while cut and words[cut - 1] in _EDGE_WORDS:
        cut -= 1
    return [" ".join(words[:cut])] if 1 < cut <= MAX_PARTY_WORDS else []


def _countries_in(
    text: str, context: Context, sentence: tuple[int, int], at: tuple[int, int]
) -> list[str]:
    """The countries a sentence names, inside titles too, when it names no one who can
    act: «گفت‌وگوی تلفنی وزیران امور خارجه ایران و عربستان» is between the two; not what
    it was about («درباره بحران سوریه، برنامه هسته‌ای کره شمالی … گفت‌وگو کردند»)."""
    s, e = sentence
    inside = [Mention(p, p + len(n), n, "country") for p, n in context.countries if s <= p < e]
    named = list(dict.fromkeys(m.name for m in _about(text, inside, sentence, at)))
    return named if 2 <= len(named) <= MAX_PARTIES else []


def _statement_of(text: str, end: int, events: list[Event]) -> Event | None:
    """«بیانیه مشترک پایانی این نشست»: the meeting a statement closes, the last told by that
    word (not a talk on its sidelines); who took part issue it, where and when it was."""
    m = _OF_THIS.match(text, end)
    meetings = [ev for ev in events if ev.type == "meeting"] if m else []
    named = [ev for ev in meetings if m and m.group(1) in ev.trigger]
    return (named or meetings or [None])[-1]


def _told_within(text: str, event: Event, events: list[Event]) -> bool:
    """«در این دیدار که … دو وزیر درباره … رایزنی کردند»: what is done in a meeting or
    call already told, of its own type, is that event told again («پس از این دیدار»
    or «در حاشیه این نشست» would be another)."""
    for m in _WITHIN_THIS.finditer(text, event.sentence[0], event.start):
        if any(ev.type == event.type == _BACK[m.group(1)] for ev in events):
            return True
    return False


def _back(text: str, s: int, e: int, events: list[Event]) -> list[str]:
    """The participants of the event «این توافق» or «این نشست» in the sentence points to."""
    for m in _THIS.finditer(text, s, e):
        kind = _BACK[m.group(1)]
        same = [ev for ev in events if ev.type == kind]
        if same:
            return list(same[-1].participants)
    return []


def _counted(text: str, s: int, at: tuple[int, int], events: list[Event]) -> list[str]:
    """«سه کشور در پایان نشست توافق کردند»: the last event of that many parties."""
    m = _COUNTED.search(text, s, at[0])
    if not m:
        return []
    n = _NUMBERS[m.group(1)]
    told = [ev for ev in events if len(ev.participants) == n]
    return list(told[-1].participants) if told else []


def _series(text: str, at: tuple[int, int], events: list[Event]) -> list[str]:
    """Who a round naming no one is of when it points back («نشست قبلی این سازوکار
    سه‌جانبه …»): those of the last meeting told, the series it belongs to; not a group
    named bare («نشست بعدی وزیران در شهر وان»), which may be others."""
    meetings = [ev for ev in events if ev.type == "meeting"]
    if not _THIS_SERIES.match(text, at[1]):
        return []
    return list(meetings[-1].participants) if meetings else []


def _interview(text: str, s: int, e: int, outlets: Sequence[str]) -> re.Match[str] | None:
    """«گفت‌وگو با» an outlet of the sourcing chain named bare («با اقتصادآنلاین»)."""
    for m in _TALK_WITH.finditer(text, s, e):
        if any(text.startswith(name, m.end()) for name in outlets):
            return m
    return None


def _subject_pronoun(text: str, s: int, inside: list[Mention], topic: str | None) -> list[Mention]:
    """«وی» or «او» opening a sentence is the person the sentence before began with
    («وی همچنین با برهم عبدالله دیدار خواهد کرد»), unless already resolved."""
    at = _SPACE.match(text, s).end()
    if (
        topic is None
        or text[at : at + 3] not in ("وی ", "او ")
        or any(m.start == at for m in inside)
    ):
        return []
    return [Mention(at, at + 2, topic, "person")]


def _date_back(earlier: Event, date: str | None, events: list[Event]) -> None:
    """A reference that dates the event it refers to («بر اساس این بیانیه که روز شنبه …
    منتشر شد») dates it and the events told in its sentence."""
    if date is None or earlier.date is not None:
        return
    for ev in events:
        if ev.sentence == earlier.sentence and ev.date is None:
            ev.date = date


def _this_city(text: str, event: Event, visits: list[Event], events: list[Event]) -> None:
    """«… عازم بیروت می‌شود و در این شهر با … دیدار خواهد کرد»: where the visit went."""
    if event.place is None and _THIS_PLACE.search(text, *event.sentence):
        went = [v for v in [*events, *visits] if v.type == "visit" and v.place]
        if went:
            event.place = max(went, key=lambda v: v.start).place


def _lend(event: Event, setting: Event | None) -> None:
    if setting is not None:
        event.place = event.place or setting.place
        event.date = event.date or setting.date


def _part_of_visit(
    text: str, at: int, visits: list[Event], inside: list[Mention], participants: list[str]
) -> bool:
    """A meeting told in the same clause as a visit, with no one the visit lacks («به نجف
    برود و با مراجع دیدار کند», «برای شرکت در نشست وزیران به آستانه می‌رود و با همتایان
    قزاقستانی خود دیدار می‌کند»), is what the visit was for; one with someone named
    («… و در این شهر با رئیس‌جمهور لبنان دیدار خواهد کرد») is an event of its own."""
    actors = {m.name for m in inside if m.kind in (*_ACTORS, "org")}
    for visit in visits:
        a, b = visit.start, visit.end
        new = set(participants) & actors - set(visit.participants)
        if "،" not in text[min(a, at) : max(b, at)] and not new:
            return True
    return False


def _lead_date(
    dates: Sequence[tuple[int, int, str | None]],
    lead: tuple[int, int] | None,
    reported: Sequence[tuple[int, int]],
) -> str | None:
    """The lead's first date outside reported speech, lent to the lead's undated events."""
    if not lead:
        return None
    return next(
        (
            v
            for s, e, v in dates
            if lead[0] <= s and e <= lead[1] and v and not _within(reported, s)
        ),
        None,
    )


@dataclass
class _Reading:
    """What one article's reading has found so far."""

    text: str
    context: Context
    people: set[str]
    events: list[Event] = field(default_factory=list)


def _who(
    reading: _Reading,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    fresh: bool,
) -> list[str]:
    """The participants: the parties named («میان X و Y», «دو کشور») or the sentence's,
    else those it points back to («آنها», «دو وزیر», «این توافق», the delegation that
    came: «اعضای هیئت … بازدید کردند»), and a speaker whose speech leaves its subject
    out."""
    text, context, earlier = reading.text, reading.context, reading.events
    s, e = sentence
    participants: list[str] = []
    if kind in ("agreement", "meeting"):
        participants = _parties(text, at, s) or _two_countries(text, s, at, context)
    if kind == "statement" and not _PRESS.match(text, at[0]):
        # a press conference is its holder's («در کنفرانس مطبوعاتی پایان اجلاس»)
        told = _statement_of(text, at[1], earlier)
        participants = list(told.participants) if told else []
    participants = participants or _participants(text, inside, kind, sentence, at, context)
    if kind == "meeting" and text.endswith("شرکت در ", 0, at[0]):
        # «برای شرکت در نشست وزیران خارجه کشورهای همسایه عراق … دعوت کرد»: whose
        # meeting it is, not who invites or is invited to it
        participants = _named_from(text, text.find(" ", at[0]) + 1, e) or participants
    if fresh:
        participants = participants or _back(text, s, e, earlier) or _series(text, at, earlier)
    if not participants and _THEY.search(text, s, at[0]):
        pairs = [ev for ev in earlier if len(set(ev.participants) & reading.people) >= 2]
        pairs = pairs or [ev for ev in earlier if len(ev.participants) == 2]
        participants = list(pairs[-1].participants) if pairs else []
    if not participants:
        participants = _counted(text, s, at, earlier)
    if not participants and _within(context.reported, at[0]):
        participants = _back(text, s, e, earlier)
    if kind == "meeting" and _amid(text, s, at[0]):
        participants = _session_of(text, at, e) or participants
    elif kind == "meeting":
        participants = _joined(participants, _sat_before(text, at) or _session_of(text, at, e))
    if kind == "meeting" and not participants:
        participants = _convening(text, at, sentence, context)
    if kind in ("meeting", "call") and set(participants) <= {n for _, n in context.countries}:
        # «نشست سه‌جانبه معاونان وزیران امور خارجه ایران، پاکستان و چین»: countries in a
        # title are parties too when only countries take part
        listed = _countries_in(text, context, sentence, at)
        participants = listed if set(participants) <= set(listed) else participants
    opening = _SPACE.match(text, _clause(text, at, sentence)[0]).end()
    if not participants and _DELEGATION.match(text, opening):
        visits = [ev for ev in earlier if ev.type == "visit"]
        participants = list(visits[-1].participants) if visits else []
    if kind in ("visit", "meeting", "call", "agreement"):
        participants = _dropped_subject(text, inside, at, context) + participants
    return participants


def _where(
    reading: _Reading,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    fresh: bool,
) -> str | None:
    """The place, from the event's side of the sentence: not what a «که» clause after
    its verb says, not where a speaker's office is, and for a next round after it."""
    text = reading.text
    found = _candidates(text, inside, at, reading.context)
    found = [x for x in found if x.start < _content(text, at, sentence[1])]
    if kind == "statement":
        found = [x for x in found if x.kind != "post"]
    if fresh:
        found = [x for x in found if x.start > at[1]]
    return _place(text, found, kind, at, sentence)


def _headline_told(reading: _Reading, s: int, e: int) -> re.Match[str] | None:
    """«رهبر انقلاب در این دیدار گفت …» with no event told before: the meeting only the
    headline names, which the body first reports here (after a press conference told, «در
    این نشست» is that one)."""
    if reading.events:
        return None
    return _IN_THIS_MEETING.search(reading.text, s, e)


def _keep(reading: _Reading, event: Event, visits: list[Event], fresh: bool) -> bool:
    """Add ``event`` unless it refers back to one already found, which it may date or
    complete («این قرارداد را X و Y امضا کردند»); a kept one may take its place and date
    from the event it happens in («در این تماس», «در این شهر», on a visit)."""
    text, events = reading.text, reading.events
    earlier = None if fresh else _repeats(event, events, text)
    if earlier is not None:
        _date_back(earlier, event.date, events)
        if _signed_this(text, event):
            earlier.participants += [p for p in event.participants if p not in earlier.participants]
        return False
    if _pointed(text, event.start) or (not fresh and _told_within(text, event, events)):
        return False
    _lend(event, _setting(text, event.sentence[0], event.start, events))
    if event.type == "statement":
        _lend(event, _statement_of(text, event.end, events))
    _this_city(text, event, visits, events)
    if event.type == "meeting" and event.place is None and visits:
        event.place = visits[-1].place
    events.append(event)
    return True


def find_events(
    text: str,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int, str | None]],
    lead: tuple[int, int] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    body: int = 0,
    reported: Sequence[tuple[int, int]] = (),
    countries: Sequence[tuple[int, str]] = (),
    outlets: Sequence[str] = (),
    speakers: Sequence[str | None] = (),
) -> list[Event]:
    """Events in reading order; ``lead`` lends its date to the lead's undated events.

    A trigger inside a direct quote (``quoted``) is what someone said, not what the
    article reports, and a phone call is not also a meeting. Only text from ``body`` on
    is read: a headline repeats an event the body reports, without its date or place.
    ``reported`` are the spans of indirect speech and ``speakers`` who says each;
    ``countries`` every country the text names (inside titles too), for «دو کشور»;
    ``outlets`` the sourcing chain's names, since «در گفت‌وگو با اقتصادآنلاین» is an
    interview as «… با خبرنگار X» is.
    """
    context = Context(quoted, reported, countries, speakers)
    reading = _Reading(text, context, {m.name for m in mentions if m.kind in _ACTORS})
    lead_date = _lead_date(dates, lead, reported)
    topic: str | None = None
    mentions = _not_described(
        text, sorted(map(_untimed, mentions), key=lambda m: (m.start, -m.end))
    )
    starts = [m.start for m in mentions]
    for sentence in _SENTENCE.finditer(text, body):
        s, e = sentence.span()
        inside = [
            m for m in mentions[bisect_left(starts, s) : bisect_left(starts, e)] if m.end <= e
        ]
        inside = _subject_pronoun(text, s, inside, topic) + inside
        topic = next((m.name for m in inside if m.kind == "person"), topic)
        in_lead = bool(lead and lead[0] <= s < lead[1])
        found_here: set[tuple[int, int]] = set()
        kinds: set[str] = set()
        visits: list[Event] = []
        matches = [(kind, _first(kind, text, s, e, inside)) for kind in _TRIGGER]
        matches.append(("round", _ROUND.search(text, s, e)))
        matches.append(("statement", _interview(text, s, e, outlets)))
        matches.append(("meeting", _beyond_setting(text, s, e, inside, matches)))
        if not matches[list(_TRIGGER).index("meeting")][1]:
            matches.append(
                ("meeting", _SESSION.search(text, s, e) or _headline_told(reading, s, e))
            )
        for kind, m in matches:
            if not m or any(a < m.end() and m.start() < b for a, b in found_here):
                continue
            fresh = kind == "round"
            kind = "meeting" if fresh else kind
            if _within(quoted, m.start()) or (kind == "meeting" and "call" in kinds):
                continue
            at = (m.start(), m.end())
            participants = _who(reading, inside, kind, (s, e), at, fresh)
            if kind == "meeting" and _HABIT.search(text, m.start(), m.end()):
                continue
            if kind == "visit" and (
                not _goes_somewhere(text, inside, m) or _CALLED_OFF.match(text, m.end(), e)
            ):
                continue
            if not participants:
                continue
            if kind == "visit" and not _visitor(text, s, inside, participants):
                continue
            if (
                kind == "meeting"
                and not fresh
                and _part_of_visit(text, m.start(), visits, inside, participants)
            ):
                continue
            date = _date(text, dates, (s, e), at, context, after=fresh)
            if not date and in_lead and not _topic_of(text, inside, at):
                date = lead_date
            event = Event(
                kind,
                m.group().strip(),
                *at,
                (s, e),
                participants,
                _where(reading, inside, kind, (s, e), at, fresh),
                date,
            )
            if _keep(reading, event, visits, fresh):
                found_here.add(at)
                kinds.add(kind)
                if kind == "visit":
                    visits.append(event)
    return sorted(reading.events, key=lambda ev: ev.start)
