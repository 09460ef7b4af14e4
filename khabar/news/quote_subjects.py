"""The subject of a clause reporting speech: the words that name who spoke.

The subject opens the clause, after whatever may stand before it (a sourcing formula,
connectives, an adverbial phrase up to a comma), and ends where the clause's adverbials
or objects start. Resolving it to a person is :mod:`khabar.news.people`'s job.
"""

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from khabar.news.places import places
from khabar.news.quote_openers import OPENERS, PORTFOLIOS
from khabar.news.speech_verbs import FINITE, VERB
from khabar.news.titles import HEADS, HONORIFICS
from khabar.news.titles.finder import find_titles, pointing_official
from khabar.text.chars import ZWNJ

# An outlet opening a subject is named by its own name, the words in «» when it has them:
# «روزنامه «عکاظ» چاپ جده», «روزنامه اسپانیایی «آاس»», «خبرگزاری رویترز».
# A site too, by its name in «» or "": «سایت اینترنتی «میدل ایست آن لاین»», «روزنامه
# کویتی "الوطن"».
_OUTLET = re.compile(
    rf"(?:روزنامه|خبرگزاری|شبکه|هفته{ZWNJ}نامه|مجله|نشریه|وبگاه|(?:وب[{ZWNJ} ]?)?سایت|"
    rf"پایگاه (?:خبری|اطلاع{ZWNJ}رسانی)) "
    r"(?:(?:[^\s«»\"،.:]+ ){0,2}(?:«(?P<name>[^»\n]{1,40})»|\"(?P<ascii>[^\"\n]{1,40})\"))?"
)
# A think tank publishes as an outlet does, by its name in «»: «اندیشکده «مرکز مطالعات
# بین‌المللی و استراتژیک» مستقر در واشنگتن در گزارشی مدعی شده که …».
_THINK_TANK = re.compile(r"اندیشکده (?:[^\s«»\"،.:]+ ){0,2}«(?P<name>[^»\n]{1,60})»")

# A sentence ends at its final mark, after the «»» of a quote it closes: «… افزود: «ما
# آماده‌ایم.» سخنگوی دولت نیز گفت: …». Real text may glue the next sentence to the mark
# («… یاری کردند.وی بیان داشت: …»), not in an abbreviation («ج.ا.ا», «بی.بی.سی», «اف. بی.
# آی»: letters a few at a time between dots); «و...» (and so on) ends nothing.
_LETTER = "[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"
_DOT = (
    "".join(rf"(?<!\.{_LETTER}{{{n}}})(?<!\. {_LETTER}{{{n}}})" for n in (1, 2, 3))
    + rf"\.(?! ?{_LETTER}{{1,3}}[.)])"
)
SENTENCE_END = re.compile(
    rf"(?:(?<!\.){_DOT}(?!\.)|[!?؟])»?(?=\s|$)|(?<={_LETTER}{{2}})(?:{_DOT}|[!؟])(?={_LETTER})|\n"
)

# Words at which the subject noun phrase ends and the rest of the clause begins.
SUBJECT_STOPS = frozenset(
    "در با به از برای تا بر طی ضمن پس پیش امروز دیروز امشب روز صبح عصر شب هم نیز درباره "
    "همچنین هم‌چنین سپس که را این در پایان بعد قبل اما درمورد درخصوص".split()
    # Whom it was said to: «حاج‌رسولیها خطاب به مردم گفت»; what was asked for: «استاندار
    # خواستار تلاش روابط عمومی‌ها شد و گفت».
    + "خطاب خواستار".split()
    # «در» and «با» glued on by real text: «جواد قناعت درپایان … افزود», «رئیس آموزش و
    # پرورش بابیان اینکه …».
    + "درپایان درادامه درحاشیه درجمع دراین درهمین بابیان بااشاره باتاکید باتأکید".split()
    # When it was said: «روابط عمومی شرکت آب … شامگاه اعلام کرد», «وزیر نفت دوشنبه گفت».
    + "شامگاه بامداد ظهر بعدازظهر غروب دیشب پریروز فردا هفته ماه اخیرا اخیراً اکنون بلافاصله "
    "پیش‌تر پیشتر "
    "چندی "
    "شنبه یکشنبه "
    "یک‌شنبه "
    "دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه".split()
)
# A body's full name runs to nine or ten words: «کمیسیون امنیت ملی و سیاست خارجی مجلس
# شورای اسلامی», «شورای هماهنگی تبلیغات اسلامی و ستاد دهه فجر انقلاب اسلامی».
MAX_SUBJECT_WORDS = 10
_PORTFOLIO = re.compile(PORTFOLIOS)
# Verbal nouns whose preposition stays in an institution's name: «ستاد مبارزه با قاچاق
# کالا و ارز», «صندوق حمایت از پژوهشگران».
_GOVERNS = {
    "مبارزه": "با",
    "مقابله": "با",
    "حمایت": "از",
    "حفاظت": "از",
    "پیشگیری": "از",
    "دفاع": "از",
}
# «این» opens a description («این نماینده») or follows a title's head («مدیرعامل این
# شرکت»); elsewhere it starts the rest of the clause.
HEAD_WORDS = frozenset(h for h in HEADS if " " not in h)
_SUBJECT_WORD = re.compile(r"[^\s،:]+")
_PRONOUNS = frozenset({"وی", "او", "ایشان"})
_ASIDE = re.compile("[-–—] ?که ")


def clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause holding offset ``at`` begins: after the last sentence end from
    ``floor`` on.

    The sentence ends of the whole text are found once (a paragraph asks this for each of
    its quotes and cues); only the last few characters before ``at`` are read again, where
    a mark's lookahead would see past ``at``, which the text cut at ``at`` does not show.
    """
    starts, ends = _sentence_ends(text)
    first = bisect_left(starts, floor)
    last = bisect_right(ends, at - _LOOKAHEAD) - 1
    start = ends[last] if last >= first else floor
    for m in SENTENCE_END.finditer(text, max(start, at - _LOOKAHEAD - 2), at):
        start = m.end()
    return start


# How far past a mark SENTENCE_END looks («.» before up to «» and three letters and a dot).
_LOOKAHEAD = 8


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end of ``text`` starts and ends, in order."""
    found = list(SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The match of ``pattern`` between ``start`` and ``end`` that starts last."""
    return max(pattern.finditer(text, start, end), key=lambda m: m.start(), default=None)


# Offices posted abroad keep their post in their name: «سفارت آلمان در تهران».
_POSTED = frozenset({"سفارت", "سرکنسولگری", "کنسولگری", "نمایندگی"})
# Some of a group speak for it by «از» and the group: «یکی از اعضای شورای شهر», «جمعی از
# کشاورزان»; the share alone names no one.
_SHARE_OF = frozenset("یکی برخی بعضی تعدادی جمعی گروهی عده‌ای شماری بسیاری".split())


def _share_of(subject: str, word: str, text: str, at: int, cue: int) -> bool:
    """Whether «از» ending at ``at`` joins the share that is all of ``subject`` to its group
    («یکی از اعضای شورای شهر گفت»). A verb after it before the speech verb at ``cue`` is
    the clause's own, and the «از» that verb's: «برخی از عملکرد دولت انتقاد کردند و
    گفتند» has «برخی» speak, not «برخی از عملکرد دولت انتقاد کردند و». A verb after «که»
    is a relative clause's on the group («یکی از نمایندگان - که نامش فاش نشد - گفت»)."""
    if word != "از" or subject.strip() not in _SHARE_OF:
        return False
    relative = text.find(" که ", at, cue)
    return not _OWN_VERB.search(text, at, cue if relative < 0 else relative)


def _governed(subject: str, word: str) -> bool:
    """Whether a preposition goes on the name read so far rather than ending it."""
    words = subject.split()
    if not words:
        return False
    if _GOVERNS.get(words[-1]) == word:
        return True
    return word == "در" and words[0] in _POSTED and "در" not in words


# A clause of reason or contrast after the clause's last comma has a subject of its own:
# «… حیاتی است، چرا که بانک جهانی هشدار داده است که …»; one set off by commas is an aside
# («حضرتی در پاسخ به دانشجویی که …، ولی …، گفت:»).
_JOINED = re.compile(r"،\s*(?:چرا ?که|زیرا(?: که)?|اما|ولی|لیکن|لکن)\s+(?=[^،]*$)")


# «خبرنگار مهر از داوودی … پرسید که وی پاسخ داد:», «موضوع را … پیگیر شدیم که «مسعود
# سلیمانی» … تاکید کرد:»: «که» after a finite verb opens a clause with a subject of its
# own, whose verb reports the speech. The finite verbs are those of FINITE, and «پرسید»,
# whose question the clause answers («… تماس گرفت که سخنگو پاسخ داد:» too). A comparison
# names the speaker after «که» too: «آیا آنگونه که آقای علیزاده گفته است؛ …».
_VERB_THEN_THAT = re.compile(
    rf"(?:(?<![^\s])(?P<cleft>است|هستند)|{FINITE}|(?<![^\s])پرسید(?:ند|یم)?"
    r"|(?<![^\s])(?:آن|همان)[ \u200c]?(?:گونه|طور)) که (?=[^،]*$)"
)
# A finite verb of the clause after «که» tells something other than the speech: in
# «روزی که پدرم متوجه شد که من این کار را انجام می‌دهم گفت» what was noticed, in «اعلام
# کرد که سپاه آماده دفاع است و تصریح کرد:» what was said first, and the speaker is
# before «که» in both.
_OWN_VERB = re.compile(FINITE)
# After a cleft a verb joined to the speech verb with «و» is the speaker's: «… است که
# رومانو این خبر را تکذیب کرد و اظهار داشت».
_OWN_VERB_IN_CLEFT = re.compile(rf"{FINITE}(?! و )")


def _after_a_verb_and_that(text: str, start: int, cue: int) -> int:
    """Where the clause holding the speech verb at ``cue`` starts when «که» after a finite
    verb opens it («… پرسید که وی پاسخ داد»), and nothing else is told in it before the
    speech verb; else ``start``."""
    that = _last(_VERB_THEN_THAT, text, start, cue)
    after = that.end() if that else _after_that_and_a_phrase(text, start, cue)
    if after is None:
        return start
    own = _OWN_VERB_IN_CLEFT if that and that["cleft"] else _OWN_VERB
    return start if own.search(text, after, cue) else that.end() if that else after


_VERB_THEN_THAT_ANYWHERE = re.compile(rf"{FINITE} که ")


def _after_that_and_a_phrase(text: str, start: int, cue: int) -> int | None:
    """Where the subject starts after «که» following a finite verb and an adverbial phrase
    up to its comma: «… تا آنجایی ادامه پیدا کرد که پس از انتشار این اخبار، دادگستری
    استان اعلام کرد …»; None where no such phrase fills the words up to the last comma.
    A connective without a comma opens the subject wherever its commas are: «… می‌شود که
    در این راستا زهره الهیان نماینده مردم تهران، ری، شمیرانات و اسلامشهر … خواست»."""
    that = _last(_VERB_THEN_THAT_ANYWHERE, text, start, cue)
    if that is None:
        return None
    comma = text.rfind("،", that.end(), cue)
    opener = OPENERS.match(text, that.end(), cue)
    if opener is None or opener.end() == that.end():
        return None
    bare = "،" not in text[that.end() : opener.end()] and comma >= 0
    return opener.end() if opener.end() > comma >= 0 or bare else None


# A semicolon, or a clause of result, opens a clause with a subject of its own: «… را
# شگفت‌زده نکرده بود به طوری که یکی از مقامات آژانس … اعلام کرد», «… نکرد؛ سخنگوی
# آژانس اعلام کرد».
# Each ends a clause only after its verb: «… که کرملین امروز؛ یک روز پیش از …» stands
# for a comma, «وزیر به گونه‌ای که همه بشنوند گفت», «وزیر تا جایی که امکان داشت … طفره
# رفت و گفت» tell how the speaker spoke. A reason after a semicolon goes on the clause
# before («… رکن نظام است؛ چراکه …، یادآور شد»); «… افزایش یافته است اما وزیر تاکید
# کرد» opens another, unless a comma closes it («با بیان اینکه … است اما … کنند، افزود»).
_OWN_CLAUSE = re.compile(
    r"(?P<joins>؛(?!\s*(?:چرا ?که|زیرا|که ))\s*|(?<=\s)(?:اما|ولی) (?=[^،]*$))"
    r"|(?<![^\s،])(?:به[ \u200c]?طوری[ \u200c]?که|به[ \u200c]?گونه[ \u200c]?ای[ \u200c]?که"
    r"|به نحوی که|تا جایی که|تا آنجا که) "
)
_VERB_ENDS = re.compile(rf"(?:{FINITE})$")
# An aside of the speaker's opened by «اینکه», «در حالی که» or «سؤال که آیا» goes on past
# a semicolon or «اما» to the comma or the speech verb closing it: «وی با بیان اینکه
# تولید افزایش یافته است؛ اما صادرات کم است، گفت», «… در حالی که بازار آرام است اما
# قیمت‌ها بالاست گفت». A question asked («خبرنگاری پرسید که آیا … می‌یابد اما وزیر گفت»)
# is no aside of the answer's speaker.
_OPEN_ASIDE = re.compile(
    r"(?<![^\s،])(?:این[ \u200c]?که|در[ \u200c]?حالی[ \u200c]?که|(?:سؤال|سوال|پرسش)ی? که آیا)"
    r"\s[^،]*$"
)


def _after_a_clause_of_its_own(text: str, start: int, cue: int) -> int:
    """Where the clause holding the speech verb at ``cue`` starts after the last semicolon
    or clause of result before it, when a subject opens it, perhaps after a connective
    («…؛ اما یک مقام آمریکایی گفت»); else ``start``. The subject dropped after one («…
    مهم دانست؛ و افزود», «…؛ سپس گفت») is the one before it, and so is the one inside
    an aside (:data:`_OPEN_ASIDE`). After a semicolon or «اما» a noun before «را» is the
    object of a verb of that subject's («…؛ مردم را به همکاری دعوت کرد و گفت»); a clause
    of result has a subject of its own before its object («به نحوی که مقام معظم رهبری
    آموزش و پرورش را …»). Words up to a «و» before the speech verb are a clause of their
    own, told in the clause before («وزیر گفت که … است اما دولت برنامه دارد و افزود»)."""
    last = _last(_OWN_CLAUSE, text, start, cue)
    if last is None or text.startswith("و ", last.end()):
        return start
    before = len(text[start : last.start()].rstrip(" ؛")) + start
    # A clause of result set off by a comma, the one before it: «… داشته باشد، به نحوی که
    # مقام معظم رهبری … می‌فرمایند».
    set_off = not last["joins"] and text[before - 1 : before] == "،"
    set_off = set_off and "،" not in text[last.end() : cue]
    if not set_off and not _VERB_ENDS.search(text, start, before):
        return start
    if _OPEN_ASIDE.search(text, start, last.start()):
        return start
    opener = OPENERS.match(text, last.end(), cue)
    subject = subject_from(text, opener.end(), cue)
    if not subject or text[subject[0] : subject[1]].endswith(" و"):
        return start
    return start if last["joins"] and text.startswith(" را ", subject[1]) else last.end()


_COMPARISON = re.compile(r"؛ *(?=(?:چنان|همان)[ \u200c]?(?:که|طور که|گونه که) )")


# «… اعلام کردند که … اما تاکید کردند که …»: a speech verb set against the one before it
# in the sentence has its subject, dropped.
_SET_AGAINST = re.compile(r"(?<![^\s،])(?:اما|ولی) $")
_SAID_BEFORE = re.compile(rf"(?<![^\s،]){VERB}(?=\s*:|\s+که\s)")


# A relative clause on the phrase a clause opens with, up to its comma: «در این مراسم
# که با حضور جمعی از هنرمندان … برگزار شد، همایون شجریان … گفت».
_RELATIVE_ON_PHRASE = re.compile(r"که [^،:«»\n]{1,120}?،\s*")


def subject_before(text: str, cue: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase opening the clause that ends at the speech verb at ``cue``."""
    start = clause_start(text, cue, floor)
    if _SET_AGAINST.search(text, start, cue):
        before = _last(_SAID_BEFORE, text, start, cue)
        if before is not None:
            return subject_before(text, before.start(), floor)
    if start > floor and text[start - 1] in "؟?" and not text[start:cue].strip():
        # «وی در پاسخ به این سؤال که آیا …؟ گفت:»: the question is part of the clause.
        start = clause_start(text, start - 1, floor)
    # A comparison after a semicolon has a subject of its own: «… باید رعایت شود؛ چنانکه
    # شیخ «انصاری» در خصوص …، بر این عقیده است که …».
    compared = _last(_COMPARISON, text, start, cue)
    start = compared.end() if compared else start
    joined = _JOINED.search(text, start, cue)
    if joined:
        start = joined.end()
    start = _after_a_verb_and_that(text, start, cue)
    start = _after_a_clause_of_its_own(text, start, cue)
    # A list's item opens with a dash: «- سخنگوی دولت اعلام کرد: …».
    while start < cue and text[start] in " ،؛-–•":
        start += 1
    clause = start
    opener = OPENERS.match(text, start, cue)
    if opener:
        start = opener.end()
        relative = _RELATIVE_ON_PHRASE.match(text, start, cue)
        start = relative.end() if relative else start
        named = _named_before_apposition(text, clause, start, cue)
        if named:
            return named
    tank = _THINK_TANK.match(text, start, cue)
    if tank:
        return tank.span("name")
    outlet = _OUTLET.match(text, start, cue)
    if outlet and outlet.lastgroup:
        return _cited_after(text, outlet.end(), cue) or outlet.span(outlet.lastgroup)
    if outlet and not _named_with_kind(text, start, cue):
        start = _past_kinds(text, outlet.end(), cue)
    this = _THIS_OUTLET.match(text, start, cue)
    if this:
        return outlet_named(text, start, this.end())
    pronoun = _PRONOUN_AFTER_COMMA.search(text, start, cue)
    if pronoun:
        return pronoun.span("who")
    quoted = _QUOTED_NAME.match(text, start, cue) or _name_after_phrase(text, start, cue)
    if quoted:
        return _cited_after(text, quoted.end(), cue) or quoted.span(quoted.lastgroup)
    while start < cue and text[start] in " «»":
        start += 1
    subject = subject_from(text, start, cue) or _named_after_sourcing(text, clause, cue)
    if subject is not None and text.startswith(" را ", subject[1]):
        # «به نقل از روابط عمومی استانداری جاسم جادری در آیین …، روابط عمومی را زبان …
        # دانست و بیان داشت»: the phrase before «را» is the object; the name the sourcing
        # ran into is the subject.
        subject = _named_after_sourcing(text, clause, cue) or subject
    if subject is None:
        # «در واپسین ساعات روز پنجشنبه یک منبع در دولت انگلستان گفت»: after a phrase with
        # no comma, a source left unnamed speaks, no one before.
        return _unnamed_in_clause(text, clause, cue)
    possessor = _EVENT_OF.fullmatch(text, *subject)
    if possessor:
        return possessor.span("who")
    return _cited_after(text, subject[1], cue) or _before_object(text, *subject, cue)


_ADJECTIVE = re.compile(r"([^\s«»\"،.:()]+ی) ")
_OUTLET_KINDS = frozenset(
    f"خبری تلویزیونی اینترنتی رادیویی ماهواره{ZWNJ}ای تحلیلی اطلاع{ZWNJ}رسانی".split()
)


def _past_kinds(text: str, at: int, cue: int) -> int:
    """Where an outlet's name starts after the adjectives saying what kind it is, ordinary
    words in «ی»: «شبکه تلویزیونی کانال‌پلاس», «روزنامه آمریکایی نیویورک تایمز»; not a
    name's first word («روزنامه دیلی میل»)."""
    from khabar.news.people.lexicon import common_words

    while (adjective := _ADJECTIVE.match(text, at, cue)) and (
        adjective[1] in _OUTLET_KINDS or adjective[1] in common_words()
    ):
        at = adjective.end()
    return at


# «… ربوده‌اند، او می‌گوید …»: a pronoun after the clause's last comma is its subject.
_PRONOUN_AFTER_COMMA = re.compile(r"، (?P<who>وی|او) (?! *را )[^،]*$")


# «به گزارش خبرگزاری فارس از بجنورد به نقل از روابط عمومی … علی متقیان اظهار کرد:»:
# sourcing that runs into the speaker's name without its comma.
_SOURCING_RUN = re.compile(r"(?:به گزارش|به نقل از) [^،:«»\n]+")


def _named_after_sourcing(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The name that sourcing without its comma runs into: from its first given name, or
    a name in «» or "" cited, or a surname its title follows («… صنعت ساختمان محارم نجفی
    مدیرعامل شرکت … گفت»),
    whether the comma is missing altogether or stands only after the adverbial phrase
    that follows the name («به گزارش فارس از کرج علی رضایی در نشست امروز، اظهار
    داشت»)."""
    run = _SOURCING_RUN.match(text, start, cue)
    if run is None:
        return None
    from khabar.news.people.lexicon import common_words, given_names

    words = list(_WORD.finditer(text, start, run.end()))
    for word, after in zip(words, [*words[1:], None], strict=True):
        # «… به نقل از "خالد المظف" مسئول …»: a name in its marks, whom the words are
        # cited from.
        quoted = _QUOTED_NAME.match(text, word.start(), cue)
        if quoted and text.endswith("به نقل از ", 0, word.start()):
            return quoted.span(quoted.lastgroup)
        surname = after is not None and after.group() in HEAD_WORDS
        if word.group() in given_names() or (surname and word.group() not in common_words()):
            return subject_from(text, word.start(), cue)
    return None


# «یکی از اعضای …» after a comma is an apposition to the name before it: «در پایان این
# مسابقات علی رضایی، یکی از اعضای تیم گفت» is said by «علی رضایی», whom the adverbial
# phrase up to the comma ran into.
_ONE_OF = re.compile(r"\s*یکی از ")
MAX_NAME_WORDS = 4


def _named_before_apposition(
    text: str, clause: int, start: int, cue: int
) -> tuple[int, int] | None:
    """The name ending the opening phrase at the comma before ``start``, where the subject
    after it is an apposition opening «یکی از»: the last words before the comma, two or
    more, that are no ordinary words (a name, given name and surname)."""
    opening = text[clause:start].rstrip()
    if not opening.endswith("،") or _ONE_OF.match(text, start, cue) is None:
        return None
    from khabar.news.people.lexicon import common_words

    comma = clause + len(opening) - 1
    # Sourcing ends at its comma with its place or office: «به گزارش فارس از بندر عباس،».
    phrase = text[max(text.rfind("،", clause, comma), clause - 1) + 1 : comma]
    if _SOURCING.search(phrase):
        return None
    run: list[re.Match[str]] = []
    for word in reversed(list(_WORD.finditer(text, clause, comma))):
        if word.group() in common_words() or word.group() in SUBJECT_STOPS:
            break
        run.insert(0, word)
    if not 2 <= len(run) <= MAX_NAME_WORDS:
        return None
    return run[0].start(), run[-1].end()


_SOURCING = re.compile(r"به گزارش|به نقل از|خبر ?گزاری")


# «در پایان این برنامه «فرید عمران» و … گفتند», «در این روز «غلامرضا رمضانی» … خواست»:
# a phrase of place or time without its comma, then the speaker's name in «».
# Sourcing too: «به نوشته بی‌بی‌سی «فیلیپ هاموند» وزیر خارجه انگلستان … گفت».
_PHRASE_BEFORE_NAME = re.compile(
    r"(?:در|پس از|پیش از|بعد از|طی|به نوشته|به گزارش|به نقل از) (?:[^\s«»\"،.:]+ ){1,4}(?=[«\"])"
)


def _name_after_phrase(text: str, start: int, cue: int) -> re.Match[str] | None:
    """The name in «» after an opening phrase, when it opens with a given name."""
    phrase = _PHRASE_BEFORE_NAME.match(text, start, cue)
    quoted = _QUOTED_NAME.match(text, phrase.end(), cue) if phrase else None
    if quoted is None:
        return None
    from khabar.news.people.lexicon import given_names

    first = quoted[quoted.lastgroup].split(" ", 1)[0]
    return quoted if first in given_names() else None


# «در ادامه نشست خبری وی … گفت»: a subject of the clause dropped, the phrase it opens with
# names the speaker's event, and its possessor is who spoke.
_EVENT_OF = re.compile(
    r"(?:نشست|سخنان|جلسه|مراسم|دیدار|گفتگو|گفت‌وگو|گفت و گو|مصاحبه|سفر)(?: [^\s]+){0,2} "
    r"(?P<who>وی|او)"
)


_WORD = re.compile(r"\S+")
# A place won in a contest is no official: «در این میان یک مقام سوم هم به تیم رسید».
_RANK = r"(?:اول|دوم|سوم|چهارم|پنجم|ششم|نخست|قهرمانی|نایب[ \u200c]?قهرمانی)(?![^\s،.])"
# A source the article leaves unnamed: «یک منبع آگاه», «یک مقام آمریکایی». Plural
# «منابع/مقامات» are such a source only as informants («منابع آگاه»), not as whatever else
# they name («مقامات روسی از این دیدار استقبال کردند», «منابع آبی»).
UNNAMED_SOURCE = (
    rf"(?:(?:یک|برخی|چند) (?:منبع|مقام(?! {_RANK})|مسئول|دیپلمات)|منبعی|مقامی"
    r"|(?:(?:برخی|چند) )?(?:منابع|مقامات)(?: \S+)? (?:آگاه|مطلع|موثق|خبری|نزدیک))"
    r"(?![^\s،؛:.!؟()«»])"
)
_UNNAMED_IN_CLAUSE = re.compile(rf"(?<![^\s،(]){UNNAMED_SOURCE}")
# One a preposition governs («در دیدار با یک مقام آمریکایی گفت») is no subject, nor one
# whose words or deeds a noun names: «در واکنش به اظهارات یک مقام آمریکایی … افزود» has
# its subject dropped, the one who spoke before.
_GOVERNING = frozenset(
    "با از به برای نزد علیه توسط سوی قول اظهارات سخنان گفته گفته‌های ادعا ادعای ادعاهای "
    "اظهارنظر موضع مواضع انتقاد انتقادات اتهام اتهامات تهدید تهدیدات هشدار درخواست "
    "پیشنهاد واکنش پاسخ نامه پیام گزارش مصاحبه گفت‌وگو گفت‌وگوی دیدار سفر حضور اعلام "
    "سوال سؤال پرسش سوالات سؤالات پرسش‌های".split()
)
# Adjectives between such a noun and the source: «به سخنان اخیر یک مقام آمریکایی».
_OF_THE_NOUN = frozenset({"اخیر", "جدید", "تازه"})


# Words that open a clause of its own before the main one: «پس از اینکه», «زمانی که»,
# «وقتی», «اگر».
_SUBORDINATING = frozenset("که اینکه آنکه این‌که آن‌که وقتی چون اگر چنانچه درحالیکه هرچند".split())


def _unnamed_in_clause(text: str, clause: int, cue: int) -> tuple[int, int] | None:
    """The source left unnamed that is the subject of the clause from ``clause`` to the
    speech verb at ``cue``, after a phrase with no comma («در واپسین ساعات روز پنجشنبه یک
    منبع در دولت انگلستان گفت»): the first one no word of :data:`_GOVERNING` governs.
    One in a clause a subordinating word opens and a comma ends is the subject of that
    clause («پس از اینکه یک مقام آمریکایی این خبر را تایید کرد، افزود»); a comma alone
    may end the subject's own words («یک منبع نزدیک به تیم مذاکره‌کننده، در گفت‌وگو با
    خبرنگار ما گفت»)."""
    for m in _UNNAMED_IN_CLAUSE.finditer(text, clause, cue):
        before = text[clause : m.start()].split()
        governed = [w for w in before if w not in _OF_THE_NOUN]
        if governed and governed[-1] in _GOVERNING:
            continue
        if "،" in text[m.end() : cue] and _SUBORDINATING.intersection(before):
            continue
        return m.span()
    return None


# A name in «» or "" opening the subject, its title or the rest of the clause after it:
# «"راس ویلسون"، سفیر آمریکا … گفت», «لوریس چکناواریان» رهبر ارکستر … افزود».
# An honorific may stand before it («دکتر «احمد ابراهیم»», «مرحوم «صاحب عروه»»), and
# real text drops the space after a closing "" («"سعد عبود"در گفت‌وگو …»).
_QUOTED_NAME = re.compile(
    rf"(?:(?:{'|'.join((*HONORIFICS, 'مرحوم', 'شهید'))}) )?"
    r"(?:«(?P<name>[^«»\"\n،.:]{2,40})»(?=[ ،])|\"(?P<ascii>[^«»\"\n،.:]{2,40})\"(?=[ ،]|[^\W\d_]))"
)


_JOINED_TO_CUE = re.compile(rf"{FINITE} و $")


def _before_object(text: str, start: int, end: int, cue: int) -> tuple[int, int]:
    """A name whose clause goes on with an object before the verb ends where the object
    starts: «شکوهی کمبود هتل‌ها را «مشکل قدیمی» دانست و تصریح کرد» is said by «شکوهی».
    The name is the longest opening of the subject that the text writes elsewhere as a
    name, after a given name («فرزانه شکوهی») or opening with one. A clause that goes on
    to the speech verb with «و» after a verb of its own has an object too, with «را» or
    without: «رسولی محلاتی روایتی از حج بیان کرد و گفت»."""
    if text.find(" را ", end, cue) < 0 and not _JOINED_TO_CUE.search(text, end, cue):
        return start, end
    titled = _titles_run_into_object(text, start, end)
    if titled:
        return start, titled
    # people's lexicon imports this module's users: read it when a clause is read.
    from khabar.news.people.lexicon import given_names

    given = given_names()
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    opens_with_given = text[slice(*words[0])] in given
    spaced = text.replace(ZWNJ, " ")
    name_end = None
    for _, word_end in words:
        name = text[start:word_end]
        if not _written_as_name(text, spaced, name, start, given, opens_with_given):
            break
        name_end = word_end
    if name_end and all(word in given for word in text[start:name_end].split()):
        # given names alone name no one: «هادی حق‌شناس … واکنش نشان داد و گفت» beside a
        # «هادی هاشمیان» the text names too
        name_end = None
    if name_end is None and opens_with_given and not text.startswith("،", end):
        name_end = _given_and_surname(text, words, given)
    return (start, name_end) if name_end else (start, end)


# The town or province a title's office is in, one word, ends the title: «فرماندار ویژه
# شهرستان ری», «معاون استاندار استان فارس».
_OFFICE_PLACE = re.compile(r"(?<![^\s])(?:شهرستان|استان|شهر) [^\s،]+")


def _titles_run_into_object(text: str, start: int, end: int) -> int | None:
    """Where the titles opening a subject cut off at :data:`MAX_SUBJECT_WORDS` end, when
    the subject ran on into the object: «معاون استاندار و فرماندار ویژه شهرستان مشهد هدف
    اصلی تشکیل احزاب را … دانست و تصریح کرد»; after the place of the last office, else
    after the titles one after another with «و»."""
    if len(text[start:end].split()) < MAX_SUBJECT_WORDS:
        return None
    place = max((m.end() for m in _OFFICE_PLACE.finditer(text, start, end)), default=end)
    if place < end:
        return place
    at = 0
    for title in find_titles(text[start:end]):
        if title.start != at:
            break
        at = title.end + len(" و ")
    last = at - len(" و ")
    return start + last if 0 < last < end - start else None


def _given_and_surname(
    text: str, words: list[tuple[int, int]], given: frozenset[str]
) -> int | None:
    """Where a name the text writes nowhere else ends in a subject that ran on into the
    object: after its given names and one word, the surname («حمید بیرانوند تکنیک‌های
    به کار رفته را متنوع عنوان کرد», «علی اکبر ولایتی برنامه را …»); None when the
    subject holds no more than that (closed by a comma: «بهرام قاسمی زاده، سخنگوی …»)."""
    surname = 1
    while surname < len(words) and text[slice(*words[surname])] in given:
        surname += 1
    return words[surname][1] if surname < len(words) - 1 else None


def _written_as_name(
    text: str, spaced: str, name: str, at: int, given: frozenset[str], opens_with_given: bool
) -> bool:
    """Whether ``name`` is written elsewhere than at ``at`` as a name: whole, and after a
    given name unless it opens with one. Real text writes a half-space as a space and back
    («غلامحسین رمضان‌پور» … «رمضان پور … را اعلام و اظهار کرد»), so either is either:
    ``spaced`` is ``text`` with its half-spaces as spaces."""
    name = name.replace(ZWNJ, " ")
    i = spaced.find(name)
    while i >= 0:
        end = i + len(name)
        whole = (i == 0 or spaced[i - 1] in ' «("\n') and spaced[end : end + 1] in _NAME_ENDS
        named = opens_with_given or _after_a_given_name(text, name, i, given)
        if i != at and whole and (named or _surname_before_a_title(spaced, name, end)):
            return True
        i = spaced.find(name, i + 1)
    return False


_NAME_ENDS = ("", " ", "،", ".", '"', "»")
# «"سریکژان مامبتالین" رئیس حزب …», «صدیف بدری شهردار اردبیل»: a word before a title's
# head, the closing mark of a quoted name or a comma between.
_TITLE_AFTER = re.compile(r'["»]?،? ?(?P<head>[^\s،.:"«»]+)')


def _surname_before_a_title(spaced: str, name: str, end: int) -> bool:
    """Whether the one word ``name``, no ordinary word and no title, stands before a title
    at ``end``, as a surname does whatever given name (perhaps one no lexicon knows) comes
    before it: «صدیف بدری شهردار اردبیل» … «بدری نمونه این ایثار را … یادآور شد»."""
    from khabar.news.people.lexicon import common_words

    if " " in name or name in HEAD_WORDS or name in common_words():
        return False
    title = _TITLE_AFTER.match(spaced, end)
    return title is not None and title["head"] in HEAD_WORDS


def _after_a_given_name(text: str, name: str, at: int, given: frozenset[str]) -> bool:
    """Whether the word before ``at`` opens a name, or, for a surname no ordinary word, the
    word before that: «فرهاد منتصر کوهساری» writes «کوهساری» as a name too. A surname no
    ordinary word after the word opening the clause that sourcing ends is a name too, its
    given name one no lexicon lists: «به گزارش خبرگزاری فارس از اردبیل، صدیف بدری صبح
    امروز …»."""
    before = text[max(0, at - 60) : max(at - 1, 0)].split()
    if before and _opens_a_name(before[-1], given):
        return True
    from khabar.news.people.lexicon import common_words

    if not before or name in common_words():
        return False
    if len(before) > 1 and before[-2] in given:
        return True
    opening = at - 1 - len(before[-1])
    if _SOURCING_ENDS.search(text, max(0, opening - 160), opening) is None:
        return False
    # A title's or a body's place is no surname: «به گزارش خبرگزاری فارس، استاندار
    # آذربایجان‌شرقی …», «…، دولت ترکیه …».
    from khabar.news.people.shape import is_institution, is_title

    opened = text[opening : at + len(name)]
    return not is_title(opened) and not is_institution(opened)


# Sourcing that the clause after it opens from: «به گزارش خبرگزاری فارس از آمل، ».
_SOURCING_ENDS = re.compile(r"(?<![^\s،])(?:به گزارش|به نقل از) [^،:«»\n]{1,120}، $")


_ONE_WORD_HONORIFICS = frozenset(h for h in HONORIFICS if " " not in h)


def _opens_a_name(word: str, given: frozenset[str]) -> bool:
    """Whether ``word`` may stand before a surname: a given name, given names joined by a
    half-space («محمد‌مهدی افضلی»), or an honorific («آیت‌الله هاشمی رفسنجانی»)."""
    if word in given or word in _ONE_WORD_HONORIFICS:
        return True
    parts = word.split(ZWNJ)
    return len(parts) > 1 and all(part in given for part in parts)


_CITING = re.compile(r"(?<![^\s،])به نقل از ")


def _cited_after(text: str, at: int, cue: int) -> tuple[int, int] | None:
    """Whom the subject cites before the verb: in «رویترز به نقل از یک مقام آمریکایی
    نوشت که …» the words are the official's, the outlet only passes them on."""
    citing = _CITING.search(text, at, cue)
    if citing is None:
        return None
    # «… به نقل از "خالد المظف" مسئول پرونده غرامت‌ها اعلام کرد»: the name in its marks.
    quoted = _QUOTED_NAME.match(text, citing.end(), cue)
    return quoted.span(quoted.lastgroup) if quoted else subject_from(text, citing.end(), cue)


_OUTLET_NOUN = (
    rf"(?:روزنامه|خبرگزاری|شبکه|هفته{ZWNJ}نامه|مجله|نشریه|وبگاه|(?:وب{ZWNJ}?)?سایت|"
    rf"پایگاه (?:خبری|اطلاع{ZWNJ}رسانی)|اندیشکده)"
)
# An outlet by its noun, adjectives saying what kind it is and its name: «روزنامه اقتصادی
# «دنیا»», «خبرگزاری آناتولی», «روزنامه آمریکایی نیویورک تایمز».
_NAMED_OUTLET = re.compile(
    rf"(?<![^\s«(،])(?P<noun>{_OUTLET_NOUN})(?: [^\s«»،.:()]+ی)*"
    r"(?: «(?P<quoted>[^»\n]{1,40})»| (?P<bare>[^\s«»،.:()]+(?: [^\s«»،.:()]+){0,2}))"
)
# «به نوشته این روزنامه،»: the outlet of that kind the story named last.
_THIS_OUTLET = re.compile(rf"(?:این|همین) (?P<noun>{_OUTLET_NOUN})")
# Before an outlet's noun, what makes it name no outlet: «یک روزنامه انگلیسی» (one left
# unnamed), «این روزنامه گفت» (one taken up).
COUNTED_OR_POINTED = re.compile(r"(?<![^\s«(،])(?:یک|این|آن|همین|همان) $")


def outlet_named(text: str, start: int, end: int) -> tuple[int, int]:
    """The name of the outlet the words at ``start``-``end`` stand for, without what kind
    of outlet it is: the words in «», the name after the noun, or for «این روزنامه» the
    name of the paper named last before («یک روزنامه انگلیسی» names none, «این روزنامه
    گفت» takes one up); any other words stand for themselves."""
    this = _THIS_OUTLET.fullmatch(text, start, end)
    if this:
        earlier = [
            m
            for m in _NAMED_OUTLET.finditer(text, 0, start)
            if m["noun"] == this["noun"]
            and not COUNTED_OR_POINTED.search(text, max(0, m.start() - 6), m.start())
        ]
        return _outlet_name(text, earlier[-1]) if earlier else (start, end)
    m = _NAMED_OUTLET.match(text, start, end)
    return _outlet_name(text, m) if m else (start, end)


# A station by its medium and name: «رادیو صدای آمریکا», «تلویزیون شبکه اول تاجیکستان»;
# the medium is a word of the name («رادیو فردا»), kept with it.
_BROADCASTER = re.compile(r"(?:رادیو|تلویزیون)(?: [^\s«»،.:()]+){1,4}")


def names_outlet(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` are an outlet by its kind and name
    («خبرگزاری فرانسه»), a station by its medium («رادیو صدای آمریکا»), or the name in
    «» after its kind («نشریه «بیلد» آلمان»): it speaks for itself, whatever its verb."""
    if _NAMED_OUTLET.fullmatch(text, start, end) or _BROADCASTER.fullmatch(text, start, end):
        return True
    quoted = text[end : end + 1] in ("»", '"')
    return quoted and _KIND_BEFORE_QUOTES.search(text, max(0, start - 60), start) is not None


# «روزنامه اسپانیایی «آاس»», «نشریه «بیلد»»: the kind, perhaps what kind, and a mark.
_KIND_BEFORE_QUOTES = re.compile(rf"(?<![^\s،]){_OUTLET_NOUN}(?: [^\s«»\"،.:()]+){{0,2}} [«\"]$")


_KIND_BEFORE = re.compile(rf"(?<![^\s،]){_OUTLET_NOUN} $")


def with_kind(text: str, start: int, end: int) -> tuple[int, int]:
    """An outlet's name with the kind before it where it names a country («خبرگزاری
    فرانسه» for the «فرانسه» a sourcing chain keeps)."""
    kind = _KIND_BEFORE.search(text, max(0, start - 30), start)
    if kind is None or not _a_country_at(text, start, end):
        return start, end
    return start - len(kind.group()), end


def _named_with_kind(text: str, start: int, cue: int) -> bool:
    """Whether the outlet at ``start`` is named with its kind, for a country's name after
    the adjectives saying what kind it is («خبرگزاری رسمی لبنان»)."""
    outlet = _NAMED_OUTLET.match(text, start, cue)
    return outlet is not None and _outlet_name(text, outlet)[0] == start


def _a_country_at(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` is a country's name: «خبرگزاری فرانسه» is named with
    its kind, since a country alone names no outlet."""
    word = _WORD.match(text, start, end)
    return word is not None and places().get(word.group().rstrip("،")) == "country"


def _outlet_name(text: str, outlet: re.Match[str]) -> tuple[int, int]:
    """An outlet's own name, or with its kind before a country («خبرگزاری فرانسه»)."""
    if outlet["quoted"]:
        return outlet.span("quoted")
    name = subject_from(text, outlet.start("bare"), outlet.end()) or outlet.span("bare")
    return (outlet.start(), name[1]) if _a_country_at(text, *name) else name


# What «این» names after an ordinary noun in a subject: «ساکنین این شهر», «گزارشگر این
# نشریه» are people of a place or an outlet the story named, no one by name.
_THIS_PLACE_OR_OUTLET = frozenset(
    "شهر کشور استان روستا منطقه نشریه روزنامه رسانه شبکه خبرگزاری مجله سایت پایگاه".split()
)


def _of_this(word: str, text: str, at: int) -> bool:
    """Whether «این» at ``at`` goes on the subject ending in ``word``: after a title's head
    («مدیرعامل این شرکت»), or an ordinary noun before a place or an outlet («ساکنین این
    شهر اعلام کردند»); elsewhere it opens the object («رضایی این طرح را …»)."""
    if word in HEAD_WORDS or word == "از":
        return True
    from khabar.news.people.lexicon import common_words

    after = _WORD.match(text, at + 1)
    return (
        word in common_words()
        and after is not None
        and after.group().rstrip("،") in _THIS_PLACE_OR_OUTLET
    )


# «Himself», before the subject: «خود مورائس نیز … گفت».
_HIMSELF = "خود "


def subject_from(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start``, up to where the rest of the clause begins.

    A ministry listing its portfolios («وزارت بهداشت، درمان و آموزش پزشکی») is one word
    of it, its comma no end; a guillemet or a double quote opening a later word ends it,
    as real text sets the title off with a stray one («خانم دانیالی "معاون …»). The
    emphatic «خود» before a name is no part of it: «خود مورائس نیز … گفت»."""
    if text.startswith(_HIMSELF, start) and start + len(_HIMSELF) < cue:
        start += len(_HIMSELF)
    end = start
    listed = _PORTFOLIO.search(text, start, cue)
    inside = range(listed.start(), listed.end()) if listed else range(0)
    words = -1
    for m in _SUBJECT_WORD.finditer(text, start, cue):
        words += m.start() not in inside or m.start() == inside.start
        stop = m.group() in SUBJECT_STOPS and m.group() != "این"
        stop = stop and not _governed(text[start:end], m.group())
        stop = stop and not _share_of(text[start:end], m.group(), text, m.end(), cue)
        if words == MAX_SUBJECT_WORDS or stop:
            break
        if (
            m.group() == "این"
            and words
            and not _of_this(text[start:end].split()[-1], text, m.end())
        ):
            break
        if m.group().startswith(("«", '"')) and words:
            break
        # An aside between dashes is no part of it: «رئیس‌جمهور - که در سفر بود - گفت»
        # (a dash joining words stays: «دانشگاه جامع علمی - کاربردی»).
        if words and _ASIDE.match(text, m.start()):
            break
        end = m.end()
        # A pronoun is a whole subject: «وی سازمان حمایت … را … متهم کرد و گفت که …»;
        # so is «این مسئول»: «این مسئول انتخاب آژانس‌ها را … مورد تاکید قرار داد و گفت».
        comma = text[end : end + 1] == "،" and end not in inside
        pointing = words == 1 and pointing_official(text, *m.span())
        if comma or pointing or (not words and m.group() in _PRONOUNS):
            break
    return (start, end) if end > start else None
