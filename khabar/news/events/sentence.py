"""Where a trigger stands in its sentence: its clause between commas, a relative clause
it is not in, what the event is about after «که», the topic phrase it heads («درباره
سفر …») and a reflexive standing for its subject. Participants, places and dates are
all read from the event's side of the sentence, so they share these."""

import re

from khabar.news.dates.tense import POINT_IN_WORD, sentence_end
from khabar.news.events.model import Mention
from khabar.news.events.patterns import VERB_END, VERB_WORD, Z
from khabar.news.speech_verbs import VERB

# Can, and the subjunctive verb it governs: «می‌توانند … بازدید کنند».
_CAN = re.compile(rf"(?<![^\s])(?:ن?می{Z}?توان(?:د|ند|ید|یم)|بتوان(?:د|ند))(?![^\s])")
# A wish or an intention before the trigger, a subjunctive after it: «ایران تمایل دارد
# مذاکرات سازنده‌ای با سازمان ملل … داشته باشد».
_WISH = re.compile(
    r"(?<![^\s])(?:تمایل|قصد|علاقه) (?:دارد|دارند|داریم)(?![^\s])"
    r"|(?<![^\s])(?:مایل|آماده|خواهان) (?:است|هستند|هستیم)(?![^\s])"
)
_WISHED = re.compile(r"(?<![^\s])(?:داشته|کرده|شده) باش(?:د|ند|یم)(?![^\s،.])")
# «به برگزاری مذاکرات بیشتر توافق کردند», «بر برگزاری نشست تأکید کرد», «خواستار برگزاری
# جلسه شد»: a session agreed on, urged or asked for, not held.
_TO_BE_HELD = re.compile(r"(?<![^\s])(?:به|بر|خواستار) برگزاری $")
# A session named among what someone calls needed, a proposal: «… و نشست مشترک و منظم
# دستگاه‌های امنیتی … را لازم و ضروری خواند».
_NEEDED = re.compile(
    r" را (?:[^.،]{1,100}? )?(?:لازم|ضروری)(?: و (?:لازم|ضروری))?"
    rf" (?:خواند|خواندند|دانست|دانستند|دانسته|می{Z}?داند|(?:عنوان|توصیف) (?:کرد|کردند))"
    r"(?![^\s،.])"
)
# What was to happen and is told as such has not: «جلسه‌ای که قرار بود … برگزار شود».
_WAS_TO = re.compile(r"(?<![^\s])قرار بود(?![^\s])")
# «… که قرار بود هفته گذشته برگزار شود، امروز با حضور X برگزار شد»: held after all.
_HELD_AFTER_ALL = re.compile(
    r"(?<=، )(?:(?! (?:گفت|افزود)(?![^\s،.])| که )[^.:«؛]){0,160}? (?:برگزار|تشکیل) ?"
    r"(?:شد|گردید|شده (?:است|بود))(?![^\s،.])"
)
# A writing its clause says was not given or issued: «اطلاعیه‌ای رسمی … در اختیار رسانه‌ها
# قرار نداد», «بیانیه‌ای در این باره صادر نکرده است».
_WRITING = re.compile(rf"(?<![^\s])(?:بیانیه|اطلاعیه|نامه|پیام)(?:{Z}?ای|ی)?$")
_NOT_GIVEN = re.compile(
    rf"(?<![^\s])(?:ن(?:داد|دادند|داده|کرد|کردند|کرده|فرستاد|فرستادند|فرستاده)"
    rf"|نمی{Z}?(?:دهد|دهند|کند|کنند))(?![^\s،.])"
)
_CLAUSE_END = re.compile(rf"[،؛:؟]|(?!{POINT_IN_WORD})\.| که | و ")
_SUBJUNCTIVE = re.compile(rf"(?<![^\s])(?:کند|کنند|شود|شوند|نماید|نمایند|ب[^\s{Z}]+)$")
_REFLEXIVE = re.compile(r"(?: [^\s.،]+)? خود(?![^\s،.])")
_THAT = re.compile(r"(?: [^\s.،]+)? که ")
_TURN = re.compile(r"(?<![^\s،])(?:اما|ولی)(?= )")
# A semicolon after a verb closes the clause before it («… بر ضرورت همکاری تاکید کرد؛ در
# همین حال نمایندگان …»); one after a sourcing line opens its report.
_CLOSED = re.compile(rf"(?<![^\s{Z}]){VERB_WORD} ?؛")
_CLOSED_COMMA = re.compile(rf"(?<![^\s{Z}]){VERB_WORD}، ")
_NEWS_OF = re.compile(rf"[^.]*? خبر (?:داد|داده|می{Z}?دهد)")
# «درباره سفر …»: the event is what someone speaks about; the speaker is not in it.
TOPIC = re.compile(
    r"(?<![^\s«(،])(?:درباره|با اشاره به|در مورد|در خصوص|در پاسخ به پرسشی درباره|در واکنش به) "
)


# Whose words an event is told in, spoken about: «با اشاره به بیانات رهبر انقلاب در دیدار
# با کارگران»: the meeting is the leader's, not the speaker's; so is a statement reacted
# to («در واکنش به بیانیه پایانی نشست سران …»). A comma closes the remarks
# («با اشاره به سخنان رئیس‌جمهور، امروز در دیدار با کارگران گفت»: the speaker's meeting).
_REMARKS = re.compile(rf"(?:سخنان|بیانات|اظهارات|فرمایشات|صحبت{Z}?های|رهنمودهای|بیانیه)")
_REMARKS_WORDS = 6


def topic_of(text: str, inside: list[Mention], at: tuple[int, int]) -> int | None:
    """Where the topic phrase starts when the trigger, a noun, heads it («درباره سفر …»,
    «از امضای تفاهم‌نامه‌ای … خبر داد», «در خصوص جلسه‌ای که … برگزار شود»: its verb in a
    relative clause on it); a verb after «درباره» is what was done about it («درباره
    تقسیم آب مذاکره کرده بودند»)."""
    verb = VERB_END.search(text, at[0], at[1]) and " که " not in text[at[0] : at[1]]
    if not inside or verb:
        return None
    lo = max(0, at[0] - 60)
    for m in TOPIC.finditer(text, lo, at[0]):
        between = text[m.end() : at[0]]
        words = between.split()
        if len(words) <= 2 or (
            _REMARKS.fullmatch(words[0]) and len(words) <= _REMARKS_WORDS and "،" not in between
        ):
            return m.end()
    if text[at[0] - 3 : at[0]] == "از " and _NEWS_OF.match(text, at[1], at[1] + 200):
        return at[0]
    return None


def has_reflexive(text: str, at: tuple[int, int]) -> bool:
    """«سفر خود», «بازدید دیروز خود از»: the reflexive stands for the clause's subject."""
    return " خود " in text[at[0] : at[1]] or bool(_REFLEXIVE.match(text, at[1]))


def clause_span(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The commas or semicolons around the trigger, within its sentence: real reports may
    close their sourcing line with either («به گزارش خبرگزاری فارس؛ جامعه اسلامی …»)."""
    start = max(text.rfind(mark, sentence[0], at[0]) + 1 for mark in "،؛")
    ends = [i for i in (text.find(mark, at[1], sentence[1]) for mark in "،؛") if i >= 0]
    return max(start, sentence[0]), min(ends, default=sentence[1])


def turned_at(text: str, s: int, at: int) -> int:
    """Where the clause the trigger is in turns from what came before («… در کاخ سلطنتی
    ریاض، اعتراض … بوده است اما دادستانی کل عربستان … اعلام کرد»): after its last «اما» or
    «ولی», the sentence's start when there is none."""
    return max((m.end() for m in _TURN.finditer(text, s, at)), default=s)


def closed_at(text: str, s: int, at: int, subjects: frozenset[int] = frozenset()) -> int:
    """Where the clause the trigger is in begins after one closed with its verb and a
    semicolon («علی ربیعی … بر ضرورت همکاری تاکید کرد؛ در همین حال نمایندگان … انتقاد
    کردند»), or with a comma when a subject of its own opens the next (``subjects``: where
    names start): «شیمیدر تهران … میزبان شهرداری گرگان است، شهرداری اراک به اصفهان سفر
    کرده»; not a relative clause's verb («X که … آمده بود، Y را پذیرفت»). Whoever that
    clause named is its subject, not this one's; the sentence's start when there is none."""
    closed = max((m.end() for m in _CLOSED.finditer(text, s, at)), default=s)
    for m in _CLOSED_COMMA.finditer(text, closed, at):
        if m.end() in subjects and " که " not in text[closed : m.start()]:
            closed = m.end()
    return closed


def content_start(text: str, at: tuple[int, int], e: int) -> int:
    """Where what the event is about begins: «که» right after a verb («توافق کردند که
    کارگروه … در پکن تشکیل جلسه دهد»); the sentence's end when there is none. After a
    noun «که» opens a relative clause («این بیانیه که روز شنبه منتشر شد»)."""
    m = _THAT.match(text, at[1])
    return m.end() if m and VERB_END.search(text, at[0], at[1]) else e


def aside(text: str, pos: int, at: int, s: int) -> bool:
    """Whether ``pos`` is in a relative clause «، که … ،» that ``at`` is not in, or in
    one on a noun that closes with its comma before ``at`` («X، شهروند روسیه که در ماه
    آوریل … متهم شده بود، روز شنبه وارد مسکو شد»)."""
    opening = text.rfind("، که ", s, pos)
    if opening < 0:
        return _on_a_noun(text, pos, at, s)
    closing = text.find("،", opening + 2)
    closing = closing if closing >= 0 else len(text)
    return pos < closing and not opening < at < closing


# «که» after a noun opens a relative clause on it; after a verb («گفت که», «اعلام کرد که»)
# what was said, and after «این», «آن» or a word of time or manner («زمانی که», «در حالی
# که») a clause that sets the event's time or terms.
_THAT_ON = re.compile(r"(?<![^\s])([^\s،.]+) که ")
_SAID = re.compile(VERB)
_FINITE = re.compile(
    rf"(?:{VERB_WORD}|داشت|داشتند|نمود|نمودند|ساخت|هست|هستند|نیست|نیستند)$|^ن?می{Z}"
)
_NOT_NOUNS = frozenset(
    "این آن همین همان زمانی هنگامی وقتی روزی حالی چنان بطوری طوری همانطور همان‌طور چرا "
    "آنجا جایی تا چه بلکه اگرچه هرچند".split()
)


def _a_noun(word: str) -> bool:
    """Whether ``word`` before «که» may be the noun a relative clause is on: no verb, no
    word of time or manner."""
    return not (word in _NOT_NOUNS or _FINITE.search(word) or _SAID.fullmatch(word))


def _on_a_noun(text: str, pos: int, at: int, s: int) -> bool:
    """Whether ``pos`` is in a relative clause on a noun («رهبر سپاه که در فوریه ۱۹۹۰
    ترور شد،») that closes with a comma before ``at``. One on the name the sentence
    opens with tells what its subject did on the same occasion («قائم‌پناه که روز دوشنبه
    وارد مسکو شد، … در نشستی … شرکت کرد»), and is no aside."""
    opening = max(_THAT_ON.finditer(text, s, pos), key=lambda m: m.start(), default=None)
    if opening is None or not _a_noun(opening.group(1)) or not text[s : opening.start()].strip():
        return False
    return pos < _clause_close(text, opening.end(), at)


def _clause_close(text: str, start: int, at: int) -> int:
    """The comma that closes a relative clause opening at ``start``: the first after a
    verb, past an apposition's commas inside («جاری که مصادف با روز مولانا، اندیشمند
    بزرگ ایرانی است،»); the first one where no verb ends the clause before ``at``."""
    first = text.find("،", start, at)
    comma = first
    while comma >= 0:
        word = text[start:comma].rstrip().rpartition(" ")[2]
        if _FINITE.search(word):
            return comma
        comma = text.find("،", comma + 1, at)
    return first


# Where a question opens: a colon, a quote or its verb («پرسید آیا …؟»). A question's word
# alone opens none: the question may start before the trigger («در سفر به مسکو چه گذشت و
# چرا توافق نشد؟»).
_QUESTION_OPENS = re.compile(
    rf"[:«]|(?<![^\s])(?:(?:می{Z}?)?پرسی?د(?:ند|ه)?|سؤال کرد|سوال کرد)(?![^\s])"
)


# A clause of its own that asks, after a statement: «… دیدار کرد اما چرا توافق نشد؟».
_ASKING = "آیا|چرا|چگونه|چطور"
_QUESTION_CLAUSE = re.compile(rf"(?:[؛،]\s*|(?<![^\s])(?:اما|ولی|و) )(?:{_ASKING})(?![^\s])")
_QUESTION_WORD = re.compile(rf"(?<![^\s])(?:{_ASKING}|چه|کجا)(?![^\s])")


def asked(text: str, at: int, e: int) -> bool:
    """Whether the trigger at ``at`` is in the question its sentence ends with («فارس: آیا
    برای آینده با پرسپولیس مذاکره می‌کنی؟»): a question reports nothing. What a speaker
    did before asking stays («در نشست خبری پرسید: چرا …؟», «در تماس تلفنی با … پرسید آیا
    …؟»), and so does a statement a question clause follows («… دیدار کرد اما چرا …؟»)
    unless the question opened before that clause («در سفر به مسکو چه گذشت و چرا …؟»)."""
    asking = text[at:e].rstrip().endswith(("؟", "?"))
    if not asking or _QUESTION_OPENS.search(text, at, e):
        return False
    clause = _QUESTION_CLAUSE.search(text, at, e)
    if clause is None:
        return True
    start = max(text.rfind(c, 0, at) for c in ".!؟?\n") + 1
    return _QUESTION_WORD.search(text, start, clause.start()) is not None


def held_after_all(text: str, m: re.Match[str], e: int) -> re.Match[str]:
    """The trigger of a session that was to be held and then was («جلسه شورای شهر که
    قرار بود هفته گذشته برگزار شود، امروز با حضور X برگزار شد»): the verb after the
    clause that tells it held, else ``m``."""
    if not (_SUBJUNCTIVE.search(m.group()) and _WAS_TO.search(m.group())):
        return m
    return _HELD_AFTER_ALL.match(text, m.end() + 2, e) or m


def only_possible(text: str, s: int, m: re.Match[str]) -> bool:
    """«علاقه‌مندان می‌توانند … از این نمایشگاه بازدید کنند», «دو کشور می‌توانند توافق
    کنند»: what someone can do, a modal before a subjunctive, has not happened; nor has
    what someone wishes to have («ایران تمایل دارد مذاکرات سازنده‌ای … داشته باشد»), nor
    a session agreed on or asked for («طرفین به برگزاری مذاکرات بیشتر توافق کردند»), nor
    one that was to be held («جلسه‌ای که قرار بود هفته گذشته … برگزار شود»), nor a
    writing its clause says was not given («اطلاعیه‌ای رسمی … در اختیار رسانه‌ها قرار
    نداد»), nor a session named among what someone calls needed («… نشست مشترک … را
    ضروری خواند»)."""
    if _WRITING.search(m.group()) and not text.endswith("در ", 0, m.start()):
        stop = _CLAUSE_END.search(text, m.end())
        if _NOT_GIVEN.search(text, m.end(), stop.start() if stop else len(text)):
            return True
    if _SUBJUNCTIVE.search(m.group()) and _CAN.search(text, s, m.start()):
        return True
    if _TO_BE_HELD.search(text, max(s, m.start() - 16), m.start()):
        return True
    if _SUBJUNCTIVE.search(m.group()) and _WAS_TO.search(text, s, m.end()):
        return True
    end = sentence_end(text, m.end())
    if not VERB_END.search(m.group()) and _NEEDED.search(text, m.end(), end):
        return True
    wish = _WISH.search(text, s, m.start())
    return bool(wish) and bool(_WISHED.search(text, m.end(), end))
