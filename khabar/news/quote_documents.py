"""Speech that a statement, an outlet or someone cited carries: «در این بیانیه آمده است
که …», «به گزارش وبگاه خبری «وطن» …، …», «به گفته X، …». The speaker is whoever issued
the statement, the outlet cited or X, not a person named in the clause.
"""

import re

from khabar.gazetteer import given_names
from khabar.news.indirect_speech import paragraph_end, sentence_end
from khabar.news.quote_subjects import (
    HEAD_WORDS,
    SUBJECT_STOPS,
    outlet_named,
    subject_before,
    subject_from,
)
from khabar.news.titles.finder import find_titles

# «در این بیانیه آمده است که …», «در بیانیه پایانی نشست آمده است که …»: what a statement
# or report says, in the words of whoever issued it; «در توضیح این نرم‌افزار آمده است:»
# is a product's own description. Its issuer may be the subject («سازمان بسیج در پایان
# این بیانیه آورده است: …»), or it may stress a point («در این اطلاعیه تأکید شده است: …»).
# A resolution, an indictment or a letter of thanks is quoted the same way: «در همین
# کیفرخواست تصریح شده است: …», and a memoir.
DOCUMENTS = (
    "بیانیه",
    "اطلاعیه",
    "یادداشت",
    "نامه",
    "گزارش",
    "توضیح",
    "توضیحات",
    "قطعنامه",
    "کیفرخواست",
    "تقدیرنامه",
    # A statement's noun with its «ّ» written: «در بیانیّه اصحاب فرهنگ و هنر آمده است:».
    "بیانیّه",
    # News reports, told of by what they say: «در این خبرها آمده است که …».
    "خبر",
    "خبرها",
    # A memoir's lines: «در یکی از خاطرات این کتاب آمده است: …».
    "خاطره",
    "خاطرات",
)
# A message is quoted the same way, but stays out of DOCUMENTS, which people reads as no
# name's first word: «پیام» is a given name too («در بخشی از این پیام آمده است: …»).
_MESSAGE = "پیام"
_DOCUMENT = "|".join(DOCUMENTS)
# Where a statement's noun ends as a word, bare or indefinite («نامه‌ای», «پیامی»).
_NOUN_END = r"(?:ی|\u200cای)?(?![^\s،؛:.«»)])"
# «این/همین» before a statement's noun or a subject: it points back to one named before.
_POINTING_BACK = ("این ", "همین ")


def _named_in(most: int) -> str:
    """A pattern for «در (بخشی از) این بیانیه …»: the statement's noun, then up to ``most``
    words that name it («پیام علی‌اصغر فانی وزیر آموزش و پرورش به مناسبت …»), then
    perhaps a relative clause on it, which names no one who issued it («در گزارش پلیس
    که امروز منتشر شد آمده است …» is the police's)."""
    return (
        rf"(?<![^\s،])در (?:[^\s.،:«»]+ ){{0,4}}?(?P<doc>(?:(?:این|همین) )?"
        rf"(?P<noun>{_DOCUMENT}|{_MESSAGE})"
        rf"(?:\u200cای)?(?: (?!که )[^\s.،:«»]+){{0,{most}}}?)"
        r"(?: که [^.،:«»\n]{1,100}?)?"
    )


# «آمده» after these words is a compound verb's, not a text's: «در این گزارش، نتایج زیر به
# دست آمده است:», «در نامه‌ای که از وزیر به دست آمده است، …», «پدید آمده», «به میان آمده».
_COMPOUND_COMES = (
    "دست پدید پیش وجود گرد فرود کنار فائق نائل نایل بیرون پایین بالا در شمار حساب عمل دنیا میان"
)
_NOT_COMPOUND = "".join(f"(?<!{word} )" for word in _COMPOUND_COMES.split())
# A text may state or claim a point too: «در این گزارش ادعا شده است: «…»».
_SAYS = rf"(?P<cue>(?:{_NOT_COMPOUND}آمده|آورده|(?:ت[أا]کید|تصریح|ادعا) شده)(?: است)?)"
# Real text may set the clause off with a comma instead: «در این گزارش آمده است، …».
DOCUMENT_SAYS = re.compile(rf"{_named_in(10)} {_SAYS}(?:\s+که\s+|\s*،\s*)")
# «در بخشی از این بیانیه آمده است: «…»»: its words given after a colon. The colon marks
# the verb as the statement's past more words naming it, and past a clause of its own
# after a comma: «در بیانیه اهل هنر که در این سفر خوانده شد، آمده است: …», «در این
# بیانیه، مسئله امید مورد توجه قرار گرفته و آمده است: …».
DOCUMENT_DIRECT = re.compile(rf"{_named_in(12)}(?:،[^.:«»\n]{{0,100}}?)? {_SAYS}\s*:\s*")
# «به نقل از دادسرای … آمده است: «…»»: an office's text given after a colon, as directly
# as a speaker's words, and the office's; «در» after the office opens where in the text
# («به نقل از روابط عمومی ستاد در ابتدای بیانیه … آمده است:»), and an office named
# only as «این سازمان» is left to the statement's issuer.
CITED_DIRECT = re.compile(
    r"(?<![^\s،])(?P<cue>به نقل از) (?P<who>[^\s،:«»\n](?:(?! در | این )[^،:«»\n]){1,80}?)"
    r"(?: در [^،:«»\n]{1,60}?)? (?:آمده است|آمده)\s*:\s*"
)
# A statement named where it was issued: «وزارت نفت … با انتشار بیانیه‌ای …»; «به گزارش
# ایسنا» names who reports, not a report. Each noun is whole: a message is «پیام» or
# «پیامی», not the Prophet («پیامبر اکرم») or an outcome («پیامدهای این حمله»), and a
# report no reporters («گزارشگران این سازمان …»), a letter no letter-writing («نامه‌نگاری»);
# but the noun may carry its ezafe's hamza or a possessive («با صدور بیانیهٔ پایانی»,
# «با انتشار بیانیه‌اش», «در پیامش»).
_ISSUED = re.compile(
    rf"(?<![^\s«(،])(?<!به )(?P<noun>{_DOCUMENT}|{_MESSAGE})"
    rf"(?:\u0654|\u200c?(?:اش|شان)|ش)?(?={_NOUN_END})"
)

# «همچنین می‌خوانیم: …» opening a paragraph: a statement quoted before is read on, in the
# words of whoever issued it.
READ_ON = re.compile(r"(?m)^(?:(?:همچنین|نیز) )?(?P<cue>می[\u200c ]?خوانیم)\s*:\s*")

# «این بیانیه می‌افزاید: …»: a statement quoted before as the subject of a speech verb.
_THIS_STATEMENT = re.compile(rf"(?:این|همین) (?P<noun>{_DOCUMENT}|{_MESSAGE})")


def sender_again(
    text: str,
    subject: tuple[int, int] | None,
    quoted: list[tuple[re.Match[str], tuple[int, int]]],
) -> tuple[int, int] | None:
    """The words naming who speaks for ``subject``: for «این بیانیه» or «این پیام», the
    sender of the statement of that noun quoted last before it (``quoted``: each statement
    quoted at its cue, and its sender), who goes on speaking through it; else ``subject``.
    A statement of that noun named since («وزیر نیز بیانیه‌ای صادر کرد. این بیانیه
    می‌افزاید: …») is the one «این» points to, and its sender is not known."""
    this = _THIS_STATEMENT.fullmatch(text, *subject) if subject else None
    if this is None:
        return subject
    before = [
        (cue, sender)
        for cue, sender in quoted
        if cue.end() <= this.start() and cue["noun"] == this["noun"]
    ]
    if not before or _named_since(text, before[-1][0].end(), this):
        return subject
    return before[-1][1]


def _named_since(text: str, start: int, this: re.Match[str]) -> bool:
    """Whether a statement of ``this``'s noun, not pointed back to with «این/همین», is named
    between ``start`` and ``this``."""
    return any(
        m["noun"] == this["noun"] and not text.endswith(_POINTING_BACK, 0, m.start())
        for m in _ISSUED.finditer(text, start, this.start())
    )


# «به گزارش وبگاه خبری «وطن» که از آمریکا به‌روز می‌شود، …»: past the story's own
# sourcing, an outlet named in «» cited for one sentence says it.
_REPORTED_BY = re.compile(
    r"(?<![^\s،])(?P<cue>به گزارش) (?P<who>(?:[^\s،.«»()]+ ){1,3}«[^»\n]{1,40}»)"
    r"(?: که [^،.«»\n]{1,120})?،\s*"
)


def cited_again(text: str) -> list[re.Match[str]]:
    """The «به گزارش X،» of the body after the first, which sources the story itself."""
    first = text.find("به گزارش")
    return list(_REPORTED_BY.finditer(text, first + 1)) if first >= 0 else []


def document_speaker(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """Whose words a statement quoted at ``cue`` (:data:`DOCUMENT_SAYS`,
    :data:`DOCUMENT_DIRECT`) holds: the body or the person it is named with («در بیانیه
    ارتش آمریکا آمده است», «در پیام علی‌اصغر فانی …»), else the clause's subject before
    it («سازمان بسیج در این بیانیه آورده است»), else who issued it (:func:`issuer`), else
    the statement itself (:func:`_statement`). A subject that only points back («این
    کمیسیون») is left to the issuer, named in full."""
    # people's lexicon imports this module's users: read it when a statement is read.
    from khabar.news.people import is_institution

    named = cue.end("noun") + 1
    if is_institution(text[named : cue.end("doc")]):
        return named, cue.end("doc")
    sender = _sent_by(text, named, cue.end("doc"))
    if sender:
        return sender
    subject = subject_before(text, cue.start(), text.rfind("\n", 0, cue.start()) + 1)
    if subject and not text.startswith(_POINTING_BACK, subject[0]):
        return subject
    return issuer(text, cue.start()) or _named_before(text, cue) or _statement(text, cue)


def _named_before(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """Who sent the statement «این پیام», «این بیانیه» at ``cue`` points back to: the name
    after the same noun where the story named it last («در پیام علی‌اصغر فانی … آمده است:
    …» paragraphs before «در ادامه این پیام آمده است: …»), past the nouns that point back
    too. Named last without a name, it is another statement than one named before it
    («نامه محمدجواد ظریف …» paragraphs before «نمایندگان مجلس نامه‌ای … نوشتند»): None."""
    if not text.startswith(_POINTING_BACK, cue.start("doc")):
        return None
    at = text.rfind(cue["noun"], 0, cue.start("noun"))
    while at >= 0:
        # The noun whole: «نامه» is no letter inside «برنامه حسن روحانی» or «روزنامه»,
        # nor «پیام» a message inside «پیامبر اکرم» or «پیام‌رسان».
        ends = _NOUN_ENDS.match(text, at + len(cue["noun"])) is not None
        whole = ends and (at == 0 or text[at - 1] in _BEFORE_A_WORD)
        if whole and not text.endswith(_POINTING_BACK, 0, at):
            start = at + len(cue["noun"]) + 1
            return _sent_by(text, start, paragraph_end(text, start))
        at = text.rfind(cue["noun"], 0, at)
    return None


_BEFORE_A_WORD = " \n«(،"
_NOUN_ENDS = re.compile(_NOUN_END)


def _statement(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The statement a quote at ``cue`` is read from, where nothing names who issued it:
    a statement or «این پیام», which name no one; None for a message named otherwise
    («در پیام رئیس سازمان … تاکید شده است»), which would read as someone called «پیام»,
    and whose quote is left."""
    if cue["noun"] == _MESSAGE and not text.startswith("این ", cue.start("doc")):
        return None
    return cue.span("doc")


def _sent_by(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name right after a statement's noun ending before ``start``, of whoever sent
    it: «پیام علی‌اصغر فانی وزیر آموزش و پرورش به مناسبت …»; none after «پیامی» or
    «بیانیه‌ای». A title alone («پیام رئیس سازمان …») is left: its holder may be anyone;
    so is a given name alone or joined by «و», a word of what it says («پیام امید را به
    مردم رساند», «پیام امید و همدلی»)."""
    words = subject_from(text, start, end) if text[start - 1 : start] == " " else None
    name = text[words[0] : words[1]].split() if words else []
    if len(name) < 2 or name[1] == "و" or name[0] not in given_names():
        return None
    return words


def issuer(text: str, at: int) -> tuple[int, int] | None:
    """Who issued the statement quoted at ``at``: the subject of the latest sentence in
    this paragraph or the one before that names a statement («وزارت نفت نیز با انتشار
    بیانیه‌ای …»)."""
    before = text[: max(text.rfind("\n", 0, at), 0)].rstrip("\n")
    floor = before.rfind("\n") + 1  # where the paragraph before starts
    statements = list(_ISSUED.finditer(text, floor, at))
    # «متن کامل این پیام منتشر شد» points back to a statement issued before: none here.
    if not statements or text.endswith(_POINTING_BACK, 0, statements[-1].start()):
        return None
    issued = statements[-1].end()
    sender = _sent_by(text, issued + 1, paragraph_end(text, issued))
    if sender:
        return sender
    at = statements[-1].start()
    who = subject_before(text, at, text.rfind("\n", 0, at) + 1)
    # «بیست و هشتمین نشست شورای وزیران سازمان همکاری اقتصادی (اکو) … با صدور بیانیه
    # پایانی»: the meeting's body issues it, named without its acronym.
    meeting = _MEETING.match(text, who[0], who[1]) if who else None
    if meeting is None:
        return who
    body = subject_from(text, meeting.end(), at)
    if body is None:
        return who
    aside = text.find(" (", *body)
    return (body[0], aside) if aside > 0 else body


_MEETING = re.compile(r"(?:(?:\S+ و )?\S+مین )?(?:نشست|اجلاس|همایش|کنفرانس) (?=\S)")


# «به گفته X،», «به نوشته «آاس»،», «از نظر وی،», «به باور وی،», «بر اساس اعلام وزارت …،»:
# the clause after the comma is what X says.
_ACCORDING = re.compile(
    r"(?<![^\s،])(?P<cue>به گفته|به نوشته|از نظر|به نظر|به اعتقاد|به عقیده|به باور|به ادعای|"
    r"از نگاه|از دیدگاه|از دید|بر اساس اعلام|طبق اعلام|بنا ?بر اعلام|بنا به اعلام|"
    # what someone said, by its noun: «طبق اظهارات وزیر اقتصاد، …»
    r"طبق اظهارات|بنا ?بر اظهارات|بنا به اظهارات|بر اساس اظهارات)"
    # «به نوشته روزنامه اقتصادی «دنیا»،»: an outlet's kind before its name in «».
    r"\s+(?P<who>[^،.«()]{1,60}?|(?:[^\s،.«»()]+ ){0,3}«[^»]{1,40}»)\s*،\s*"
)
# Real text leaves the comma out after a pronoun: «به گفته وی سفر … انجام می‌شود».
_ACCORDING_TO_HIM = re.compile(
    r"(?<![^\s،])(?P<cue>به گفته|از نظر|به نظر|به اعتقاد|به عقیده|به باور|از نگاه|از دید) "
    r"(?P<who>وی|او|ایشان) +(?=[^\s،])(?!و )"
)
# «به گفته عضو کمیسیون … مجلس شورای اسلامی علت این برخورد …»: a sentence without a
# comma, the words said start where the title after the cue ends.
_ACCORDING_TO_A_TITLE = re.compile(r"(?<![^\s،])(?P<cue>به گفته) (?=[^،.!؟\n]+(?:[.!؟\n]|$))")


# «به گفته یگانه‌کاری در این دوره ۴۶ کتاب …», «به گفته برخی از دیپلمات‌ها میزان …»: a
# sentence opening with the cue and no comma after whose words they are, a word or two
# that a preposition, a time or a number ends.
_ACCORDING_WITHOUT_COMMA = re.compile(
    r"(?:^|(?<=[.!؟\n])) ?(?P<cue>به گفته|به نوشته|به باور|به اعتقاد|به عقیده) (?=[^،])"
)
MAX_HOLDER_WORDS = 2


def opens_attribution(text: str, at: int) -> bool:
    """Whether the text at ``at`` opens with whose words follow («به اعتقاد وزیر ورزش، …»,
    «به گفته وی …»): the story telling, not the one it gives the word to."""
    return any(
        pattern.match(text, at)
        for pattern in (_ACCORDING, _ACCORDING_TO_HIM, _ACCORDING_WITHOUT_COMMA)
    )


# A number is no word of a name: «به گفته یگانه‌کاری ۵ تن از ناشران …» has the words said
# open with it.
_NUMBER = re.compile(r"(?<= )[0-9۰-۹]+(?![^\s])")
# «برخی از دیپلمات‌ها»: some of a group, named after «از».
_SOME_OF = re.compile(r"(?:برخی|بعضی) از [^\s،.]+")


def _held_by_a_few_words(text: str) -> list[tuple[re.Match[str], int]]:
    """Each sentence opening «به گفته X …» without a comma after X: the cue and where X,
    ended by a preposition, a time or a number, ends."""
    found = []
    for m in _ACCORDING_WITHOUT_COMMA.finditer(text):
        if _ACCORDING.match(text, m.start("cue")):
            continue  # a comma ends whose words they are: «به گفته کارشناسان این بانک، …»
        some = _SOME_OF.match(text, m.end())
        if some:
            found.append((m, some.end()))
            continue
        who = subject_from(text, m.end(), sentence_end(text, m.end()))
        number = _NUMBER.search(text, *who) if who else None
        holder = text[who[0] : number.start()].split() if number else []
        if 0 < len(holder) <= MAX_HOLDER_WORDS:
            found.append((m, number.start() - 1))
            continue
        if who is None or len(text[who[0] : who[1]].split()) > MAX_HOLDER_WORDS:
            continue
        after = text[who[1] :].split(maxsplit=1)
        if after and after[0] in SUBJECT_STOPS:
            found.append((m, who[1]))
    return found


def _said_by_a_title(text: str) -> list[tuple[re.Match[str], int]]:
    """Each «به گفته» whose title runs into the words said: the cue and where the title
    ends."""
    found = []
    for m in _ACCORDING_TO_A_TITLE.finditer(text):
        end = sentence_end(text, m.end())
        titles = find_titles(text[m.end() : end])
        if titles and titles[0].start == 0 and titles[0].end < end - m.end():
            found.append((m, m.end() + titles[0].end))
    return found


# «بر اساس برخی خبرها، …», «طبق برخی گزارش‌ها از قرار معلوم، …»: news from no one named,
# the clause after the comma what it says.
_SOME_NEWS = re.compile(
    r"(?<![^\s،])(?P<cue>بر ?اساس|طبق|بنا ?بر|به موجب) "
    r"(?P<who>(?:برخی|بعضی|پاره‌ای)(?: از)? (?:خبرها|اخبار|گزارش‌ها|گزارشها))"
    r"(?: [^\s،.:«»][^،.:«»\n]{0,30})?،\s*"
)


# «از نظر وی،», «به نظر وی،» are views; «از نظر فکری،», «از نگاه اسلام،» are «in terms
# of». A belief («به اعتقاد …», «به عقیده …», «به باور …») or a claim («به ادعای …») is
# always someone's: a name, a title or a group («متخصصان ریه»).
_VIEW_CUES = frozenset({"از نظر", "به نظر", "از نگاه", "از دیدگاه", "از دید"})


# «به اعتقاد من،» is someone's own words (a poem, speech after a colon), not a report.
_FIRST_PERSON = frozenset({"من", "ما"})


def _a_holder_of_views(who: str) -> bool:
    """Whether ``who`` after «از نظر» is someone: a pronoun, «این …», a title, or a
    person's full name («از نگاه حسن روحانی،»)."""
    first, _, rest = who.partition(" ")
    named = first in given_names() and rest != "" and " " not in rest
    return first in ("وی", "او", "ایشان", "این") or first in HEAD_WORDS or named


# «به گفته دیگر» is «in other words»: the story's own words, said again.
_OTHERWISE = "دیگر"


def according_to(text: str) -> list[tuple[re.Match[str], int, tuple[int, int]]]:
    """Each «به گفته X، …» and its kin: the cue, where the words said start, and the
    words naming who says them (an outlet by its own name)."""
    found = [
        (m, start, (m.end(), start))
        for m, start in (*_said_by_a_title(text), *_held_by_a_few_words(text))
    ]
    found += [(m, m.end(), m.span("who")) for m in _SOME_NEWS.finditer(text)]
    for m in (*_ACCORDING_TO_HIM.finditer(text), *_ACCORDING.finditer(text)):
        if m["cue"] in _VIEW_CUES and not _a_holder_of_views(m["who"]):
            continue
        if m["who"].split(" ", 1)[0] in _FIRST_PERSON:
            continue
        who = outlet_named(text, *m.span("who"))
        if text[who[0]] == "«":
            who = (who[0] + 1, who[1] - 1)
        found.append((m, m.end(), who))
    return [f for f in found if text[slice(*f[2])] != _OTHERWISE]
