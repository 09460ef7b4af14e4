"""Titles written before the name they belong to. News often gives an office first, as the
subject of the lead or of a sentence («به گزارش خبرگزاری فارس، فرمانده انتظامی استان
کرمان امروز … خبر داد.»), and the holder's name only where the next sentence or paragraph
opens («سردار عبدالرضا ناظری‌مقدم در نشست خبری …»).
"""

import re

from khabar.news.people.edges import HONORIFICS_BEFORE, WORD_AFTER, past_honorifics
from khabar.news.people.lexicon import PRONOUNS, given_names
from khabar.news.people.person import Person
from khabar.news.people.shape import NAME_WORD, VERB_PREFIXES
from khabar.news.quote_subjects import SUBJECT_STOPS
from khabar.news.speech_verbs import SAID
from khabar.news.titles import HEADS, Title, find_titles
from khabar.news.titles.lexicon import singular_head

# The sourcing formula a lead opens with: «به گزارش خبرگزاری فارس،», «به نقل از …،».
_SOURCING = ("به گزارش ", "به نقل از ")
# How a line that is a sentence ends; a line without it heads another item of a roundup.
_SENTENCE_ENDS = (".", "!", "؟", "»", ":")
# What a lead opens with before its clause: nothing, a dateline («خبرگزاری فارس: », «… - »), what
# a paper wrote («روزنامه … با اعلام این خبر نوشت: ») or a sourcing formula («به گزارش
# خبرگزاری فارس، »).
_LEAD_OPENING = re.compile(
    r"(?:[^\n:]{0,80}: ?|[^\n:\-]{2,40} ?- |به (?:گزارش|نقل از) [^\n:،]{0,60}، ?)?$"
)
# What may stand before a name opening a paragraph: sourcing formulas («به گزارش …، به
# نقل از …،») and a quote mark.
_BEFORE_NAME = re.compile(r"(?:به (?:گزارش|نقل از) [^\n:،]{0,120}،\s*)*[«\"\u200c]?")
# The outlet's dateline a lead opens with: «خبرگزاری فارس: », «خبرگزاری فارس - ».
_DATELINE = re.compile(r"[^\n:،.\-]{2,40}(?:: ?| ?- )")
# Connectives a sentence may open with before its subject.
_CONNECTIVE = re.compile(
    r"(?:در همین حال|در این میان|همچنین|در ادامه|در مقابل|از سوی دیگر|از طرف دیگر"
    r"|در عین حال|با این حال|همزمان"
    # the part of the session told: «در ادامه این نشست، », «در پایان مراسم، », «در این جلسه، »
    r"|در (?:ادامه|پایان|ابتدای|آغاز|حاشیه)(?: (?:این|آن))? [^\s،]+|در (?:این|آن) [^\s،]+)، $"
)
# Words of a clause, which no sourcing formula holds: a name after them is the clause's.
_CLAUSE_WORDS = frozenset("که را است بود شد شده کرد".split())
# A sentence's words up to its first comma or stop, and each word of it.
_CLAUSE = re.compile(r"[^\n،.:]*")
_WORD = re.compile(r"\S+")
# A speech verb, which the sentence a surname alone opens goes on to when it is the speaker's.
_SPEECH = re.compile(SAID)
# A colon that opens a quote, not one between digits («ساعت ۱۰:۳۰»).
_QUOTE_COLON = re.compile(r"(?<!\d):(?!\d)")
# How many sentences opening with «وی» a title's holder may go on through before named.
_PRONOUN_SENTENCES = 4
# Words after a name that bring in someone besides: «فاطمه میرانفسی نیز …».
_BESIDES = frozenset({"نیز", "هم"})


def cataphoric_holder(text: str, title: Title, named: dict[int, Person]) -> Person | None:
    """Who holds a title nobody holds yet that opens a sentence: the person, of ``named``
    by where they are first mentioned, whose name opens the next sentence or paragraph,
    a surname alone too («… عسکراولادی با اشاره به …»). A head alone («رئیس‌جمهور») may
    be anyone's and is left."""
    if title.text in HEADS or " " not in title.text or not _opens_sentence(text, title.start):
        return None
    after = _next_sentence(text, title.end)
    if after < 0:
        return None
    head = title.text.split(" ", 1)[0]
    # The body's first paragraph may say the lead again, title first: the name opens the
    # sentence after it («مدیر بازرسی … بازدید کرد. / به گزارش …، مدیر بازرسی … / محمدی
    # فشارکی در این بازدید …»).
    at = _name_at(text, after)
    if text.startswith(f"{head} ", at):
        after = _next_sentence(text, at)
    past = _past_pronouns(text, after)
    person = _named_at(text, past, named) if past >= 0 else None
    if person is None or not _holder_named(text, person, taken_up=past != after):
        return None
    return None if besides_after(text, min(person.mentions)[1]) else person


def lead_holder(text: str, title: Title, named: dict[int, Person]) -> Person | None:
    """Who holds the title a lead's speech opens with, when the paragraph after it names a
    speaker with a title of their own: the lead says in brief what that person says
    («نماینده مجلس گفت: … / به گزارش خبرگزاری فارس، مهدی عیسی‌زاده عضو کمیسیون
    اجتماعی مجلس … یادآور شد: …»), so the person, of ``named`` by first mention, that
    :func:`cataphoric_holder` finds there, if they speak in that sentence too."""
    end = text.find("\n", title.end)
    if _SPEECH.search(text, title.end, len(text) if end < 0 else end) is None:
        return None
    person = cataphoric_holder(text, title, named)
    return person if person is not None and _speaks(text, person) else None


def besides_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` goes on with «نیز» or «هم», which bring in
    someone besides whoever was spoken of: «فاطمه میرانفسی نیز …»."""
    word = WORD_AFTER.match(text, end)
    return word is not None and word[1] in _BESIDES


def _holder_named(text: str, person: Person, taken_up: bool) -> bool:
    """Whether ``person``, whose name opens the sentence after a title, holds it: named in
    full, or by the surname alone in a sentence that goes on with speech (:func:`_speaks`).
    Past sentences that «وی» opens (``taken_up``), only the surname alone, which names
    someone the reader knows already: a full name there brings in someone new."""
    if _full_name(person.name):
        return not taken_up
    return _speaks(text, person)


def _past_pronouns(text: str, at: int) -> int:
    """Where the first sentence from ``at`` on that opens with no pronoun starts: «وی»
    opening the sentences after a title takes up its holder, whom the story may name
    only later («رئیس گروه بازرسان … خواستار … شد. / وی افزود: … / بلیکس گفت: …»). -1
    when none follows."""
    for _ in range(_PRONOUN_SENTENCES):
        word = _WORD.match(text, at) if at >= 0 else None
        if word is None or word[0] not in PRONOUNS:
            break
        at = _next_sentence(text, at)
    return at


def _full_name(name: str) -> bool:
    """Whether ``name`` is a given name and a surname: opening with a listed given name,
    or of two words or more, as real news writes given names no lexicon lists
    («سیدهاشم حسینی‌بوشهری», «غلام‌عسکر کریمیان»)."""
    return " " in name or name.split()[0] in given_names()


def _speaks(text: str, person: Person) -> bool:
    """Whether the sentence a surname alone opens goes on with its speech («… عسکراولادی با
    اشاره به … گفت»), as the lead's title-holder's does; a surname alone doing something
    else («ظریف روز دوشنبه به مسکو خواهد رفت») may be anyone."""
    start = min(person.mentions)[1]
    end = _next_sentence(text, start)
    return _SPEECH.search(text, start, end if end >= 0 else len(text)) is not None


def _named_at(text: str, at: int, named: dict[int, Person]) -> Person | None:
    """The person of ``named`` (by first mention) whose name opens the sentence at
    ``at``, or, after a sourcing formula written without the comma that ends it, the
    first one named in its run of words before a word of a clause: «به گزارش خبرنگار
    خبرگزاری فارس از کرمان محمد نیازی که …»; not «به گزارش فارس مقرر بود که … مشایی»."""
    start = _name_at(text, at)
    person = named.get(start) or _surname_after(text, start, named)
    if person is not None or not text.startswith(_SOURCING, at):
        return person
    clause = _CLAUSE.match(text, at, at + 160)
    for word in _WORD.finditer(text, at, clause.end()):
        if word[0] in _CLAUSE_WORDS or word[0].startswith(VERB_PREFIXES):
            return None
        if (person := named.get(word.start())) is not None:
            return person
    return None


def _surname_after(text: str, at: int, named: dict[int, Person]) -> Person | None:
    """The person of ``named`` known by one word that the word at ``at`` comes before:
    a name in full whose given name is an ordinary word the names were not read with
    («طاهر موهبتی در …», where only «موهبتی» was found, later). Not after a word that
    opens a phrase or clause instead («از موهبتی …», «همچنین موهبتی …»), nor after a noun
    the surname there was read apart from."""
    given = _WORD.match(text, at)
    if given is None or given[0] in SUBJECT_STOPS or given[0] in PRONOUNS:
        return None
    surname = _WORD.match(text, given.end() + 1)
    if surname is None or not NAME_WORD.match(given[0]):
        return None
    found = [p for p in named.values() if p.name == surname[0]]
    # Where the surname there is a mention already, the recognizer read the word before
    # as no part of the name: a noun it ends («دولت اوباما»).
    if len(found) != 1 or surname.span() in found[0].mentions:
        return None
    return found[0]


def _name_at(text: str, at: int) -> int:
    """Where a name opening the sentence at ``at`` starts, past a sourcing formula and the
    honorifics after it: «به گزارش … به نقل از روابط عمومی سپاه عاشورا، سردار …», and
    a quote mark after those: «دکتر «احمد ابراهیم»»."""
    at = past_honorifics(text, _BEFORE_NAME.match(text, at).end())
    return at + 1 if text.startswith(("«", '"'), at) else at


def opens_sentence_named(text: str, at: int) -> bool:
    """Whether the name at ``at``, with the honorifics before it, opens a sentence or
    the clause after a sourcing formula («به گزارش خبرگزاری فارس، سردار …»)."""
    honorifics = HONORIFICS_BEFORE.search(text, max(0, at - 40), at)
    return _opens_sentence(text, honorifics.start() if honorifics else at)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence, past a connective («از سوی دیگر، …»), or the
    lead's clause after its dateline («خبرگزاری فارس: …») or sourcing formula."""
    connective = _CONNECTIVE.search(text, max(0, at - 20), at)
    if text.endswith(("\n", ". "), 0, connective.start() if connective else at):
        return True
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if _DATELINE.fullmatch(line):
        return True
    return line.startswith(_SOURCING) and line.endswith("، ") and line.count("،") == 1


def _next_sentence(text: str, end: int) -> int:
    """Where the words opening the sentence after the one holding ``end`` start, past
    honorifics: in the same paragraph, or opening the next one when that is a sentence;
    -1 when none follows. A colon before the stop opens a quote that runs to the end of
    the paragraph, whose next sentence is still the speaker's («مدیرعامل … گفت: … است.
    برخی می‌گویند …»)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find(". ", end, line_end)
    if stop > 0 and not _QUOTE_COLON.search(text, end, stop):
        return past_honorifics(text, stop + 2)
    following = len(text) - len(text[line_end:].lstrip("\n"))
    line = text[following:].split("\n", 1)[0].rstrip()
    if not line.endswith(_SENTENCE_ENDS):
        return -1
    return past_honorifics(text, following)


def indefinite_holder(
    text: str, title: Title, people: dict[int, Person]
) -> tuple[int, Person] | None:
    """A lead that withholds a name says «یک استاد دانشگاه گفت:» or «یکی از نامزدهای …
    گفت» and gives it where the next paragraph opens («به گزارش …، احمد X در گفت‌وگو
    …»): where the mention «یک TITLE» starts and the person of ``people`` (by first
    mention) named there in full."""
    start = next((title.start - len(one) for one in _ONE if text.endswith(one, 0, title.start)), -1)
    if start < 0:
        return None
    line = text.rfind("\n", 0, start) + 1
    if not _LEAD_OPENING.fullmatch(text, line, start):
        return None
    after = _next_sentence(text, title.end)
    if after < 0:
        return None
    person = _named_at(text, after, people)
    if person is None or " " not in person.name:
        return None
    return start, person


# Where the description of a lead's speaker ends: at the phrases that open what the speech
# is about or where it was given («یک کارگزار معاملات آتی با اشاره به … گفت»), or a comma.
_DESCRIPTION_ENDS = re.compile(
    r" (?:با (?:اشاره|بیان|تاکید|تأکید)|در (?:گفت|نشست|جمع|حاشیه|مصاحبه)|ضمن|امروز|روز"
    r"|صبح|عصر|شب|دیروز)(?![^\s،])|،"
)
# Words of a description of someone whose name is withheld for good: anonymous sources.
_ANONYMOUS = frozenset({"منبع", "مقام", "آگاه", "مطلع", "ناظر", "شاهد", "کاربر"})
_DESCRIPTION_WORDS = 6
# How a lead's speaker is made one of many: «یک …», «یکی از …».
_ONE = ("یکی از ", "یک ")
_ONE_PATTERN = re.compile(rf"(?<![^\s])(?:{'|'.join(_ONE)})")
# A name the speaker asked to withhold: «… که نخواست نامش فاش شود».
_WITHHELD = re.compile(r"(?<![^\s])نخواست(?:ند)? نام")


def lead_descriptions(text: str) -> list[Title]:
    """Descriptions after «یک» of the lead's speaker that open with no head of office,
    read as titles so that the next paragraph's name may hold them: «خبرگزاری فارس: یک
    محقق طب اسلامی گفت: …» gives «محقق طب اسلامی»; never an anonymous source («یک منبع
    آگاه»). After «یکی از», a plural of office, read in the singular: «یکی از نامزدهای
    انتخابات ریاست جمهوری مصر گفت که …» gives «نامزد انتخابات ریاست جمهوری مصر»."""
    found = []
    for m in _ONE_PATTERN.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if not _LEAD_OPENING.fullmatch(text, line, m.start()):
            continue
        line_end = text.find("\n", m.end())
        said = _SPEECH.search(text, m.end(), line_end if line_end >= 0 else len(text))
        if said is None:
            continue
        if _WITHHELD.search(text, m.end(), said.start()):
            continue
        if m[0] == _ONE[0]:
            found.extend(_one_of(text, m.end(), said.start()))
            continue
        stop = _DESCRIPTION_ENDS.search(text, m.end(), said.start())
        end = stop.start() if stop else said.start() - 1
        words = text[m.end() : end].split()
        if 0 < len(words) <= _DESCRIPTION_WORDS and not _ANONYMOUS & set(words):
            found.append(Title(text[m.end() : end], m.end(), end))
    return found


def _one_of(text: str, start: int, said: int) -> list[Title]:
    """The title, in the singular, of a plural of office at ``start`` that goes on to a
    speech verb at ``said``, read as :func:`find_titles` reads a title; none for any
    other plural («یکی از مقامات …»)."""
    plural = _WORD.match(text, start)
    one = singular_head(plural[0]) if plural else None
    if one is None:
        return []
    titles = find_titles(one + text[plural.end() : said])
    if not titles or titles[0].start != 0:
        return []
    return [Title(titles[0].text, start, plural.end() + titles[0].end - len(one))]


# An item of a roundup: a line opening with a dash or star («- سخنگوی دولت: …»).
_ITEM = re.compile(r"[-*•] ?")


def digest_item(text: str, at: int) -> tuple[int, int, int] | None:
    """Where names count for a title at ``at`` in a roundup's item: a press review lists
    headlines of unrelated stories, one a line after a dash («- وزیر خزانه‌داری انگلیس
    اعلام کرد: …», «- جهانگیری: …»), and a title in one is no name's of another. The
    item's start and end, after where the list starts if a colon opens it, so names told
    before it count too: the story before goes on in it («نوبخت … پاسخ داد که مهم‌ترین
    آنها به شرح زیر است: / - سخنگوی دولت درباره … گفت: …» is still his), else 0.
    ``None`` where ``at`` is in no such item."""
    start = text.rfind("\n", 0, at) + 1
    if not _ITEM.match(text, start):
        return None
    end = text.find("\n", at)
    return _opened_by_colon(text, start), start, len(text) if end < 0 else end


def _opened_by_colon(text: str, start: int) -> int:
    """Where the list holding the item at ``start`` starts when the first line before it
    that is neither blank nor an item ends with a colon; 0 when none does."""
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        line = text[before:start].strip()
        if line and not _ITEM.match(line):
            return start if line.endswith(":") else 0
        start = before
    return 0
