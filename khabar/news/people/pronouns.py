"""Whom «وی» and «او» take up outside a speech verb's subject («وی همچنین با … دیدار کرد»,
«قرارداد او»).

A pronoun that is the subject of its clause takes up the person named first in its
sentence, else the topic of the sentence before, as news writes «وی» for whoever the
story is about. One that is no subject, governed by a preposition or the object before
«را», cannot be the subject of its own clause, for whom Persian writes «خود»: «قاسمی‌نژاد
تانگ را به حضور پذیرفت و با وی گفت‌وگو کرد» takes up «تانگ».
"""

import re
from functools import lru_cache

from khabar.news.people.edges import POSSESSED
from khabar.news.people.lexicon import LETTER_NAMES, common_words
from khabar.news.people.person import Person
from khabar.news.people.shape import ordinary
from khabar.news.quote_documents import DOCUMENT_DIRECT
from khabar.news.quote_openers import OPENERS
from khabar.news.quote_subjects import UNNAMED_SOURCE
from khabar.news.titles import LIGHT_VERBS

PRONOUN = re.compile(r"(?<![^\s«(،])(?:وی|او)(?![^\s،؛:.!؟()«»])")
# Prepositions a pronoun that is no subject stands after: «با وی», «تقدیم وی», «از سوی او».
_GOVERNED = re.compile(
    r"(?<![^\s«(،])(?:با|به|از|برای|درباره|دربارهٔ|علیه|نزد|همراه|تقدیم|سوی|توسط|پیش|بر) $"
)
# A relation set beside a name, up to the pronoun it is of: «X همتای آلمانی وی», «Y
# همسر او», «Z معاون وی».
_RELATION_OF = re.compile(
    r"،? (?:همتای|همسر|فرزند|پسر|دختر|برادر|خواهر|پدر|مادر|دستیار|مشاور|معاون|جانشین"
    r"|سخنگوی|وکیل)(?: [^\s،.:؛«»()]+){0,2} "
)
# Someone's own people joined to them by «و», up to the pronoun they are of: «X رئیس
# جمهوری عراق و یکی از نواب وی», «X و همسر او», «X و همراهان وی».
_AND_RELATION = re.compile(
    r"(?:[^.،:؛«»()]{0,60}? )?و (?:یکی از |برخی از |تعدادی از )?(?:نواب|معاونان|همراهان"
    r"|مشاوران|دستیاران|فرزندان|همسر|خانواده|وکلای|وکیل)(?: [^\s،.:؛«»()]+)? $"
)
# A letter standing alone after «او» is the rest of a word real text broke: «او ل» («اول»).
_BROKEN = re.compile(r" [^\W\d_و](?![^\s،؛:.!؟()«»])")
_OBJECT = re.compile(r" را(?![^\s،؛:.!؟()«»])")
# What opens another clause between a subject and a pronoun, whose subject may be that
# person again: «X گفت که دولت از وی حمایت می‌کند», «که» glued to what it ends, with a
# half-space or none («X با اشاره به اینکه از وی دعوت شده …», «… بی‌آن‌که به وی آسیبی
# برسد»), a colon, or a comma, «و», «اما» or «ولی» after a verb, negated or not («وی …
# شکایت کرده است، دادگاه … خسارت به وی …», «معاون وزیر … سفر کرده بود و در جریان حضور
# وی …», «X واکنش نشان داد اما … بیان نشد و موضع وی …»).
_VERBS = "|".join(sorted({*LIGHT_VERBS, "است", "بود", "نیست", "بودند", "هستند"}, key=len))
_CLAUSE = re.compile(
    rf"(?<![^\s«(،])(?:(?:(?:بی‌)?آن|این|چنان)\u200c?)?که(?![^\s،؛:.!؟()«»])|:"
    rf"|(?<![^\s«(،])(?:(?:ن?می‌\S+)|ن?(?:{_VERBS}))(?:،| (?:و|اما|ولی) )"
)

# Words after which a pronoun opens its clause, no possessor: conjunctions and the
# adverbs and verbs that end the clause before.
_CLAUSE_OPENERS = frozenset(
    "که تا و یا اما ولی لیکن بلکه چون چرا زیرا اگر نیز هم همچنین سپس آنگاه البته پس "
    "حتی بنابراین لذا وقتی هنگامی آنکه اینکه چنانچه هرچند".split()
)
_VERB_WORDS = frozenset({*LIGHT_VERBS, "است", "بود", "نیست", "بودند", "هستند", "شد"})
_MARKS = frozenset(".،:؛!؟»)")

Spans = dict[tuple[int, int], Person]


# Real text may glue the next sentence to a period: «… این پست را در اختیار داشت.وی با
# بیان این که …»; an abbreviation has a letter or so between its dots («ج.ا.ا»).
_GLUED_PERIOD = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after its period, a quote's closing
    period, or a line break). The periods before ``at`` are read from it back, only as far
    as the last stop or line break: a pronoun's resolution steps back sentence by
    sentence, and reading each line from its start would take as long as the line for
    every step."""
    line = text.rfind("\n", 0, at) + 1
    # a quote closing its own sentence ends it too: «… گفت: «… بماند.» او همچنین …»
    closed = text.rfind(".» ", line, at)
    start = max(text.rfind(". ", line, at) + 1, closed + 2 if closed >= 0 else 0, line)
    period = text.rfind(".", start, at)
    while period >= start:
        if _GLUED_PERIOD.match(text, period, at + 2):
            return period + 1
        period = text.rfind(".", start, period)
    return start


def first_in_sentence(text: str, at: int, by_span: Spans) -> Person | None:
    """The person named first in the sentence holding ``at``, before it."""
    boundary = sentence_start(text, at) - 1
    inside = [(s, p) for (s, e), p in by_span.items() if boundary < s and e <= at]
    return min(inside, key=lambda x: x[0])[1].final() if inside else None


# A sentence whose subject is someone the article leaves unnamed, past its dateline
# («خبرگزاری فارس: یک منبع آگاه عراقی … خبر داد»): a «وی» after it takes them up.
_UNNAMED_SUBJECT = re.compile(rf"(?:[^.:\n]{{0,40}}[:\-] ?)?{UNNAMED_SOURCE}")


def _unnamed_subject(text: str, previous: int, boundary: int) -> bool:
    """Whether the sentence between ``previous`` and ``boundary`` opens with a source the
    article leaves unnamed, its subject, past the connectives and sourcing before it («در
    این میان یک مقام آمریکایی گفت …»)."""
    sentence = text[previous + 1 : boundary].lstrip()
    return _UNNAMED_SUBJECT.match(sentence, OPENERS.match(sentence).end()) is not None


def topic_before(
    text: str, at: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> Person | None:
    """The person named first in the latest sentence before ``at`` that names one:
    «وی» in news takes up the subject of the sentence before; nobody where a sentence
    naming no one has an unnamed source for its subject («یک منبع آگاه … گفت»)."""
    named = _latest_named(text, at, by_span, quoted)
    return named[0][2] if named else None


def speaker_taken_up(
    text: str, at: int, by_span: Spans, skipped: list[tuple[int, int]], last: Person | None
) -> Person | None:
    """Whom a pronoun speaking («وی افزود») takes up, from the latest sentence before that
    names someone outside ``skipped`` (direct quotes, subheadings): the one who spoke last
    where it names them free, else the person it names first and free. One governed by a
    preposition or a noun is no subject («مفید … آسیب‌های ناشی از استفاده صدام از
    سلاح‌های شیمیایی را غیر قابل اغماض خواند. وی تاکید کرد» goes on with whoever spoke),
    so a sentence naming only such leaves the one who spoke last, if anyone did. A
    sentence naming no one whose subject is an unnamed source («یک منبع آگاه … خبر داد»)
    is whom the pronoun takes up: nobody named."""
    told = [span for span in skipped if not _documents(text, span[0], by_span)]
    named = _latest_named(text, at, by_span, told)
    if named is None:
        return last
    if not named:
        return None
    free = [p for s, e, p in named if _subject_like(text, s, e)]
    if last is not None and last.final() in free:
        return last.final()
    return free[0] if free else last or named[0][2]


def _documents(text: str, start: int, by_span: Spans) -> bool:
    """Whether the direct quote starting at ``start`` gives a document's words («در این
    گزارش آمده است: «اظهارات … جان نگروپونته … هشداردهنده است.»»): a report tells the
    story as the article does, and «وی» after it may take up someone it names, as no
    speaker's words would let it. A document of someone named before the quote marks («در
    نامه رابرت کینگ آمده است: «…»») gives that person's words, a speaker's."""
    opening = start - 1 if text[start - 1 : start] == "«" else start
    line = _document_line(text, opening)
    return line is not None and not any(line <= s < opening for s, _ in by_span)


@lru_cache(maxsize=4096)
def _document_line(text: str, opening: int) -> int | None:
    """Where the line starts whose document cue ends at ``opening``, if one does. Kept,
    as each pronoun that speaks asks it of every quote, and a long paragraph would be
    read again each time."""
    line = text.rfind("\n", 0, opening) + 1
    said = DOCUMENT_DIRECT.search(text, line, opening)
    return line if said is not None and said.end() == opening else None


def _latest_named(
    text: str, at: int, by_span: Spans, skipped: list[tuple[int, int]]
) -> list[tuple[int, int, Person]] | None:
    """The mentions outside ``skipped``, in text order, of the latest sentence before
    ``at`` that names someone other than whom its subject talks with (:func:`_partner`,
    by name or by the title set off after it); none where a sentence naming no one
    before it has an unnamed source for its subject (:func:`_unnamed_subject`), and
    ``None`` where no sentence before names anyone."""
    boundary = sentence_start(text, at) - 1
    while boundary > 0:
        previous = sentence_start(text, boundary) - 1
        inside = [
            (s, e, p.final())
            for (s, e), p in by_span.items()
            if previous < s and e <= boundary and not any(a <= s < b for a, b in skipped)
        ]
        partners = {id(p) for s, e, p in inside if _partner(text, s, e, boundary)}
        inside = [(s, e, p) for s, e, p in inside if id(p) not in partners]
        if inside:
            return sorted(inside, key=lambda x: x[0])
        if _unnamed_subject(text, previous, boundary):
            return []
        boundary = previous
    return None


# Whom the subject talks with or meets, after «با»: «در تماس تلفنی با X گفتگو کرد», «با X
# دیدار و رایزنی کرد», «با X تماس گرفت».
_WITH = re.compile(r"(?<![^\s«(،])با $")
_MEETING = re.compile(
    r"(?<![^\s«(،])(?:گفتگو|گفت‌وگو|گفت و گو|دیدار|ملاقات|رایزنی|مذاکره|صحبت|تماس)"
    r"(?: و (?:گفتگو|گفت‌وگو|گفت و گو|رایزنی|مذاکره|تبادل نظر))?"
    r" (?:کرد|کردند|کرده|داشت|داشتند|داشته|نمود|نمودند|نموده|گرفت|گرفتند|گرفته)"
    r"(?![^\s،؛:.!؟()«»])"
)


def _partner(text: str, start: int, end: int, boundary: int) -> bool:
    """Whether the mention is whom the subject of its sentence, ending at ``boundary``,
    talks with or meets: «رئیس جمهور کشورمان در تماس تلفنی با امانوئل ماکرون، رئیس
    جمهور فرانسه، گفتگو کرد. وی در این گفتگو گفت: …» has «وی» take up the one who
    called, not Macron, whom the sentence names only as his partner; or who welcomes,
    praises or blames the subject in a passive («… وارد کرمان شد و مورد استقبال X
    استاندار کرمان قرار گرفت. وی …» is the visitor)."""
    if _RECEIVED_FROM.search(text, max(0, start - 20), start):
        return _RECEIVED.search(text, end, boundary) is not None
    return bool(_WITH.search(text, max(0, start - 4), start)) and bool(
        _MEETING.search(text, end, boundary)
    )


# The agent of a passive «مورد … قرار گرفت»: «مورد استقبال X قرار گرفت».
_RECEIVED_FROM = re.compile(r"(?<![^\s«(،])مورد [^\s،.:]+ $")
_RECEIVED = re.compile(r"(?<![^\s«(،])قرار (?:گرفت|گرفتند|گرفته)(?![^\s،؛:.!؟()«»])")


# «به گفته X، …» names who says the sentence, as its subject would.
_ACCORDING_TO = re.compile(r"(?<![^\s«(،])به (?:گفته|اعتقاد|عقیده|باور|نظر) $")


def _subject_like(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start`` may be its sentence's subject or speaker: not
    governed (:func:`_governed`) but for «به گفته X»."""
    return not _governed(text, start, end) or bool(
        _ACCORDING_TO.search(text, max(0, start - 12), start)
    )


def resolve_pronouns(text: str, body: int, by_span: Spans, quoted: list[tuple[int, int]]) -> None:
    """Enter every pronoun of the body outside direct quotes and speakers' subjects into
    ``by_span`` and its person's mentions, where it takes up someone."""
    taken = set(by_span)
    for m in PRONOUN.finditer(text, body):
        span = m.span()
        if span in taken or any(s <= span[0] < e for s, e in [*taken, *quoted]):
            continue
        if _spelled_out(text, *span) or _BROKEN.match(text, span[1]) or _quoted_alone(text, *span):
            continue
        if _governed(text, *span):
            person = _not_the_subject(text, span[0], by_span, quoted)
        elif text.endswith(" و ", 0, span[0]):
            person = _switched(text, span[0], by_span, quoted)
        else:
            person = _first_but_the_source(text, span[0], by_span)
            person = person or topic_before(text, span[0], by_span, quoted)
        if person is not None:
            person.mentions.append(span)
            by_span[span] = person


# Sourcing that opens a sentence: «به گفته X،», «بنابر اعلام X،», «به نقل از X،».
_SOURCED = re.compile(
    r"(?<![^\s«(،])(?:به (?:گفته|اعتقاد|عقیده|نقل از)|(?:بنا ?(?:بر|به)|طبق|بر ?اساس) اعلام) «?"
)


def _first_but_the_source(text: str, at: int, by_span: Spans) -> Person | None:
    """The person named first in the sentence before a subject pronoun at ``at``, but
    the one a sourcing phrase cites: «بنابر اعلام «دیمیتری پسکوف» سخنگوی «ولادیمیر
    پوتین»، وی قصد دارد …» takes up Putin, not the source his title names again, and a
    pronoun after a source alone («به گفته X، وی …») the topic of the sentence before; a
    name a noun possesses («اظهارات این مقام ارشد دولت دونالد ترامپ … که او …») is no
    subject."""
    boundary = sentence_start(text, at) - 1
    inside = sorted(
        (s, p)
        for (s, e), p in by_span.items()
        if boundary < s and e <= at and not POSSESSED.search(text, max(0, s - 16), s)
    )
    sourced = {m.end() for m in _SOURCED.finditer(text, boundary + 1, at)}
    if inside and inside[0][0] in sourced:
        source = inside[0][1].final()
        inside = [(s, p) for s, p in inside if p.final() is not source]
    return inside[0][1].final() if inside else None


def _governed(text: str, start: int, end: int) -> bool:
    """Whether the pronoun is no subject: after a preposition, the object before «را», or
    a possessor after the noun it owns («حکومت او», «مخالفان او»)."""
    if _GOVERNED.search(text, max(0, start - 8), start) or _OBJECT.match(text, end):
        return True
    return _possessor(text, start)


def _possessor(text: str, start: int) -> bool:
    """Whether the pronoun at ``start`` follows an ordinary noun or adjective of its own
    phrase, whose possessor it is: one that owns something cannot be the subject of its
    clause either, for whom Persian writes «خود» («نارانخو … بر لزوم عذرخواهی از قربانیان
    دوران حکومت او تاکید کرد» takes up «فوجیموری», not «نارانخو»). A word that opens or
    joins a clause («که», «نیز») or a verb before it leaves the pronoun a subject."""
    before = text[max(0, start - 25) : start]
    if not before.endswith(" ") or before[-2:-1] in _MARKS:
        return False
    word = before[:-1].rsplit(" ", 1)[-1]
    if word in _CLAUSE_OPENERS or word in _VERB_WORDS or word.startswith(("می‌", "نمی‌")):
        return False
    return ordinary(word, common_words())


def _not_the_subject(
    text: str, at: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> Person | None:
    """Whom a pronoun that is no subject takes up: the person named last before it in
    its sentence who is not the subject of its clause, else the topic of the sentence
    before unless that is the subject again; nobody when only the subject is there
    («مهرآیین به حضور سلطان عمان رسید و پیام … را تقدیم وی کرد» takes up the sultan,
    whom the article does not name).

    The subject is the one named right before the preposition, when the pronoun is in
    a phrase of its own («روحانی در دیدار فراتینی وزیر خارجه ایتالیا با وی» takes up
    «روحانی»), not one the pronoun follows straight, governed itself («در تجلیل از شهید
    چمران وی را … دانست» takes up «چمران»), else the person named first and not
    governed himself, with no «که» or colon between."""
    named = _named_before(text, at, by_span, quoted)
    if named and _RELATION_OF.fullmatch(text, named[-1][1], at):
        # «ژان ایو لودریان … و هایکو ماس همتای آلمانی وی»: the pronoun of a relation
        # set beside a name is someone else's, the one named before
        described = named[-1][2]
        before = [p for _, _, p in named if p is not described]
        if before:
            return before[-1]
    if named and _AND_RELATION.match(text, named[-1][1], at):
        # «جلال طالبانی رئیس جمهوری عراق و یکی از نواب وی»: the one named with them
        return named[-1][2]
    governing = text.rfind(" ", 0, at - 1)
    beside = {
        id(p)
        for s, e, p in named
        if not text[e:governing].strip() and (e <= governing or not _governed(text, s, e))
    }
    free = [(s, p) for s, e, p in named if not _governed(text, s, e)]
    if not beside and free and not _CLAUSE.search(text, free[0][0], at):
        beside = {id(free[0][1])}
    others = [p for _, _, p in named if id(p) not in beside]
    if others:
        return others[-1]
    before = topic_before(text, at, by_span, quoted)
    return before if before is not None and id(before) not in beside else None


def _switched(text: str, at: int, by_span: Spans, quoted: list[tuple[int, int]]) -> Person | None:
    """Whom the subject pronoun of a clause joined by «و» takes up: Persian drops a
    subject the clause shares with the one before, so one written out is someone else,
    the person named last before it who is not the sentence's subject («پزشک تیم، علوی،
    گفت که درمان نجفی‌زاده سه هفته طول می‌کشد و او به دیدار بعدی نمی‌رسد»)."""
    named = _named_before(text, at, by_span, quoted)
    free = [p for s, e, p in named if not _governed(text, s, e)]
    others = [p for _, _, p in named if not free or p is not free[0]]
    if others:
        return others[-1]
    return first_in_sentence(text, at, by_span) or topic_before(text, at, by_span, quoted)


def _named_before(
    text: str, at: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> list[tuple[int, int, Person]]:
    """The mentions of the sentence before ``at``, outside direct quotes, in text order."""
    boundary = sentence_start(text, at) - 1
    named = [
        (s, e, p.final())
        for (s, e), p in by_span.items()
        if boundary < s and e <= at and not any(a <= s < b for a, b in quoted)
    ]
    return sorted(named, key=lambda x: x[0])


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether «او» or «وی» stands alone in quote marks, as the name of a work: the
    exhibition «نمایشگاه «او»» takes up no one."""
    return text[start - 1 : start] == "«" and text[end : end + 1] == "»"


def _spelled_out(text: str, start: int, end: int) -> bool:
    """Whether «او» or «وی» at ``start`` is a letter of a name spelled out in Latin
    letters: «او ام وی» (OMV), «بی ام وی»."""
    before = text[max(0, start - 10) : start].split()
    after = text[end : end + 10].split()
    return bool((before and before[-1] in LETTER_NAMES) or (after and after[0] in LETTER_NAMES))
