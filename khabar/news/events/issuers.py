"""Who makes a statement: the actor nearest before it, or a body the recognizer does not
know as the subject of «در بیانیه‌ای» or «اعلام کرد»; and whom a letter is to."""

import re

from khabar.news.dates.tense import sentence_start
from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    BODIES,
    BY,
    CLAUSE_CONJUNCTIONS,
    MAX_PARTY_WORDS,
    SPACE,
    WEEKDAYS,
    WHEN_WORDS,
)
from khabar.news.events.sentence import aside, clause_span
from khabar.news.people import of_an_institution
from khabar.news.titles import find_titles
from khabar.text.chars import ZWNJ

# Whom a letter or message is sent to, right after it: «در نامه‌ای به», «پیام تبریک به».
_TO_WHOM = re.compile(r"(?: (?:تبریک|تسلیت))?(?: خطاب)? به ")
_LETTER = re.compile(r"(?:نامه|پیام)")
# Who a letter is to, by name: an office's span may run on into the clause («دبیرکل
# سازمان ملل خواستار …»), so offices are left out.
_ADDRESSEES = ("person", "org", "country")
# A statement's noun bare, the genitive after it: «بیانیه ستاد …», «اطلاعیه وزارت …».
_BARE_NOTICE = frozenset(("بیانیه", "اطلاعیه"))
# The words after a bare notice that name who issued it, up to «که», «آمده» or the «را»
# of a notice another speaks of («بیانیه تروئیکای اروپایی را غیرسازنده خواند»); not
# what kind of notice it is («بیانیه پایانی», «بیانیه مشترک») nor one pointed to.
_GROUP_ISSUING = re.compile(
    r" (?!(?:این|آن|خود|پایانی|مشترک|رسمی|شماره|جدید|اخیر|مذکور|فوق)(?![^\s]))"
    r"([^\s.،:«»]+(?: [^\s.،:«»]+){1,5}?) (?:که|آمده|را)(?![^\s])"
)
# What kind of notice it is and the session that issued it, before its issuer: «بیانیه
# پایانی نشست سران …», «بیانیه مشترک اجلاس وزیران …».
_NOTICE_OF = re.compile(r"(?: (?:پایانی|مشترک))*(?: (?:نشست|اجلاس|جلسه)(?: سران| وزیران)?)? ")
_BY = re.compile(f"(?:{BY}) ")
_ISSUED_IN = re.compile(r" (?:در|طی|با انتشار|با صدور) ")
# «سازمان حمایت اما در اطلاعیه‌ای …»: a conjunction after the subject is not its name.
_BUT = frozenset("اما ولی هم".split())
_NOT_ISSUERS = frozenset("این آن وی او به بر در از".split())
# A turn to a new subject within a sentence, and the words a time phrase set off between
# a subject and its verb opens with («پس از بازداشت آنان،», «طی روزهای گذشته،»).
_TURN = frozenset("اما ولی".split())
# What a clause opens with before its subject: «در حالی که پلیس برزیل … اعلام کرد».
_OPENER = re.compile(rf"(?:(?:در حالی[ {ZWNJ}]?که|حال آنکه|{CLAUSE_CONJUNCTIONS}) )?")
# Where an announcer's name gives way to how it announces: «با انتشار بیانیه‌ای», «طی
# نمابری», «در اطلاعیه‌ای», «در تلاش برای …».
_HOW = frozenset("با در طی ضمن برای".split())
_ASIDE = frozenset("پس پیش طی ضمن بعد قبل همزمان".split())


def nearest_issuer(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """Who makes a statement: the actor nearest before the trigger («وزارت امور خارجه در
    بیانیه‌ای»), people first, not one in a relative clause between («نوواک، که … با
    همتای سعودی خود … رفته بود، در گفت‌وگو با …»), and whoever holds a joint one with
    them («مشترک با X») or is listed with them («شورای شهر و شهرداری شیراز در بیانیه‌ای
    مشترک»). A title ending an institution's name is the institution's («دفتر رسانه‌ای
    نخست‌وزیر عراق نیز با انتشار بیانیه‌ای»), not its holder's."""
    start = sentence_start(text, at[0])
    before = [
        m
        for m in found
        if m.end <= at[0]
        and not aside(text, m.start, at[0], start)
        and not (m.kind == "person" and of_an_institution(text, m.start))
    ]
    people = [m for m in before if m.kind == "person"]
    pool = (
        [m for m in people if not _in_apposition(text, m, people, at[0])]
        or [m for m in before if m.kind == "title"]
        or [m for m in before if m.kind in ("org", "country")]
    )
    if not pool:
        return []
    nearest = max(pool, key=lambda m: (m.start, m.end))
    names = [m.name for m in pool if _joined(text[m.end : nearest.start])] + [nearest.name]
    joint = text.find("مشترک با ", at[0], at[1] + 12)
    if joint >= 0:
        names += [m.name for m in found if m.kind in ACTORS and m.start == joint + 9]
    return list(dict.fromkeys(names))


def _joined(gap: str) -> bool:
    """Whether ``gap`` joins two issuers by «و», past the first one's title set beside it
    («ژان ایو لودریان وزیر خارجه فرانسه و هایکو ماس …»)."""
    if gap == " و ":
        return True
    if not gap.endswith(" و "):
        return False
    core = gap[:-3].strip(" ،")
    titles = find_titles(core)
    return bool(titles) and (titles[0].start, titles[0].end) == (0, len(core))


def issuer_after(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """A statement told by its noun with its issuer right after, in the genitive: «در
    بیانیه ستاد برگزاری نماز جمعه قم آمده است», «در اطلاعیه ستاد حوادث … آمده است», past
    what kind it is and the session that issued it («بیانیه پایانی نشست سران شورای
    همکاری خلیج فارس»); a
    group the recognizer has no name for, up to the clause on it or what it says: «در
    بیانیه اهل فرهنگ و هنر که … قرائت شد، آمده است»."""
    if text[at[0] : at[1]] not in _BARE_NOTICE:
        return []
    whose = _NOTICE_OF.match(text, at[1]).end()
    named = [m.name for m in found if m.start == whose and m.kind in (*ACTORS, "org")][:1]
    group = _GROUP_ISSUING.match(text, at[1])
    return named or ([group.group(1)] if group else [])


def passive_issuer(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """Who makes known what a passive tells, named after «از سوی» or «توسط» in the
    trigger: «از سوی وزارت بهداشت اعلام شد»."""
    if not _BY.match(text, at[0]):
        return []
    return [m.name for m in found if at[0] < m.start < at[1] and m.kind in (*ACTORS, "org")][:1]


def _in_apposition(text: str, m: Mention, people: list[Mention], at: int) -> bool:
    """Whether ``m`` is named inside the title set off after another person («رضا
    فتحی‌نژاد، مدیر برنامه‌های طالقانی، در گفت‌وگو با …»): the title's, not the speaker."""
    closing = text.find("،", m.end, at)
    return closing >= 0 and any(
        p.end < m.start
        and text.startswith("،", p.end)
        and "،" not in text[p.end + 1 : m.start]
        and "،" not in text[m.end : closing]
        for p in people
    )


# A speaker the report leaves unnamed: «یک منبع موثق در فرمانداری», «یکی از مقامات آژانس».
_ANONYMOUS = re.compile(
    rf"(?<![^\s«(،])(?:یک|یکی از|برخی(?: از)?) (?:منبع|منابع|مقام|مقامات|مقام{ZWNJ}های|مسئول"
    rf"|مسئولان|مسؤول|مسؤولان|دیپلمات|دیپلمات{ZWNJ}های)(?![^\s،.])"
)
# Where an anonymous source's description ends: a time («لحظاتی پیش», «روز گذشته») or
# what it does («از … خبر داد», «در گفتگو با»); «در» a body is where the source is.
_PUNCTUATION = re.compile(r"[،؛:.«(]")
_SOURCE_END = frozenset(
    "از به با که را برای تا طی ضمن پیش قبل لحظاتی ساعاتی دقایقی روز هفته اما ولی نیز هم".split()
)


def unnamed_speaker(
    text: str, inside: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether the one who speaks is left unnamed («یک منبع موثق در فرمانداری دامغان در
    گفتگو با خبرنگار فارس اظهار داشت»): the body the source is in does not speak; one the
    clause names speaks of the source («X با اشاره به ادعای یکی از مقامات … در گفت‌وگو با
    …»)."""
    opening = clause_span(text, at, sentence)[0]
    return bool(_ANONYMOUS.search(text, opening, at[0])) and not any(
        opening <= m.start < at[0] and m.kind in ACTORS for m in inside
    )


def anonymous_source(text: str, start: int, end: int) -> str | None:
    """The one anonymous source opening ``text[start:end]`` (after a sourcing line's
    «خبرگزاری فارس:» too), as the annotators name it in an interview it gives, without
    «یک»: «یک منبع موثق در فرمانداری دامغان لحظاتی
    پیش در گفتگو با …» → «منبع موثق در فرمانداری دامغان»; not some of many («یکی از
    مقامات», «برخی منابع»), whom no one can tell apart."""
    source = _ANONYMOUS.search(text, start, end)
    if (
        source is None
        or not source.group().startswith("یک ")
        or text[start : source.start()].strip(" -\n")[-1:] not in ("", ":")
    ):
        return None
    stop = _PUNCTUATION.search(text, source.end(), end)
    words = text[source.start() + 3 : stop.start() if stop else end].split()
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if w in _SOURCE_END
            or w in WHEN_WORDS
            or w in WEEKDAYS
            or (w == "در" and not (i + 1 < len(words) and words[i + 1].startswith(BODIES)))
        ),
        len(words),
    )
    return " ".join(words[:cut]) if cut <= MAX_PARTY_WORDS else None


def unnamed_issuer(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """A body the recognizer does not know, as the subject of «در بیانیه‌ای»: «جامعه اسلامی
    دانشجویان دانشگاه تهران در بیانیه‌ای اعلام کرد»; not a pronoun or «این سازمان»."""
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    m = _ISSUED_IN.search(text, opening, at[0] + 1)
    if not m or m.end() != at[0]:
        return []
    words = text[opening : m.start()].split()
    while words and (words[-1] in WHEN_WORDS or words[-1] in WEEKDAYS or words[-1] in _BUT):
        words.pop()
    if not 2 <= len(words) <= MAX_PARTY_WORDS or words[0] in _NOT_ISSUERS:
        return []
    return [" ".join(words)]


def unnamed_announcer(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """A body the recognizer does not know (or knows only the end of) announcing, as the
    whole subject of its clause: «کمیته انضباطی فدراسیون فوتبال نیز اعلام کرد», after the
    clause's conjunction («در حالی که پلیس برزیل … اعلام کرد»), without how it does so
    («دولت انگلیس با انتشار ارزیابی تازه‌ای هشدار داد», «دادسرای تهران طی نمابری …») or
    what it makes known («… از ارسال پرونده به دادسرای جنایی خبر داد»)."""
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    opening += len(_OPENER.match(text, opening).group())
    words = text[opening : at[0]].split() or _before_aside(text, opening, sentence)
    words = words[: next((i for i, w in enumerate(words) if w in _HOW), len(words))]
    if text.startswith("خبر", at[0]) and "از" in words:
        words = words[: len(words) - words[::-1].index("از") - 1]
    while words and (words[-1] in WHEN_WORDS or words[-1] in WEEKDAYS or words[-1] in _BUT):
        words.pop()
    subject = " ".join(words)
    return [subject] if 2 <= len(words) <= MAX_PARTY_WORDS and subject.startswith(BODIES) else []


def _before_aside(text: str, opening: int, sentence: tuple[int, int]) -> list[str]:
    """The subject a time phrase set off by a comma follows, when the verb opens its clause
    («اما دادستانی کل عربستان پس از بازداشت آنان، اعلام کرد»): the clause before, from
    its last «اما» or «ولی» up to where the phrase begins."""
    if opening <= sentence[0] or text[opening - 2] != "،":
        return []
    start = max(text.rfind("،", sentence[0], opening - 2) + 1, sentence[0])
    words = text[start : opening - 2].split()
    turn = max((i for i, w in enumerate(words) if w in _TURN), default=-1)
    words = words[turn + 1 :]
    return words[: next((i for i, w in enumerate(words) if w in _ASIDE), len(words))]


def addressed(
    text: str, inside: list[Mention], at: tuple[int, int], issuers: list[str]
) -> list[str]:
    """A letter's or message's issuers and whom it is sent to, when the recognizer names
    them right after «به» («در نامه‌ای به شورای امنیت سازمان ملل»)."""
    to = _TO_WHOM.match(text, at[1]) if _LETTER.match(text, at[0]) else None
    if not to or not issuers:
        return issuers
    named = next((m.name for m in inside if m.start == to.end() and m.kind in _ADDRESSEES), None)
    return list(dict.fromkeys([*issuers, named])) if named else issuers
