"""Triggers: the words that tell an event happened («دیدار کردند», «در تماسی تلفنی با»,
«به امضا رسید», «وارد بغداد شد»), by type, and the checks a match must pass to be one
(a trip that goes somewhere, a host who hosts someone, a session on whose sidelines
another meeting is held)."""

import re
from collections.abc import Sequence

from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    ANNOUNCING,
    ARRIVING,
    BECOME,
    DELEGATION,
    DOCUMENT,
    GO,
    GROUP,
    SITTING,
    STAYING,
    TALK,
    WARNING,
    Z,
)
from khabar.news.events.trips import ARRIVE, BARE_VISIT, GOING, goes_somewhere

_V = (
    rf"(?:می{Z}?|نمی{Z}?)?(?:کرد|کرده|کنند|کند|کن|خواهند کرد|خواهد کرد)(?:ند|ه بودند|ه است|ه‌اند)?"
    # the formal «نمودن»: «بازدید نمودند», «متهم نمایند»
    rf"|(?:می{Z}?|نمی{Z}?)?(?:نمود(?:ند|ه(?: است| بود)?)?|نمای(?:د|ند))(?![^\s،؛:.!؟])"
)
# «نشست … آغاز شد», «اجلاس … آغاز به کار کرد»
_OPENED = rf"(?:آغاز|شروع) (?:شد|می{Z}?شود|خواهد شد|به کار (?:کرد|می{Z}?کند|خواهد کرد))(?![^\s،.])"
# «نشست … به کار خود پایان داد», «اجلاس … پایان یافت»: a session told as it closes
_CLOSED = (
    rf"(?:به کار (?:خود|خویش) پایان (?:داد|دادند|می{Z}?دهد|می{Z}?دهند|خواهد داد)"
    rf"|پایان (?:یافت|می{Z}?یابد|خواهد یافت))(?![^\s،.])"
)
# A character that does not begin what someone says («… گفت که این کمیسیون نشستی …»);
# a relative clause may come between («جلسه‌ای که در فرمانداری برگزار شد»).
_NO_CLAUSE = r"(?:(?!(?:گفت|کرد|داد|افزود) که )[^.،])"
# A character before anyone speaks: «در گفت‌وگو با ایلنا گفت: «… ادامه دارد» is no talks had.
_UNSAID = r"(?:(?! (?:گفت|افزود|اظهار کرد)(?![^\s،.]))[^.،:«])"
_AGENCIES = (
    r"(?:ایرنا|ایسنا|ایلنا|تسنیم|فارس|مهر|میزان|شانا|باشگاه خبرنگاران جوان|ایکنا|ایبنا"
    r"|برنا|پانا|خبرآنلاین|اقتصادآنلاین|تابناک|انتخاب|فرارو|ورزش سه|نود اقتصادی)"
)
# «در نشست(ی) با X»: a session with whoever is named right after.
_SESSION_WITH = re.compile(
    rf"(?:در|طی) (?:نشست|نشستی|جلسه|جلسه{Z}?ای)(?: (?:ویدئوکنفرانسی|مجازی|مشترک|ویژه))? با"
)
# An interview, talked or «مصاحبه»: «در گفت‌وگویی کوتاه با», «در مصاحبه‌ای اختصاصی با».
# when it was given may come between: «در مصاحبه روز پنجشنبه با», «در گفت‌وگوی امروز خود با».
_INTERVIEW = (
    rf"(?:{TALK}(?:یی|ی(?= اختصاصی| امروز| دیروز| روز))?|مصاحبه(?:{Z}?ای|ی(?= اختصاصی))?)"
    rf"(?: کوتاه| اختصاصی)?(?: (?:روز|امروز|دیروز|امشب|صبح|عصر|شب|خود|(?:یک|دو|سه|چهار|پنج)?"
    rf"{Z}?شنبه|جمعه)(?= )){{0,3}}"
)
_REACHED = rf"(?:رسید|رسیدند|می{Z}?رسد|می{Z}?رسند|خواهد رسید|خواهند رسید)(?![^\s،.])"
# A meeting told as a noun of the two who met: «دیدار X و Y».
_PAIR_MET = r"(?:دیدار|ملاقات|رایزنی)"
CONSENTED = rf"موافقت (?:کردند|کرده{Z}?اند|کرده بودند|می{Z}?کنند|خواهند کرد)(?![^\s،.])"
_HOSTING = r"(?:میزبان|پذیرای|مهمان|میهمان)"
# «به» the word, not the end of a weekday: «روز شنبه به مسکو رفت» goes to Moscow.
_TO = r"(?<![^\s«(،])به "
_STRONGLY = r"(?:به شدت|به{Z}?شدت|شدیدا|شدیداً|قویا|قویاً|قاطعانه)".replace("{Z}", Z)
_HELD = (
    rf"(?:شد|شده (?:بود|است)|می{Z}?شود|خواهد شد|شود|کرد|کردند|کردیم|کرده{Z}?ایم|می{Z}?کند"
    rf"|می{Z}?کنند|خواهد کرد)"
)
# A press conference is a statement, a court's session a hearing: neither is a meeting.
_NOT_MET = r"(?! ?(?:خبری|مطبوعاتی|دادگاه|دادرسی|محاکمه|رسیدگی))"
# «در ادامه بازدید خود از X … بازدید خواهد کرد»: the visit goes on to X, told by the verb.
_GOING_ON = r"(?<!ادامه )"
# Trigger patterns by type, most specific first; a sentence gets at most one of each type.
# Types are read in this order: a visit before the meeting it is for, a meeting before
# what two sides agreed in it («… دیدار …، دو طرف به توافق رسیده‌اند»).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "call": (
        rf"(?:تماس|تماسی|{TALK}ی|مکالمه) ?تلفنی",
        # the adverb before the verb: «تلفنی گفت‌وگو کردند», «تلفنی با همتای خود رایزنی کرد»
        rf"تلفنی (?:با [^.]{{1,80}}? )?(?:(?:{TALK}|رایزنی|مذاکره|صحبت) (?:{_V})"
        rf"|تماس (?:گرفت|گرفتند|می{Z}?گیرد|می{Z}?گیرند|خواهد گرفت|خواهند گرفت))",
    ),
    "visit": (
        rf"(?:{_TO}[^.،]{{1,30}} )?سفر (?:{_V}|کرده است|خواهد کرد)",
        rf"{_GOING_ON}بازدید (?:{_V}|از)",
        rf"بازدید به عمل (?:آمد|آورد|آوردند|می{Z}?آید|می{Z}?آورد|خواهد آمد|خواهد آورد)",
        # not «جمعی از» («بازدید جمعی از اعضای هیئت … از پروژه»): a group is who visits
        _GOING_ON + r"بازدید(?: (?!(?:جمعی|تعدادی|گروهی|هیئتی|هیاتی|شماری|برخی) از)"
        r"[^\s.،]+){1,4}? از",
        # the trip a clause is set in: «در حاشیه سفر به مازندران», «پس از سفر به پکن»
        r"(?:در|با|طی|حین|هنگام|(?:پس|پیش|بعد|قبل) از|در (?:حاشیه|جریان|ادامه|پایان|طول))"
        r" سفر(?:ی)? به",
        r"در سفری(?: [^\s.،]+){0,2}?(?= در )",
        rf"به مقصد [^\s.،]+(?: [^\s.،]+)? (?:ترک|عزیمت|حرکت) (?:{_V})",
        r"سفر [^.،]{1,40}? به",
        rf"(?<={_TO})[^\s.،]+(?: [^\s.،]+)? (?:{GO}|عزیمت (?:{_V}))(?![^\s،.])",
        rf"(?:{ARRIVING}) [^\s.،]+(?: [^\s.،]+)? {BECOME}(?![^\s،.])",
        # staying where one has gone: «که از دیروز در پکن به سر می‌برد»
        rf"(?<=در )[^\s.،]+(?: [^\s.،]+)? {STAYING}",
        r"(?<![^\s«(،])سفر(?![^\s،.])",
        _GOING_ON + r"بازدید(?: [^\s.،]+)? خود از",
        # a site «دیدار»-ed is visited: «از تالار کانی برازان دیدار و …» (``_a_site``)
        rf"(?<![^\s])از (?:(?!از )[^.،]){{1,50}}?(?<! به) دیدار(?= و | (?:{_V})(?![^\s،.]))",
    ),
    "meeting": (
        rf"دیدار و {TALK} (?:{_V})",
        # a meeting and what was talked over: «با X دیدار و درباره … تبادل نظر کرد»,
        # «گفت‌وگو و تبادل نظر کردند»
        rf"(?:دیدار|ملاقات|{TALK}|رایزنی) و (?:[^.،]{{1,60}}? )?(?:تبادل (?:نظر|آرا)|{TALK}|رایزنی)"
        rf" (?:{_V})",
        # sitting down to talks: «با X به گفت‌وگو نشست», «به بحث و تبادل نظر پرداختند»
        rf"به (?:{TALK}|مذاکره|(?:بحث|{TALK}) و تبادل نظر) (?:نشست|نشستند|پرداخت|پرداختند"
        rf"|می{Z}?نشینند|خواهند نشست|خواهد نشست)(?![^\s،.])",
        rf"(?:دیدار|ملاقات|رایزنی|مذاکره) (?:{_V})",
        # sitting down together, told in the first person: «من و X نشستیم», «با X نشستیم»
        r"(?<![^\s])(?:من و|با) [^.،:]{1,40}? نشستیم(?![^\s،.])",
        # a meeting and what was done in it, one light verb for both: «با معاون وزیر دیدار
        # و پیام دولت عراق را ابلاغ کرد»
        rf"(?<= )(?:دیدار|ملاقات) و(?= [^.،]{{1,80}}? (?:{_V})(?![^\s،.]))",
        # «در نشستی (ویدئوکنفرانسی) با استانداران …» (see ``_hosts``)
        _SESSION_WITH.pattern + "(?= )",
        # «X، Y را به حضور پذیرفت»: receiving someone
        rf"به حضور (?:پذیرفت|پذیرفتند|می{Z}?پذیرد|می{Z}?پذیرند|خواهد پذیرفت)(?![^\s،.])",
        # and being received: «X به حضور سلطان عمان رسید» (see ``RECEIVED``)
        rf"به حضور [^.،]{{1,60}}? {_REACHED}",
        rf"(?:دیدار|ملاقات) [^.]{{0,60}}?با [^.]{{1,120}}? (?:انجام|صورت) "
        rf"(?:شد|گرفت|می{Z}?شود|می{Z}?گیرد|خواهد شد|خواهد گرفت)(?![^\s،.])",
        r"(?<![^\s«(،])ملاقات [^.،]{1,40}? با",
        rf"{TALK} (?:{_V})",
        # «طی دیداری با», not «با اشاره به دیداری که با ایشان داشتند»
        r"(?:در|پس از|طی|به|برای|در جریان|در حاشیه|در طول) (?:دیدار|ملاقات)"
        r"(?:(?:ش|شان)? (?:با|[^.،]{1,30}? با)|ی با)",
        # told in a relative clause: «در دیداری که با X داشت», «در جلساتی که با Y داشتیم»
        rf"(?:در|طی) (?:دیدار|ملاقات|نشست|جلسه|جلسات|مذاکرات)(?:ی|{Z}?ای)? که با [^.،]{{1,60}}? "
        rf"(?:داشت|داشتند|داشتیم|داشته{Z}?ایم|داشته است|داشته{Z}?اند)(?![^\s،.])",
        # talks in the plural, never an interview: «در گفت‌وگوهای دوجانبه با», «در رایزنی‌های
        # خود با»
        rf"(?:در|پس از|طی|در جریان|در حاشیه) (?:{TALK}|رایزنی){Z}?های (?:[^.،]{{1,30}}? )?با",
        # «با سران … وارد گفت‌وگو شد»: entering talks
        rf"وارد (?:{TALK}|مذاکره|مذاکرات) {BECOME}(?![^\s،.])",
        r"مذاکرات",
        r"(?:نشست|اجلاس) (?:سه{Z}?جانبه|مشترک|وزیران|سران)".replace("{Z}", Z),
        r"(?<!پیشنهاد )تشکیل (?:جلسه|نشست)",
        rf"(?:جلسه|جلسات|نشست|اجلاس|همایش|مجمع عمومی|کمیسیون مشترک)(?:ی|{Z}?ای|{Z}?های|{Z}?هایی)?"
        rf"{_NOT_MET}"
        rf"(?: {_NO_CLAUSE}{{0,110}}?)? "
        # real text may glue the verb on: «برگزارشد», «تشکیلشد»
        rf"(?:برگزار|تشکیل) ?{_HELD}(?![^\s،.])",
        rf"(?:جلسه|نشست|اجلاس|کنفرانس){_NOT_MET} {_NO_CLAUSE}{{0,80}}? "
        rf"{_OPENED}",
        # what is told of it on the way may be longer: «… امروز با صدور بیانیه پایانی در باکو»
        rf"(?:جلسه|نشست|اجلاس|کنفرانس){_NOT_MET} {_NO_CLAUSE}{{0,120}}? "
        rf"{_CLOSED}",
        # who attends may be long and in apposition: «با حضور X، وزیر …، برگزار شد»
        rf"(?:جلسه|نشست|همایش|کنفرانس)(?:ی|{Z}?ای)?{_NOT_MET} {_NO_CLAUSE}{{0,80}}?"
        rf"(?:با حضور|به ریاست) (?:{_NO_CLAUSE}|،){{1,140}}? "
        rf"(?:(?:برگزار|تشکیل) ?{_HELD}|{_OPENED})"
        r"(?![^\s،.])",
        # a body's session told by the body: «در ستاد مبارزه با کرونا استان که با حضور
        # استاندار برگزار شد»
        rf"(?<=در )(?:ستاد|شورای|کارگروه|کمیته|کمیسیون) {_NO_CLAUSE}{{1,80}}? که "
        rf"{_NO_CLAUSE}{{0,140}}? (?:برگزار|تشکیل) ?{_HELD}(?![^\s،.])",
        # «رئیس‌جمهور میزبان نخست‌وزیر عراق بود»: hosting someone (see ``_hosts``)
        # the guest may come with an apposition («میزبان رضا محمدی، وزیر خارجه عراق، بود»), and
        # the guest may tell it («X مهمان وزیر امور خارجه بود»)
        rf"{_HOSTING} (?:[^.،]{{1,60}}?|[^.،]{{1,40}}?، [^.،]{{1,60}}?،[^.،]{{0,40}}?) "
        rf"(?:بود|است|خواهد بود|{BECOME})(?![^\s،.])",
        # «X در دیدار جمعی از روحانیان گفت», «در دیدار سرپرست میراث فرهنگی»: meeting
        # the people named right after (``_hosts``), not «در دیدار مقابل ابومسلم»
        r"(?:در|پس از|طی|در جریان|در حاشیه) (?:دیدار|ملاقات) (?!با )"
        r"(?:(?:امروز|دیروز|صبح|عصر|ظهر|شامگاه|بامداد) ){0,2}",
        # «دیدار رئیس‌جمهور با نخست‌وزیر عراق …», someone's (see ``_hosts``)
        r"(?<![^\s«(،])(?:دیدار|مذاکره|مذاکرات|رایزنی) (?!با )[^.،]{1,40}? با ",
        # talks had, one or many and of a kind: «گفت‌وگوهای دوجانبه داشت»
        rf"(?:(?:دیدار|ملاقات|رایزنی|{TALK})(?:{Z}?ها(?:ی)?|ی)?|مذاکره|مذاکرات|نشست(?:ی)?|جلسه(?:{Z}?ای)?)"
        rf"(?: (?:دوجانبه|دو{Z}? ?جانبه|جداگانه|سه{Z}?جانبه|مشترک|فشرده|مفصل|کوتاه)(?:{Z}?ای|ی)?)?"
        rf" (?:با {_UNSAID}{{1,60}}? )?(?:داشت|داشتند|خواهد داشت|خواهند داشت|دارد|دارند)"
        r"(?![^\s،.])",
        r"(?:(?<=، )|(?<=\n))جلسه علنی",
        # a minister called before a body: «وزیر … در (جلسه) کمیسیون کشاورزی مجلس حضور یافت»
        rf"(?<=در )(?:(?:جلسه|نشست) )?(?:{SITTING}) [^.]{{1,80}}? حضور "
        rf"(?:یافت|یافتند|پیدا کرد|پیدا کردند|می{Z}?یابد|می{Z}?یابند|خواهد یافت|خواهند یافت)"
        r"(?![^\s،.])",
        # an ambassador's credentials are handed in person: «استوارنامه خود را تقدیم X کرد»
        rf"استوارنامه(?:{Z}?های)? (?:خود )?را (?:[^.،]{{1,60}}? )?تقدیم"
        rf"(?: [^.،]{{1,40}}?)? (?:{_V})",
        rf"به (?:جلسه|نشست)(?:ی)? (?:فرا )?(?:می{Z}?|خواهد |خواهند )?(?:خواند|خوانند|فراخواند)",
        # «دیدار رهنورد و الچین قلی‌یف … به بررسی … اختصاص داشت»: two who met (``_hosts``)
        rf"(?<![^\s«(،]){_PAIR_MET}(?= )",
        # a gathering: «سران کشورهای عضو بریکس در ژوهانسبورگ گرد هم آمدند»
        rf"گرد هم (?:آمدند|آمده{Z}?اند|می{Z}?آیند|خواهند آمد)(?![^\s،.])",
    ),
    "agreement": (
        # «به امضا رسید», «به امضای دو وزیر می‌رسد», and who signs: «به امضا رساندند»; the
        # signers may be named with their titles: «به امضای X، رئیس …، و Y، وزیر …، رسید»
        rf"به امضا(?:ی [^.]{{1,160}}?،?)? (?:می{Z}?|خواهد |خواهند )?"
        r"(?:رسید|رسد|رسند|رساند|رسانند)(?:ند)?",
        rf"امضا (?:{_V}|شد|شده|خواهد شد|می{Z}?شود|خواهند شد|می{Z}?شوند|شود|شوند)(?![^\s،.])",
        rf"امضای {DOCUMENT}(?:{Z}?ها|{Z}?ای|ی)?",
        rf"به توافق (?:رسید|رسیدند|رسیده(?: است|{Z}?اند)?|می{Z}?رسند|خواهند رسید)(?![^\s،.])",
        rf"{DOCUMENT}(?:ی|{Z}?ای)? [^.]{{0,60}}?تمدید (?:{_V}|شد|می{Z}?شود|خواهد شد)",
        rf"توافق (?:{_V}|نهایی|کردند|میان|بین)",
        rf"تفاهم{Z}?نامه(?:ای)? [^.]{{0,40}}?امضا",
        rf"انعقاد {DOCUMENT}",
        # two sides consenting (``one_sided`` drops a body's approval: «شورا … موافقت کردند»)
        rf"{CONSENTED}",
        # concluded, or exchanged by the two who signed: «یادداشت تفاهم … مبادله شد»
        rf"{DOCUMENT}(?:ی|{Z}?ای)? [^.]{{0,100}}?(?:منعقد|مبادله)"
        rf" (?:{_V}|شد|گردید|می{Z}?شود|خواهد شد)",
    ),
    "accusation": (
        rf"متهم (?:{_V}|شد|شده)",
        rf"انتقاد (?:{_V})",
        # criticism said while speaking: «با انتقاد شدید از شرکت آب و فاضلاب … گفت»
        r"با انتقاد(?: شدید| تند)? از",
        # one light verb for the criticism and what follows: «از … انتقاد و خاطرنشان کردند»
        rf"(?<= )انتقاد و(?= [^.،]{{1,80}}? (?:{_V})(?![^\s،.:]))",
        rf"(?:ادعای|اتهام(?:ات|{Z}?های)?)(?![^\s،؛:.!؟()«»])",
        # blame: «آمریکا را مسئول ناامنی منطقه دانست»
        rf"(?<= را )(?:مسئول|مسؤول|مقصر) [^.،]{{0,60}}?"
        rf"(?:دانست|دانستند|می{Z}?داند|می{Z}?دانند|خواند|خواندند)(?![^\s،.])",
        # calling what someone did wrong: «واکنش X را … نامناسب خواند», «اقدام وی را
        # غیرقانونی دانسته»
        rf"(?<![^\s،])(?:نامناسب|ناشایست|غیر ?قابل قبول|توهین{Z}?آمیز|غیرمسئولانه|مغرضانه"
        rf"|غیرقانونی|ناعادلانه|شرم ?{Z}?آور|ننگین|خصمانه|تحریک{Z}?آمیز|غیرانسانی)"
        rf" (?:خواند|خواندند|دانست|دانستند|دانسته)(?![^\s،.])",
        # condemning what someone did: «حمله … را (به شدت) محکوم کرد», not a court's
        # sentence («او را به ۱۰ سال حبس محکوم کرد»)
        rf"(?<= را )(?:{_STRONGLY} )?محکوم (?:{_V})(?![^\s،.])",
    ),
    "statement": (
        r"(?:نشست|کنفرانس) (?:خبری|مطبوعاتی)(?: [^\s.،]+)?",
        r"نشست(?: هفتگی| خبری)?(?: خود)? با (?:خبرنگاران|اصحاب رسانه)",
        rf"{_INTERVIEW} با "
        # an outlet left unnamed too: «طی مصاحبه‌ای با یک خبرگزاری ایرانی»
        r"(?:خبرنگاران|(?:یک )?(?:خبرنگار|شبکه|روزنامه|خبرگزاری|پایگاه|رادیو|تلویزیون|برنامه|نشریه"
        rf"|هفته{Z}?نامه|ماهنامه|سایت|وبگاه) [^\s.،]+"
        # an agency named bare, as agencies name each other: «در گفت‌وگو با ایرنا»
        rf"|{_AGENCIES}(?![^\s،.]))",
        # «اطلاعی‌های»: scraped «اطلاعيهاي» with its half-space put back one letter early
        rf"(?:بیانی{Z}?ه|اطلاعی{Z}?ه|یادداشت)(?:{Z}?ای|ی)?(?![^\s،؛:.!؟()«»])(?! تفاهم)",
        rf"{ANNOUNCING} (?:کرد|کرده است|کردند|کرده{Z}?اند|می{Z}?کند)(?![^\s،.:])",
        # a letter or message sent to someone: «در نامه‌ای به», «طی پیامی خطاب به», «با
        # ارسال پیام تبریک به»
        # or posted: «در پیامی در شبکه اجتماعی ایکس», «در پیامی توییتری»
        rf"(?:(?<=در )|(?<=طی )|(?<=ارسال ))(?:نامه|پیام)(?:{Z}?ای|ی)"
        r"(?= (?:[^\s.،]+ )?(?:خطاب )?به | در (?:شبکه|صفحه|حساب|فضای)|"
        r" (?:توییتری|اینستاگرامی|ویدئویی|تصویری|صوتی|مکتوب)(?![^\s،.]))",
        r"(?<![^\s«(،])پیام(?:ی)? (?:تبریک|تسلیت)(?![^\s،.])",
        # speaking on air: «در (جریان) یک برنامه تلویزیونی … تاکید کرد»
        r"(?:(?<=در )|(?<=طی )|(?<=در جریان ))(?:یک )?برنامه(?:ای)? (?:تلویزیونی|رادیویی)",
        # a recording put out: «فایلی صوتی منتشر کرد», «پیام ویدئویی خود را منتشر کرد»
        rf"(?:فایل|پیام|کلیپ|نوار|ویدئو|ویدیو)(?:ی|{Z}?ای)? (?:صوتی|تصویری|ویدئویی|ویدیویی)"
        rf"(?: [^.،]{{0,30}}?)? منتشر (?:{_V})(?![^\s،.])",
        rf"{WARNING} (?:داد|داده است|دادند|داده{Z}?اند|می{Z}?دهد)",
    ),
}
# Who receives the guest of «به حضور X رسید»: X, whatever the recognizer made of it.
RECEIVED = re.compile(rf"به حضور ([^.،]{{1,60}}?) {_REACHED}")
COMPILED_TRIGGERS = {kind: re.compile("|".join(pats)) for kind, pats in TRIGGERS.items()}
# «در نشست شورای عالی بسیج کارگری اظهار کرد», «در همایش ملی آب گفت», «در نخستین جلسه
# شورای …»: the session or
# conference someone speaks at, a meeting when the sentence tells no other one («در نشست
# امنیتی … گفت‌وگو کرده بودند»).
SESSION = re.compile(
    r"(?:(?<=در )|(?<=پس از )|(?<=پیش از )|(?<=طی ))(?:(?:نخستین|اولین|[^\s.،]+مین) )?"
    r"(?:نشست|جلسه|اجلاس|همایش)"
    r"(?= (?!خبری|مطبوعاتی|علنی|دادگاه|با |که |و |خود|های|ها)[^\s.،\d]{3,})"
    # «در نشست هفتگی خود با خبرنگاران»: a press briefing, a statement
    r"(?![^.،]{0,30} با (?:خبرنگاران|اصحاب رسانه))"
)
# A new round of talks already reported is a meeting of its own: «دور بعدی این مذاکرات»,
# «نشست بعدی ایران، روسیه و ترکیه», «نشست قبلی این سازوکار» (not «نشست بعدی آن», a
# body's sessions told as a habit).
ROUND = re.compile(
    rf"دور (?:بعدی|آینده|جدید|دوم|سوم) (?:این )?(?:مذاکرات|گفت{Z}?و{Z}?گوها|رایزنی{Z}?ها|نشست)"
    r"|(?:نشست|جلسه|اجلاس) (?:بعدی|آینده|قبلی|پیشین)(?= [^\s،.]+)(?! آن)"
)
# A site visited on the way: «… به بصره می‌رود و از میدان نفتی مجنون بازدید می‌کند».
_SITE_VISIT = re.compile(rf"بازدید (?:{_V})")
# People visited, not a place: «از خانواده شهدا دیدار کرد», «از بیماران دیدار کرد».
_KIN = re.compile(r"(?:خانواده|بیماران|جانبازان|آزادگان|سالمندان|کودکان|مردم)(?![^\s])")
# A group met: «در دیدار جمعی از روحانیان».
_GROUP = re.compile(GROUP)
_GROUP_OF = re.compile(r"(?:جمعی|گروهی|شماری|تعدادی|جمع زیادی|هزاران نفر) از ")
# Whom a meeting told before «دیدار و …» was with, in its clause: «با معاون وزیر دیدار و».
_MET_WITH = re.compile(r" با [^.،]+ $")
# When a meeting told by its noun was, before whose it is: «دیدار اخیر X با Y», «دیدار
# قریب‌الوقوع X با Y».
_WHEN_TOLD = re.compile(
    rf"(?:(?:اخیر|آتی|آینده|پیشین|قبلی|قریب{Z}?الوقوع|امروز|دیروز|روز گذشته|هفته گذشته) )?"
)
# What a criticism told before «انتقاد و …» is of: «از وضعیت آموزش انتقاد و».
_CRITICIZED = re.compile(r" از [^.،]+ $")
_AGENCY = re.compile(rf"(?:خبرگزاری )?{_AGENCIES} ")
TALKED = re.compile(rf"(?<= ){TALK} (?:{_V})")
_TALK_WITH = re.compile(rf"{_INTERVIEW} با «?")
# «کمیسیون مشترک … هر سال یک بار تشکیل می‌شود»: what a body does as a habit is no event.
# An annual session told as held is one event: «همایش سالانه … که صبح امروز برگزار شد».
HABIT = re.compile(
    r"(?<![^\s])(?:هر (?:سال|ماه|هفته|فصل)|سالانه|ماهانه|ماهی یک بار)(?![^\s،.])"
    r"(?!.* (?:شد|کرد|کردند|شده (?:است|بود))$)"
)
# «در حاشیه (صد و هفتاد و چهارمین) اجلاس …»: a session some other event is set in.
_AMID = re.compile(r"(?<![^\s])در (?:حاشیه|جریان)(?: [^\s.،]+){0,5} $")


def amid(text: str, s: int, at: int) -> bool:
    """Whether the trigger at ``at`` names the setting of another event: «در حاشیه صد و
    هفتاد و چهارمین اجلاس وزیران اوپک …»."""
    return bool(_AMID.search(text, max(s, at - 60), at))


def beyond_setting(
    text: str, s: int, e: int, inside: list[Mention], matches: list
) -> re.Match[str] | None:
    """The meeting a sentence tells after the session it happens on the sidelines of («در
    حاشیه اجلاس وزیران اوپک در وین با وزیر نفت عراق دیدار کرد»): both are events."""
    setting = dict(matches).get("meeting")
    if setting is None or not amid(text, s, setting.start()):
        return None
    return first_trigger("meeting", text, setting.end(), e, inside)


def onward(text: str, s: int, e: int, inside: list[Mention], matches: list) -> re.Match[str] | None:
    """A second leg joined to the first («روز یکشنبه وارد تهران شد و روز پنجشنبه عازم
    اصفهان می‌شود»): a verb of arriving or going after «و», to a place of its own, or a
    site visited there («به بصره می‌رود و از میدان نفتی مجنون بازدید می‌کند»)."""
    first = dict(matches).get("visit")
    if first is None:
        return None
    then = text.find(" و ", first.end(), e)
    if then < 0:
        return None
    m = first_trigger("visit", text, then, e, inside)
    going = m is not None and (
        ARRIVE.match(m.group()) or GOING.search(m.group()) or _SITE_VISIT.fullmatch(m.group())
    )
    return m if going and goes_somewhere(text, inside, m) else None


def first_trigger(
    kind: str, text: str, s: int, e: int, inside: list[Mention]
) -> re.Match[str] | None:
    """The sentence's first trigger of ``kind``; a «میزبان» that hosts no one does not
    hide a later one («میزبان شهرداری گرگان است، … با … دیدار می‌کند»), nor one inside
    it («پیش از این دیدار در نشستی مشترک با مدیران …» is no «دیدار X با»), nor a trip
    that goes nowhere one that names where it goes («برای سفر به چند کشور اروپایی تهران
    را به مقصد بروکسل ترک کرد»; a bare «سفر خود» after it is the same trip)."""
    pattern, at, nowhere = COMPILED_TRIGGERS[kind], s, False
    while m := pattern.search(text, at, e):
        going = kind != "visit" or (goes_somewhere(text, inside, m) and _a_site(inside, m))
        if _hosts(inside, m) and going and not (nowhere and BARE_VISIT.fullmatch(m.group())):
            return m
        nowhere = nowhere or not going
        at = m.start() + 1
    return None


def _a_site(inside: list[Mention], m: re.Match[str]) -> bool:
    """«از X دیدار کرد» visits X when X is a place, not someone met: «از خانواده شهدا
    دیدار کرد» and «از وزیر دیدار کرد» are no visits."""
    if not m.group().startswith("از ") or not m.group().endswith(" دیدار"):
        return True
    whom = m.start() + 3
    met = any(x.start == whom and x.kind in (*ACTORS, "org") for x in inside)
    return not met and not _GROUP.match(m.string, whom) and not _KIN.match(m.string, whom)


def _hosts(inside: list[Mention], m: re.Match[str]) -> bool:
    """«میزبان X بود» is a meeting when X is someone («میزبان نخست‌وزیر عراق», «میزبان هیئت
    کنفدراسیون»), not a team, a match or a gathering («میزبان شهرداری گرگان است», «میزبان
    رقبای آسیایی خود», «میزبان اجلاس»); so is «دیدار X با Y» told as a noun, not «دیدار
    پرسپولیس با استقلال», nor «دیدار X و Y» of two who are not people, and «در دیدار X»
    meeting X (a trigger that ends in a space)."""
    told = m.group()
    if re.match(_HOSTING + " ", told) or told.endswith(" با "):
        guest = m.start() + len(told.split(" ", 1)[0]) + 1
        guest = _WHEN_TOLD.match(m.string, guest).end()
    elif told.startswith("برای "):  # «برای دیدار با وزیر …», not «… با پیکان قزوین»
        guest = m.end() + 1
    elif _SESSION_WITH.fullmatch(told):  # «در نشستی با استانداران …», not «در جلسه با ماده ۱»
        named = any(x.start == m.end() + 1 and x.kind in (*ACTORS, "org") for x in inside)
        return named or bool(_GROUP.match(m.string, m.end() + 1))
    elif told.endswith(" و"):  # «با X دیدار و … کرد», not «پس از دیدار و بازدید … کرد»
        whom = _CRITICIZED if told.startswith("انتقاد") else _MET_WITH
        return bool(whom.search(m.string, max(0, m.start() - 80), m.start()))
    elif told.endswith(" "):
        guest = m.end()
    elif re.fullmatch(_PAIR_MET, told):  # «دیدار رهنورد و الچین قلی‌یف», not «دیدار پرسپولیس و …»
        first = next((x for x in inside if x.start == m.end() + 1 and x.kind in ACTORS), None)
        return first is not None and any(
            x.start == first.end + 3 and x.kind in ACTORS and m.string.startswith(" و ", first.end)
            for x in inside
        )
    else:
        return True
    if DELEGATION.match(m.string, guest) or _GROUP_OF.match(m.string, guest):
        return True
    pronoun = m.string.startswith(("او ", "وی "), guest)
    return not pronoun and any(x.start == guest and x.kind in ACTORS for x in inside)


def interviewed(text: str, clause: tuple[int, int], outlets: Sequence[str]) -> re.Match[str] | None:
    """An outlet that talked with someone is an interview, not a meeting («ایسنا درباره
    آمادگی‌ها برای حج با X، رئیس سازمان حج و زیارت، گفت‌وگو کرده است»): the outlet as
    the subject opening the clause, named bare or as the sourcing chain names it."""
    s, e = clause
    if not (_AGENCY.match(text, s) or any(text.startswith(f"{name} ", s) for name in outlets)):
        return None
    return TALKED.search(text, s, e)


def interview(text: str, s: int, e: int, outlets: Sequence[str]) -> re.Match[str] | None:
    """«گفت‌وگو با» an outlet of the sourcing chain named bare («با اقتصادآنلاین»)."""
    for m in _TALK_WITH.finditer(text, s, e):
        if any(text.startswith(name, m.end()) for name in outlets):
            return m
    return None
