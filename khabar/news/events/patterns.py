"""Words and verb forms more than one step reads: the light verbs of Persian compound
verbs («دیدار کرد», «برگزار شد»), the nouns of documents and talks, the words that open a
body's name, and where a noun phrase or a clause ends. Kept in one place so that a
trigger and the participant or place read beside it agree on what a verb is."""

import re

from khabar.news.people import INSTITUTIONS
from khabar.text.chars import ZWNJ

Z = ZWNJ
# A compound's half-space as scraped text may write it: kept, typed as a space, or lost
# («تفاهم‌نامه», «تفاهم نامه», «تفاهمنامه»), where a line gave the normalizer no sign.
H = rf"[ {Z}]?"
DOCUMENT = rf"(?:تفاهم{H}نامه|قرارداد|موافقت{H}نامه|توافق{H}نامه|یادداشت تفاهم|سند)"
# and the perfect, its copula dropped in a relative clause: «… که به بغداد رفته است،».
GO = (
    rf"(?:می{Z}?|نمی{Z}?)?(?:رود|روند|رفت|رفتند|برود|بروند|خواهد رفت|خواهند رفت"
    rf"|رفته(?: است| بود|{Z}?اند| بودند)?)"
)
# Going to meet someone: «به دیدار … رفت», and the formal «به دیدار … شتافت».
GO_TO_MEET = rf"(?:{GO}|شتافت|شتافتند)"
# the subjunctive too: «قرار است … عازم مشهد شود»
BECOME = rf"(?:شد|شدند|شده(?: است| بود|{Z}?اند)?|می{Z}?شود|می{Z}?شوند|خواهد شد|خواهند شد|شود|شوند)"
# What an institution makes known, a statement when it is the subject («مرکز آمار ایران اعلام
# کرد», «سازمان هواشناسی پیش‌بینی کرد», «شرکت کنترل کیفیت هوا گزارش داد», «پلیس خبر داد»).
ANNOUNCING = rf"(?:اعلام|پیش{H}بینی)"
WARNING = r"(?:هشدار|گزارش|خبر)"
ANNOUNCED = re.compile(rf"^(?:{ANNOUNCING}|{WARNING}) ")
# «گفت‌وگو» as scraped text writes it too: «گفت و گو», «گفتگو», «گفت وگو».
TALK = rf"گفت(?:[ {Z}]?و[ {Z}]?| |)گو"
# A press conference, told with the indefinite too: «نشست خبری», «در نشستی خبری مشترک».
PRESS = r"(?:نشست|کنفرانس)(?:ی)? (?:خبری|مطبوعاتی)"
# Conjunctions that open a clause before its subject: «… ، زیرا پلیس اعلام کرد».
CLAUSE_CONJUNCTIONS = r"(?:چرا که|زیرا|اما|ولی)"
# Bodies that sit in session and call someone before them.
SITTING = rf"کمیسیون|مجلس|شورای|کمیته|فراکسیون|هیئت دولت|هیئت{Z}?رئیسه|مجمع"
# Bodies whose session someone speaks at, told by the body alone: «امروز در کارگروه بهداشت
# و درمان استان گفت» (``triggers``, ``bodies``).
SAT_BODIES = ("شورای", "کارگروه", "ستاد", "کمیته", "کمیسیون")
# Words that open the name of a body: «وزارت», «شرکت», «صندوق», «استانداری» …
BODIES = (
    *INSTITUTIONS,
    "صندوق",
    "استانداری",
    "فرمانداری",
    "شهرداری",
    "دادستانی",
    "دادسرا",
    "دادگستری",
    "گمرک",
    # political fronts and parties: «همایش جبهه پیروان …», «نشست حزب موتلفه …»
    "جبهه",
    "حزب",
    "جنبش",
)
# ``BODIES`` as alternatives, the longest first.
BODY_WORDS = "|".join(sorted(map(re.escape, BODIES), key=len, reverse=True))
# Verbs of arriving and setting out, the place right after: «وارد تهران شد», «رهسپار دوحه می‌شود».
ARRIVING = "وارد|عازم|راهی|رهسپار"
TOWARDS = ("به ", "مقصد ", *(f"{word} " for word in ARRIVING.split("|")))
# Going to attend a session: «برای شرکت در نشست …», «به منظور حضور در …».
TO_ATTEND = r"(?:شرکت|حضور) در "
# Sent, told in the passive: «تیم ملی کشتی … به ترکیه اعزام شد».
SENT = rf"اعزام {BECOME}"
SENT_AT_END = re.compile(rf" {SENT}$")
# Who does what a passive tells: «از سوی ستاد بحران», «توسط دادستانی».
BY = "از سوی|از طرف|توسط"
# Staying where one has gone: «که از دیروز در پکن به سر می‌برد».
STAYING = rf"به ?سر (?:می{Z}?برد|می{Z}?برند|برده (?:است|بود)|برده{Z}?اند)(?![^\s،.])"
# How far before a place the longest of ``TOWARDS`` starts.
TOWARDS_REACH = max(map(len, TOWARDS))
# The division a place may be named with: «سفر به استان کرمان», «به شهرهای ماکو، ارومیه …».
DIVISION = rf"(?:استان|شهرستان|شهر|کشور)(?:{Z}?ها(?:ی)?)? "
# A place named with its division, not the division alone («به استان در اردیبهشت», «از
# سفر وزیر به استان خبر داد», «به استان ۴ میلیارد تومان»): «استان خوزستان», «استان
# آذربایجان غربی».
DIVIDED = re.compile(
    rf"{DIVISION}(?!(?:در|به|از|با|و|که|را|برای|تا|نیز|هم|است|بود|شد|خبر|سفر)(?![^\s،.]))"
    r"(?![\d۰-۹])[^\s.،]+"
    r"(?: (?:غربی|شرقی|شمالی|جنوبی|رضوی|مرکزی))?"
)
# Where a place ends what heads for it, the division between: «به استان خوزستان».
TOWARD = re.compile(rf"(?:{'|'.join(TOWARDS)})({DIVISION})?$")
TOWARD_REACH = TOWARDS_REACH + len(f"شهرستان{Z}های ")
# A share of a group, before its «از»: «جمعی از مدیران», «شماری از نمایندگان».
SOME_OF = "جمعی|تعدادی|گروهی|شماری|برخی|بسیاری"
# The nouns and verbs a statement opens with, in either spelling of «تأکید» (the normalizer
# keeps the writer's): «گفت», «اظهار داشت», «تاکید کرد», «خاطرنشان ساخت».
SAYING = "گفت|افزود|اظهار|تأکید|تاکید|تصریح|خاطرنشان|بیان"
# Before and after noon, spaced or not: «پیش از ظهر», «بعدازظهر».
NOON = "(?:پیش|قبل|بعد) ?از ?ظهر"
# People named by a plural role, a party to a meeting the recognizer has no name for:
# «با نمایندگان مردم اهواز … دیدار», «در نشستی مشترک با مدیران شرکت راه‌آهن روسیه».
GROUP = (
    rf"(?:نمایندگان|مدیران|مسئولان|مسئولین|اعضای|فعالان|مقامات|مقام{Z}?های|کارشناسان"
    r"|فرمانداران|بخشداران|استانداران|شهرداران|دهیاران|رؤسای|روسای|معاونان|سفیران|سفرای"
    r"|وزیران|وزرای"
    rf"|بازرگانان|فرماندهان|نخبگان|خانواده{Z}?های|کارکنان|کارگران|دانشجویان|استادان"
    r"|اساتید|روحانیان|روحانیون|علما|علمای|ائمه|مداحان|اهالی|خانواده|پیشکسوتان|رزمندگان"
    r"|نویسندگان|ناشران|کارمندان|اصناف"
    # those a minister or a governor receives or visits: «با نامزدهای نهایی جایزه دیدار
    # کرد», «با جمعی از هنرمندان استان دیدار کرد»
    rf"|نامزد{Z}?های|هنرمندان|ورزشکاران|قهرمانان|مدال{Z}?آوران|برگزیدگان|دانش{Z}?آموزان"
    rf"|معلمان|فرهنگیان|پزشکان|پرستاران|کشاورزان|بسیجیان|طلاب|جانبازان|آزادگان|ایثارگران"
    rf"|کارآفرینان|صنعتگران|تولیدکنندگان|سرمایه{Z}?گذاران"
    # a district's people a councillor meets: «در دیدار با مردم منطقه ۱۴»
    r"|مردم|شهروندان)(?![^\s،.])"
)
# Gatherings of many, meetings by the guidelines: «در سمینار توجیهی …», «در کارگاه آموزشی
# مدیران …», «در گردهمایی روسای ادارات»; a «کارگاه» alone is as often a workshop that makes
# things.
GATHERING = (
    # of two kinds too: «کارگاه‌های ترویجی و آموزشی»
    r"(?:همایش|سمینار|گردهمایی|کارگاه(?:های)? (?:[^\s.،]+ و )?(?:آموزشی|تخصصی)".replace(
        "های", f"{Z}?های"
    )
    # a rally, told by who or how many gather: «در اجتماع پرشور بسیجیان …», not «در
    # اجتماع» the society
    + rf"|اجتماع(?= (?:[^\s.،]+ ){{0,4}}?(?:{GROUP}|[^\s.،]*نفری|بزرگ|پرشور)))"
)
MAX_PARTY_WORDS = 7
MAX_PARTIES = 4
# «اعضای هیئت», «این هیئت»: the delegation the article has already brought in.
DELEGATION = re.compile(r"(?:اعضای )?(?:این )?هی[ئأ]ت(?:ی)?(?![^\s،.])")
DAYS = ("فردا", "امروز", "امشب", "دیروز", "پریروز")
WHEN_WORDS = frozenset((*DAYS, *"صبح عصر ظهر شب بامداد شامگاه نیز".split()))
# A weekday, or the words around one, that ends a name before it: «هیئت … روز شنبه».
WEEKDAYS = frozenset(
    f"روز شنبه یکشنبه دوشنبه سه{Z}شنبه چهارشنبه پنجشنبه پنج{Z}شنبه جمعه همچنین".split()
)
PHRASE_END = re.compile(
    r" (?:خبر|امضا|به امضا|منعقد|مبادله|حاصل|در|برای|را|که|از|تا|به|بر|با|است|شد|درباره|پیرامون"
    r"|مبنی|جهت|قرار)"
    # a time told by «از»: «مجمع سالانه فدراسیون والیبال بعد از قرائت آیاتی … آغاز شد»
    r"(?![^\s،.])| (?:بعد|پس|قبل|پیش)(?= از )|[.،؛\n]"
)
# A verb's last word: «کرد», «شده», «رفتند», «است».
VERB_WORD = (
    r"(?:کرد|کرده|کردند|کن|کند|کنند|شد|شده|شدند|شود|شوند|رسید|رسیدند|رود|روند|رفت|رفتند"
    r"|داد|دادند|دهد|دهند|بود|بودند|است|اند)(?:م|یم)?"
)
VERB_END = re.compile(rf"{VERB_WORD}$")
# Where a clause's words begin: after spaces and a list's bullet («-سیزده تن از …»).
SPACE = re.compile(r"[\s\-–—•*]*")
