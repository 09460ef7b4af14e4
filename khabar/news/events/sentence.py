"""Where a trigger stands in its sentence: its clause between commas, a relative clause
it is not in, what the event is about after «که», the topic phrase it heads («درباره
سفر …») and a reflexive standing for its subject. Participants, places and dates are
all read from the event's side of the sentence, so they share these."""

import re

from khabar.news.events.model import Mention
from khabar.news.events.patterns import VERB_END, Z

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
_SUBJUNCTIVE = re.compile(rf"(?<![^\s])(?:کند|کنند|شود|شوند|نماید|نمایند|ب[^\s{Z}]+)$")
_REFLEXIVE = re.compile(r"(?: [^\s.،]+)? خود(?![^\s،.])")
_THAT = re.compile(r"(?: [^\s.،]+)? که ")
_TURN = re.compile(r"(?<![^\s،])(?:اما|ولی)(?= )")
_NEWS_OF = re.compile(rf"[^.]*? خبر (?:داد|داده|می{Z}?دهد)")
# «درباره سفر …»: the event is what someone speaks about; the speaker is not in it.
TOPIC = re.compile(r"(?<![^\s«(،])(?:درباره|با اشاره به|در مورد|در خصوص|در پاسخ به پرسشی درباره) ")


def topic_of(text: str, inside: list[Mention], at: tuple[int, int]) -> int | None:
    """Where the topic phrase starts when the trigger, a noun, heads it («درباره سفر …»,
    «از امضای تفاهم‌نامه‌ای … خبر داد»); a verb after «درباره» is what was done about it
    («درباره تقسیم آب مذاکره کرده بودند»)."""
    if not inside or VERB_END.search(text, at[0], at[1]):
        return None
    lo = max(0, at[0] - 40)
    for m in TOPIC.finditer(text, lo, at[0]):
        if len(text[m.end() : at[0]].split()) <= 2:
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


def content_start(text: str, at: tuple[int, int], e: int) -> int:
    """Where what the event is about begins: «که» right after a verb («توافق کردند که
    کارگروه … در پکن تشکیل جلسه دهد»); the sentence's end when there is none. After a
    noun «که» opens a relative clause («این بیانیه که روز شنبه منتشر شد»)."""
    m = _THAT.match(text, at[1])
    return m.end() if m and VERB_END.search(text, at[0], at[1]) else e


def aside(text: str, pos: int, at: int, s: int) -> bool:
    """Whether ``pos`` is in a relative clause «، که … ،» that ``at`` is not in."""
    opening = text.rfind("، که ", s, pos)
    if opening < 0:
        return False
    closing = text.find("،", opening + 2)
    closing = closing if closing >= 0 else len(text)
    return pos < closing and not opening < at < closing


def only_possible(text: str, s: int, m: re.Match[str]) -> bool:
    """«علاقه‌مندان می‌توانند … از این نمایشگاه بازدید کنند», «دو کشور می‌توانند توافق
    کنند»: what someone can do, a modal before a subjunctive, has not happened; nor has
    what someone wishes to have («ایران تمایل دارد مذاکرات سازنده‌ای … داشته باشد»), nor
    a session agreed on or asked for («طرفین به برگزاری مذاکرات بیشتر توافق کردند»)."""
    if _SUBJUNCTIVE.search(m.group()) and _CAN.search(text, s, m.start()):
        return True
    if _TO_BE_HELD.search(text, max(s, m.start() - 16), m.start()):
        return True
    end = text.find(".", m.end())
    wish = _WISH.search(text, s, m.start())
    return bool(wish) and bool(_WISHED.search(text, m.end(), end if end >= 0 else len(text)))
