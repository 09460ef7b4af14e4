"""Resolving one article's mentions to people: names, titles standing alone, «وی» and
«او», descriptions such as «این بازیکن», and the speakers of its quotes.

The names come from :class:`~khabar.news.people.finder.NameFinder` and their titles from
:class:`~khabar.news.people.appositions.Appositions`; what is resolved here is everything
that names someone without their name.
"""

import re

from khabar.gazetteer import surnames
from khabar.news.people.appositions import Appositions, holder_start, served_titles
from khabar.news.people.completions import shared_surnames
from khabar.news.people.counterparts import resolve_counterparts
from khabar.news.people.descriptions import resolve_descriptions
from khabar.news.people.edges import (
    PRAYER,
    holy_given_names,
    honoured,
    of_a_town,
    other_name_after,
    strip_honorific,
    surname_apart,
    surname_joined,
)
from khabar.news.people.finder import NameFinder
from khabar.news.people.holders import TitleHolders
from khabar.news.people.labels import one_of, plural_labels
from khabar.news.people.lexicon import (
    FAMILY_FIRST,
    KIN,
    PRONOUNS,
    SURNAME_PIECES,
    common_words,
    given_names,
    kind_of_person,
)
from khabar.news.people.offices import (
    bare_head_of,
    compatible,
    held_before,
    member_of_house,
    scored_by_title,
)
from khabar.news.people.outlets import OUTLET_NOUNS, after_outlet_noun, outlet_before
from khabar.news.people.person import Person
from khabar.news.people.pronouns import resolve_pronouns, speaker_taken_up, topic_before
from khabar.news.people.repeats import given_names_alone, repeated_names, surname_part
from khabar.news.people.shape import (
    NAME_WORD,
    SOURCE_NOUNS,
    is_institution,
    is_title,
    lone_word_is_name,
    names_document,
    of_an_institution,
    ordinary,
    plural_noun,
)
from khabar.news.places import places
from khabar.news.quote_documents import DOCUMENTS, according_to
from khabar.news.quote_subjects import SUBJECT_STOPS
from khabar.news.speech_verbs import SIMPLE_PAST
from khabar.news.structure import find_paragraphs
from khabar.news.titles import Title, find_titles
from khabar.news.titles.lexicon import STANDALONE
from khabar.text.chars import ZWNJ, key

_DEMONSTRATIVE = re.compile(r"(?<![^\s«(،])(?:این|آن|همین|همان) $")
# Speech verbs that go on with what the subject of the sentence before said, and any
# speech verb after «در ادامه» («فرمانده قرارگاه … در ادامه گفت»).
_GOES_ON = re.compile(
    r" (?:(?:همچنین |در ادامه )?(?:افزود|ادامه داد)(?![^\s،؛:.!؟()«»])"
    rf"|در ادامه (?:سخنان خود )?{SIMPLE_PAST}(?![^\s،؛:.!؟()«»]))"
)
# Words before a title standing alone that make it refer to no one named: «یک
# نخست‌وزیر», «دیگر ملی‌پوش ایران», and a prize's category («بهترین بازیگر مرد»).
_NOT_ONE = ("یک ", "دیگر ", "بهترین ", "برترین ")
# The plural of respect, which speaks of someone as «وی» does but is no mention of them,
# as the annotators read it: «ایشان افزود: …» is still the speaker's words.
_RESPECTFUL = "ایشان"
# «به عنوان» and «به سمت» bring in what someone is made or serves as, a predicate that
# refers to no one: «… که قرار است به عنوان معاون پارلمانی رئیس‌جمهور منصوب شود», «… به
# عنوان «مشاور …» منصوب می‌شوید», «… به سمت مدیرکل … منصوب شد».
_AS_BEFORE = ("به عنوان ", "بعنوان ", "به‌عنوان ", "به سمت ")
# The words that call someone late: «مرحوم ایرج بسطامی», «شهید حسن موسوی».
_LATE_BEFORE = re.compile(r"(?<![^\s«(،])(?:شهید|مرحوم|زنده\u200cیاد) $")
# Whose kin, master or companion someone else is: «فرزند محمد رضایی», «شاگرد استاد محمد
# موسوی»; a person named only so is told of, and holds none of the story's offices.
_RELATIVE_BEFORE = re.compile(
    r"(?<![^\s«(،])(?:فرزند|پسر|دختر|همسر|پدر|مادر|برادر|خواهر|شاگرد|یار)(?: استاد)? $"
)
# A number before a title counts holders: «دو بازیکن این تیم», «۳ وزیر».
_COUNT_BEFORE = re.compile(r"(?<![^\s«(،])(?:دو|سه|چهار|پنج|شش|هفت|هشت|ده|چند|[0-9۰-۹]+) $")
_TITLE_GOES_ON = re.compile(r" ?(?:\(|(?:و|از|یک) )")
# The prayer a name of the revered may close with: «امام خمینی (ره)», «امام صادق(ع)»,
# «حضرت امام خامنه‌ای (مدظله‌العالی)».
_PRAYER = re.compile(
    r" ?\((?:ره|ع|س|ص|عج|قدس سره|مد ?ظله[\u200c ]?(?:ال)?عالی|دام ?ظله[\u200c ]?(?:ال)?عالی)\)$"
)
# «معظم‌له» is the Leader («… از سوی معظم‌له»), which the recognizer may take for a name.
_HE_REVERED = "معظم[\u200c ]?له"
# How Iranian news names the Leader without his name, and «معظم‌له» (he, revered) after
# it: «مقام معظم رهبری», «رهبر معظم انقلاب اسلامی», «رهبر حکیم و دوراندیش انقلاب». Not
# «رهبر کبیر انقلاب» or «رهبر فقید انقلاب», Khomeini.
_LEADER = re.compile(
    rf"مقام معظم رهبری|{_HE_REVERED}|فرمانده(?:ی)? معظم کل قوا"
    r"|رهبر(?: (?:معظم|فرزانه|عالیقدر|حکیم|دوراندیش|بصیر|عزیز|و))* انقلاب(?: اسلامی)?"
)
_LEADER_NAMES = frozenset(key(n) for n in ("خامنه‌ای", "علی خامنه‌ای", "سیدعلی خامنه‌ای"))


# Short vowels and the shadda, which a name is written with once and without after:
# «جیمز کلَپِر» is «کلپر» again.
_HARAKAT = re.compile("[\u064b-\u0652]")


_WORD_AFTER = re.compile(r" ([^\s،؛:.!؟()«»\"]+)")


def _surnames_spaced(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans with the rest of a compound surname typed with a space taken in, where
    the article writes that name whole elsewhere: «شهرام میراب اقدم» read as «شهرام
    میراب» is «شهرام میراب‌اقدم» of the headline."""
    whole = {key(text[s:e]) for s, e in spans}
    found = set()
    for start, end in spans:
        rest = _WORD_AFTER.match(text, end)
        joined = rest is not None and key(text[start:end] + rest[1]) in whole
        found.add((start, rest.end()) if joined else (start, end))
    return found


def _plain(name: str) -> str:
    """An Arabic name as Persian writes it either way: without the article «ال» on its
    words («عواد البندر» is «عواد بندر») but for a given name's («الهام»), and with «ی»
    for «ئ» before «ی» («طباطبائی» is «طباطبایی»); any name without its short vowels."""
    words = [
        w[2:] if w.startswith("ال") and len(w) > 4 and w not in given_names() else w
        for w in _HARAKAT.sub("", name).replace("ئی", "یی").split(" ")
    ]
    return " ".join(words)


# The lineages of sayyids, which a surname may open with before the name its bearer is
# called by alone: «بهشتی» of «سید محمد حسینی‌بهشتی», «طباطبایی‌نژاد» aside.
_LINEAGES = frozenset("حسینی حسنی موسوی رضوی هاشمی طباطبایی علوی".split())
_PERSIAN_SURNAME_ENDS = ("ی", *SURNAME_PIECES)


def _foreign_given(word: str, surname: str) -> bool:
    """Whether ``word`` before ``surname`` reads as a foreign given name: no listed word,
    nothing ending like a Persian surname («احمدی», «احمدی‌نژاد»), the surname no piece
    of a Persian one."""
    common = common_words()
    return (
        len(word) > 2
        and surname not in SURNAME_PIECES
        and not word.endswith(_PERSIAN_SURNAME_ENDS)
        and word not in given_names()
        and not ordinary(word, common)
    )


# Texts that speak: the statements of :mod:`khabar.news.quote_documents` and a message.
_TEXTS = frozenset({*DOCUMENTS, "پیام"})


def _no_one_named(noun: str) -> bool:
    """Whether «این» and ``noun`` describe no one named person: several people («این
    مقامات», «این کارشناسان»), a source the article leaves unnamed («یک منبع آگاه …
    این منبع افزود»), or a text («این پیام می‌افزاید», «این بیانیه»), whose words are
    its issuer's, read as a statement's. A listed word in «ـان» is a singular noun
    («این جوان», «این گروگان», «این پهلوان»), which takes up the person described
    before."""
    common = common_words()
    if noun in SOURCE_NOUNS or noun in _TEXTS:
        return True
    return plural_noun(noun, common) and noun not in common


def _demonstrative_inside(title: str) -> bool:
    """«دبیرکل این سازمان», «رئیس این کمیسیون»: a description that takes up someone
    named before, not a title of theirs."""
    return "این" in title.split()


def _half_of_surname(full: str, name: str) -> bool:
    """Whether ``name`` is only the second half of a surname joined by a half-space,
    itself a surname: «سردار سلیمانی» is not «حسن علیدادی‌سلیمانی»; after a given name
    or a sayyid's lineage it is the surname proper («مشایی» of «اسفندیار رحیم‌مشایی»,
    «بهشتی» of «حسینی‌بهشتی»)."""
    if not full.endswith(f"{ZWNJ}{name}"):
        return False
    first_half = full.rsplit(" ", 1)[-1].partition(ZWNJ)[0]
    return not (first_half in given_names() or first_half in _LINEAGES)


def _written_for(full: str, name: str) -> bool:
    """Whether ``name`` may be written for someone called ``full``: the same name, the
    surname alone, or the first words of a fuller name."""
    k, pk = key(name), key(full)
    if pk == k or (
        pk.endswith(k) and " " in full and len(k) > 2 and not _half_of_surname(full, name)
    ):
        return True
    if surname_part(full, name):
        return True
    # A full name written again without the «ی» it ends with: «علی اسماعیل» for «علی
    # اسماعیلی», a slip real text makes; two such people in one story are not.
    if " " in full and " " in name and k + "ی" == pk:
        return True
    words, theirs, apart = name.split(), full.split(), surname_apart(full).split()
    # Without the father's name in the middle: «سمیر قنطار» of «سمیر سامی قنطار».
    if len(words) == 2 and len(theirs) == 3 and words == [theirs[0], theirs[2]]:
        return True
    # «بهرام قاسمی» of «بهرام قاسمی‌زاده» too, however the text spelled the surname.
    prefix = len(apart) > len(words) and apart[: len(words)] == words
    # A foreign given name alone: «وینگو» of «وینگو بگوویچ», «برانکو» of «برانکو
    # ایوانکوویچ»; not a piece of a Persian surname written apart («رجب زاده»); and a
    # name without the town it tells its bearer by: «سعدی» of «سعدی شیرازی».
    if prefix and len(theirs) == 2 and _foreign_given(words[0], theirs[1]):
        return True
    if prefix and len(theirs) == 2 and of_a_town(theirs[1]):
        return True
    # East Asian names open with the family name: «فام» of «فام تی لان», «وانگ» of
    # «وانگ جیان‌هوا».
    family_first = words[0] not in common_words() and (len(theirs) == 3 or words[0] in FAMILY_FIRST)
    return prefix and (len(words) >= 2 or words[0] in given_names() or family_first)


def _written_as(full: str) -> set[tuple[str, ...]]:
    """What a name :func:`_written_for` finds written for ``full`` shares with it, so that
    a person is looked up by it rather than tried against every name of a long list: an
    ending of its spelling; the start of its surname up to a half-space; its first word,
    or first two with its compound surnames written apart; its first and third words."""
    k = key(full)
    rest = full.partition(" ")[2].split(" ", 1)[0]
    apart, theirs = surname_apart(full).split(), full.split()
    return {
        *(("end", k[i:]) for i in range(len(k) - 2)),
        ("end", k),
        *(("part", rest[:i]) for i, c in enumerate(rest) if c == ZWNJ),
        ("part", rest),
        *(("lead", w) for w in apart[:1]),
        *([("pair", *apart[:2])] if len(apart) > 1 else []),
        *([("skip", theirs[0], theirs[2])] if len(theirs) == 3 else []),
    }


def _written_as_any(name: str) -> set[tuple[str, ...]] | None:
    """What :func:`_written_as` gives of every ``full`` that ``name`` may be written for,
    or None where a name of no words leaves only trying them all."""
    words = name.split()
    if not words:
        return None
    k = key(name)
    signs = {("end", k), ("end", k + "ی")}
    if " " not in name:
        signs.add(("part", name))
    if len(words) == 1:
        return signs | {("lead", words[0])}
    return signs | {("pair", *words[:2]), *([("skip", *words)] if len(words) == 2 else [])}


# «عده‌ای», «نزدیک‌تر», and an Arabic plural («تحقیقات گفت»): no one's surname.
_NOT_A_NAME = re.compile("(?:\u200c(?:ای|تر|ترین)|ات)$")


def _surname_alone(subject: str) -> bool:
    """Whether a speech verb's one-word subject is the surname the story calls its speaker
    by, an ordinary word or not («روحانی گفت», «عارف …», «نوبخت نیز گفت»), not a word
    that tells what kind of person speaks, nor one such word made indefinite («مردی گفت»,
    «دانشجویی …»)."""
    return " " not in subject and not kind_of_person(subject) and not _NOT_A_NAME.search(subject)


# Heads a surname follows as whose they are, not as a given name: kin, a team or an
# office, a client's lawyer («خانواده موهبتی», «تیم ترامپ», «وکیل …»), or what someone
# wrote («مقاله فارن پالیسی در ادامه می‌گوید»).
_WHOSE = KIN | frozenset(
    "خانواده فرزندان عمو دایی نوه تیم ستاد دولت کابینه دفتر حامیان هواداران طرفداران "
    "مخالفان یاران اطرافیان نزدیکان دوستان وکیل وکلای مقاله سرمقاله یادداشت گزارش".split()
)


class People(TitleHolders):
    """Resolves the mentions of one article's text to people."""

    def __init__(
        self,
        text: str,
        names: list[tuple[int, int]],
        subjects: list[tuple[int, int]] = (),
        body: int = 0,
        quoted: list[tuple[int, int]] = (),
        headline: list[tuple[int, int]] = (),
        others: list[tuple[int, int]] = (),
    ) -> None:
        """``names`` from the recognizer; ``subjects`` of speech verbs may be names too.
        Titles are read from ``body`` on (after the headline); ``quoted`` are the spans of
        direct quotes, whose pronouns and names are the speaker's words, not the story's;
        the recognizer's ``headline`` names only vouch for the body's, and its ``others``
        (bodies, places, works) hold no listed name of someone."""
        self.text = text
        self.body = body
        self.quoted = list(quoted)
        self._headings = [(p.start, p.end) for p in find_paragraphs(text) if p.role == "subheading"]
        self.people: list[Person] = []
        # Where in ``people`` each named person is, by what their names share with any
        # name written for them (:func:`_written_as`).
        self._filed: dict[tuple[str, ...], set[int]] = {}
        self._by_span: dict[tuple[int, int], Person] = {}
        self._pending: list[tuple[tuple[int, int], Person]] = []
        self._described: set[int] = set()  # people only a lead's «یک TITLE» has titled
        self._subjects = sorted(subjects)
        self._kept: set[int] = set()  # the named people, by id, once finished
        finder = NameFinder(text, body, others)
        self.outlets = finder.outlets
        # Outlets the body cites by what they wrote, their name in «» («به نوشته «نیویورک
        # تایمز»،»), which go on by name alone («نیویورک تایمز می‌نویسد: …»).
        self._cited = {
            key(text[slice(*who)])
            for m, _, who in according_to(text)
            if m["cue"] == "به نوشته" and text[who[0] - 1 : who[0]] == "«"
        }
        spans = finder.find(names, subjects, headline)
        self._recognized = finder.repeated
        # The recognizer's one-word people that the list of surnames holds: «کروبی» is a
        # surname, though the web writes it as often as an ordinary word.
        self._surnamed = {
            text[s:e] for s, e in names if " " not in text[s:e] and text[s:e] in surnames()
        }
        self._surnames_speaking = {(s, e) for s, e in subjects if _surname_alone(text[s:e])}
        stops = frozenset(s for s, _ in spans)
        self.titles = [t for t in find_titles(text, stops) if t.start >= body]
        # A title holds no name but where it lists a member's towns («نماینده مردم
        # اردبیل، نیر، نمین و سرعین»): a name inside one is a town. A subject the recognizer
        # did not name that opens with whose kin, team or office it is («تیم ترامپ اعلام
        # کرد») is no person's name.
        recognized = set(names)
        spans = {
            (s, e)
            for s, e in spans
            if not any(t.start < s and e <= t.end for t in self.titles)
            and ((s, e) in recognized or text[s:e].split(" ", 1)[0] not in _WHOSE)
            and not re.fullmatch(_HE_REVERED, text[s:e])
        }
        spans = _surnames_spaced(text, spans)
        # Longest first, so a shorter name is found inside a fuller one; of two spellings
        # as long, the first written names the person («طباطبایی» before «طباطبائی»).
        for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
            self._add_name(start, end)
        ordered = sorted(spans)
        # A title naming whom its office serves, its name a person of their own.
        opening = {t.start for t in self.titles}
        served = [t for t in served_titles(text, body, ordered) if t.start not in opening]
        self.titles = sorted([*self.titles, *served], key=lambda t: t.start)
        self._other_names(ordered)
        Appositions(text, body, self.titles, self._by_span).attach(ordered)
        self._grouped: dict[int, set[str]] = {}
        for span, title in plural_labels(text, body, ordered):
            self._by_span[span].add_title(title)
            self._grouped.setdefault(id(self._by_span[span]), set()).add(key(title))
        for span, title in one_of(text, body, ordered):
            self._by_span[span].add_title(title)
        self._exact_titles()
        self._cataphoric_titles()

    def _other_names(self, spans: list[tuple[int, int]]) -> None:
        """The other name someone goes by is a mention of theirs, not another person:
        «لوسیانو پریرا ملقب به شیمبا» (:func:`.edges.other_name_after`)."""
        ends = dict(spans)
        for start, end in spans:
            other = other_name_after(self.text, end, ends)
            if other is None:
                continue
            person = self._by_span[(start, end)].final()
            namesake = self._by_span.get(other) or self._find(self.text[slice(*other)])
            if namesake is not None and namesake.final() is not person:
                person.absorb(namesake.final())
            if other not in self._by_span:
                person.mentions.append(other)
                self._by_span[other] = person

    def _exact_titles(self) -> None:
        """A title standing alone that is exactly one a named person was given refers to
        them, known before speakers are resolved: «»، وزیر امور خارجه کشورمان … گفت. وی
        افزود» takes up the minister."""
        for title in self.titles:
            span = (title.start, title.end)
            described = _DEMONSTRATIVE.search(self.text, max(0, title.start - 6), title.start)
            if span in self._by_span or described or not self._alone(title):
                continue
            found = scored_by_title(title.text, self.people)
            if found is not None and found[0] == 2.0:
                found[1].add_title(title.text)
                found[1].mentions.append(span)
                self._by_span[span] = found[1]

    def _find(self, name: str, at: int | None = None) -> Person | None:
        """A known person this name also names: the same name, the surname alone, or the
        first words of a fuller name («بهرام قاسمی» of «بهرام قاسمی زاده»). Of two people
        sharing a surname, a surname at ``at`` is the one the text brought in last before."""
        found = [p for p in self._namesakes(name) if self._names(p.name, name)]
        if at is not None and len(found) > 1:
            before = [p for p in found if p.mentions and min(p.mentions)[0] < at]
            if before:
                return max(before, key=lambda p: min(p.mentions)[0]).final()
        return found[0].final() if found else None

    def _namesakes(self, name: str) -> list[Person]:
        """The named people ``name`` may be written for, in the order they were met: those
        filed under what it shares with them, not every person of a long list of names."""
        shared = [_written_as_any(name), _written_as_any(_plain(name))]
        if None in shared:
            return [p for p in self.people if p.name is not None]
        found = set().union(*(self._filed.get(s, ()) for signs in shared for s in signs))
        return [p for p in map(self.people.__getitem__, sorted(found)) if p.name is not None]

    def _file(self, person: Person, at: int) -> None:
        """File ``person``, ``people[at]``, under what their name shares with any name
        written for them, as written and in the other spelling of an Arabic name."""
        for sign in _written_as(person.name) | _written_as(_plain(person.name)):
            self._filed.setdefault(sign, set()).add(at)

    @staticmethod
    def _names(full: str, name: str) -> bool:
        """Whether ``name`` may be written for someone called ``full``, as written or in
        either spelling of an Arabic name (:func:`_plain`); as written, since a
        compound's second half may open with «ال» too: «میرتاج الدینی» of «محمدرضا میر
        تاج‌الدینی»."""
        return _written_for(full, name) or _written_for(_plain(full), _plain(name))

    def _add_name(self, start: int, end: int) -> Person:
        name = surname_joined(self.text[start:end])
        if holy_given_names(self.text, start, end):
            # A holy figure's given name is no one else's («علی (ع)» is not «علی
            # لاریجانی»), but theirs wherever «امام» or the blessing names it again,
            # in full or in part («امام جعفر صادق» of «امام محمدجعفر صادق (ع)»).
            same = (p for p in self.people if p.name and self._holy_namesake(p, name))
            person = next(same, None)
        else:
            person = self._find(name, start)
        if person is None:
            person = Person(name)
            self.people.append(person)
            self._file(person, len(self.people) - 1)
        person.mentions.append((start, end))
        self._by_span[(start, end)] = person
        return person

    def _holy_namesake(self, person: Person, name: str) -> bool:
        """Whether ``name``, a holy figure's given names, is ``person``'s: the same name, or
        two words or more of a holy figure's fuller name; one word of it may be another
        figure's («حضرت محمد (ص)», not «امام محمد باقر (ع)»)."""
        if key(person.name) == key(name):
            return True
        holy = all(holy_given_names(self.text, s, e) for s, e in person.mentions)
        return holy and " " in name and self._names(person.name, name)

    def resolve(self, start: int, end: int, last: Person | None) -> Person | str | None:
        """Who a speaker mention names: a person, an institution's name, or nobody."""
        start, end = self._bare(start, end)
        end = self._title_end(start, end)
        phrase = self.text[start:end]
        if _LEADER.fullmatch(phrase):
            return self._leader(start, end)
        known = (
            self._by_span.get((start, end))
            or self._by_span.get(self._first_title(start, end))
            or self._name_before_title(start, end)
        )
        if known is not None:
            return known
        if names_document(phrase):
            return None
        if phrase in PRONOUNS:
            skipped = [*self.quoted, *self._headings]
            person = speaker_taken_up(self.text, start, self._by_span, skipped, last)
        elif phrase.startswith(("این ", "آن ")):
            noun = phrase.split()[1]
            if noun in OUTLET_NOUNS:
                return outlet_before(self.text, start, noun)
            goes_on = bool(_GOES_ON.match(self.text, end))
            if _no_one_named(noun) or self._anonymous_before(start, noun, goes_on):
                return None
            described = self._by_title(phrase.split(" ", 1)[1], loose=True)
            topic = topic_before(self.text, start, self._by_span, self.quoted)
            if goes_on:  # «این نماینده مجلس افزود»: who spoke on
                described = topic or described
            person = described or topic or last
        elif is_title(phrase) or self._titled_span(start, end):
            phrase = self._opening_title(start, phrase)
            end = start + len(phrase)  # the mention is the title, not the clause run on to
            person = self._by_title(phrase)
            taken_up = last is not None and (
                self._continues(end, phrase, last.final().titles)
                or bare_head_of(phrase, last.final().titles)
                or member_of_house(phrase, last.final().titles)
            )
            if person is None and taken_up:
                person = last.final()
                person.add_title(phrase)
            elif person is None:
                person = Person(None, titles=[phrase])
                self.people.append(person)
                self._pending.append(((start, end), person))
            elif not _demonstrative_inside(phrase):
                person.add_title(phrase)
        elif is_institution(phrase):
            return None if "یکی" in phrase.split() else phrase
        elif (
            key(phrase) in self.outlets
            or key(phrase) in self._cited
            or after_outlet_noun(self.text, start)  # «روزنامه دیلی میل گزارش کرد»
        ):
            return phrase
        else:
            person = self._find(phrase, start) or self._named_in_full(phrase)
        if person is not None:
            if phrase != _RESPECTFUL:
                person.mentions.append((start, end))
            self._by_span[(start, end)] = person
        return person

    def _titled_span(self, start: int, end: int) -> bool:
        """Whether a title read from the text spans exactly ``start`` to ``end``: one that
        opens with no head («نخستین مربی هادی ساعی»)."""
        return any(t.start == start and t.end == end for t in self.titles)

    def _bare(self, start: int, end: int) -> tuple[int, int]:
        """A subject without the honorifics it opens with, one run after another
        («حضرت امام خامنه‌ای»), and the prayer it closes with («(مدظله‌العالی)»)."""
        prayer = _PRAYER.search(self.text, start, end)
        end = prayer.start() if prayer and prayer.start() > start else end
        while (bare := strip_honorific(self.text, start, end)) != (start, end):
            start, end = bare
        return start, end

    def _leader(self, start: int, end: int) -> Person | None:
        """The Leader a designation names, where the article names him («خامنه‌ای»);
        nobody else may hold the title, Khomeini as the other «امام» least of all."""
        leader = next(
            (p.final() for p in self.people if p.name is not None and key(p.name) in _LEADER_NAMES),
            None,
        )
        if leader is None:
            return None
        if not self.text.startswith("معظم", start):
            leader.add_title(self.text[start:end])
        leader.mentions.append((start, end))
        self._by_span[(start, end)] = leader
        return leader

    def _named_in_full(self, phrase: str) -> Person | None:
        """The person the story calls by the surname a subject of two words ends with,
        its first word a given name that is an ordinary word too, which the names were
        not read with («طاهر موهبتی … افزود» of «موهبتی», «کیاست سپهری», «فاضل
        لاریجانی»): the speaker is named in full there, so that is their name."""
        given, _, surname = phrase.partition(" ")
        if not surname or " " in surname or not NAME_WORD.match(given) or is_title(phrase):
            return None
        if given in SUBJECT_STOPS or given in PRONOUNS or given in _WHOSE or given.endswith("اً"):
            return None
        if given.endswith("ی") and given[:-1] in common_words():  # «نیروی انتظامی»
            return None
        known = [
            i for i, p in enumerate(self.people) if p.merged_into is None and p.name == surname
        ]
        if len(known) != 1:
            return None
        self.people[known[0]].name = phrase
        self._file(self.people[known[0]], known[0])
        return self.people[known[0]]

    def _name_before_title(self, start: int, end: int) -> Person | None:
        """The person a subject names when it is their name and title without a comma,
        either way round: «سعید بهمنی‌زاده رئیس فدراسیون تکواندو در گفت‌وگو با … تأکید
        کرد», «فرمانده نیروی دریایی ارتش دریادار شهرام ایزدپناه … اعلام کرد»."""
        opening = []
        for (s, e), person in self._by_span.items():
            if s == start and e < end:
                if is_title(self.text[e + 1 : end]):
                    return person
                opening.append((e, person))
            if e == end and start < s and self._titled_before(start, s):
                return person
        return self._full_name_described(start, opening)

    def _full_name_described(self, start: int, opening: list[tuple[int, Person]]) -> Person | None:
        """The person a subject opens with in full (``opening``: where the names starting
        it end, and whose) when words no title list knows describe them after it, up to
        the clause's adverbials: «عیسی محمدی جانباز شیمیایی دفاع مقدس در گفت‌وگو با خبرنگار
        فارس اظهار داشت». Joint speakers are the first one named, as the annotators read
        them: «عیسی محمدی و رضا کریمی … اظهار داشتند»."""
        if len(opening) != 1 or " " not in self.text[start : opening[0][0]]:
            return None
        name_end, person = opening[0]
        return person if self.text[name_end] == " " else None

    def _titled_before(self, start: int, name: int) -> bool:
        """Whether a title from ``start`` and honorifics fill the words before the name at
        ``name``: «فرمانده نیروی دریایی ارتش دریادار شهرام ایزدپناه … اعلام کرد»."""
        return any(t.start == start and holder_start(self.text, t.end) == name for t in self.titles)

    def _refers(self, at: int) -> bool:
        """Whether a title standing alone at ``at`` can refer to someone: not «یک
        نخست‌وزیر» (anyone), «دیگر ملی‌پوش ایران» (someone else), «بهترین بازیگر مرد» (a
        prize's category), «دو بازیکن این تیم»
        (a group), «به عنوان …» (a part taken up, :data:`_AS_BEFORE`) or the end of an
        institution's name, and not inside a direct quote,
        where the speaker's words name offices, not the story's people, nor in a
        subheading, which names a topic («جانشین فرماندهی در صحنه عملیات»)."""
        if self.text.endswith(_NOT_ONE, 0, at) or of_an_institution(self.text, at):
            return False
        if self.text.endswith(_AS_BEFORE, 0, at - 1 if self.text[at - 1 : at] in '«"' else at):
            return False
        if _COUNT_BEFORE.search(self.text, max(0, at - 12), at):
            return False
        return not self._in_quote(at) and not any(s <= at < e for s, e in self._headings)

    def _alone(self, title: Title) -> bool:
        """Whether a title standing alone may refer to someone: see :meth:`_refers`; two
        heads joined («سرمربی و کاپیتان تیم ملی») name two people, a mention of neither."""
        return not title.held and self._refers(title.start)

    def _in_quote(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.quoted)

    def _anonymous_before(self, at: int, noun: str, goes_on: bool) -> bool:
        """Whether «این مقام» takes up «یک مقام آگاه» of the sentence before, or, when it
        ``goes_on`` («افزود»), the last speaker before it however far back («یک دیپلمات
        غربی گفت … . جان کری … . این دیپلمات افزود»): someone the article does not name."""
        boundary = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
        previous = max(self.text.rfind(". ", 0, boundary), self.text.rfind("\n", 0, boundary))
        if f"یک {noun}" in self.text[previous + 1 : at]:
            return True
        if not goes_on:
            return False
        spoke = [self.text[s:e] for s, e in self._subjects if e <= at]
        return bool(spoke) and f"{spoke[-1]} ".startswith(f"یک {noun} ")

    def _first_title(self, start: int, end: int) -> tuple[int, int] | None:
        """The first of titles joined by «و» that a subject opens with («وزیر نیرو و سرپرست
        وزارت نفت، علی ربیعی»): its holder is the subject's, and the joint is no title."""
        return next(
            (
                (x.start, x.end)
                for x in self.titles
                if x.start == start < x.end < end and self.text.startswith(" و ", x.end)
            ),
            None,
        )

    def _title_end(self, start: int, end: int) -> int:
        """The end of the title a subject opens with: the subject stops at «در», while
        «سفیر عراق در تهران» is one title."""
        return max([end] + [t.end for t in self.titles if t.start == start])

    def _opening_title(self, start: int, phrase: str) -> str:
        """The title a subject opens with, without the words of the clause the subject ran
        on to: «استاندار خراسان شمالی بیان آسیب‌های حوزه سوادآموزی را لازم دانست» is said
        by «استاندار خراسان شمالی». What goes on with «و», «از», «یک» or brackets is the
        title still («رییس دیوان عالی کشور و دادستان کل کشور», «… منطقه یک شهرداری»)."""
        ends = [t.end for t in self.titles if t.start == start and t.end < start + len(phrase)]
        if not ends or _TITLE_GOES_ON.match(self.text, max(ends)):
            return phrase
        return self.text[start : max(ends)]

    def _continues(self, end: int, title: str, titles: list[str]) -> bool:
        """«رئیس ستاد اربعین همچنین … توصیه کرد», «معاون اول دولت نهم افزود»: «همچنین»
        or «افزود» after a speaker's title says the one who spoke before, holding
        ``titles``, goes on, so a title nobody holds yet is theirs. After «افزود» only a
        title they may hold too, or one of a post held before: «… رئیس شورای اسلامی شهر
        گفت: … شهردار افزود: …» is another speaker, named by another office."""
        if self.text.startswith(" همچنین ", end):
            return True
        goes_on = bool(_GOES_ON.match(self.text, end))
        return goes_on and (compatible(title, titles) or held_before(title))

    def _by_title(self, phrase: str, loose: bool = False) -> Person | None:
        """The person whose title is ``phrase``, or shares its head and most of its words.

        ``loose`` drops the head requirement, for descriptions such as «این اقتصاددان».
        """
        found = scored_by_title(phrase, self.people, loose)
        return found[1] if found else None

    def finish(self) -> list[Person]:
        """Settle standalone titles and pronouns and return the named people."""
        for title in self.titles:
            span = (title.start, title.end)
            if self._resolved_around(span) or not self._alone(title):
                continue
            found = scored_by_title(title.text, self.people)
            # A title that may be two coordinated ones («وزیر آموزش و پرورش») is one
            # person's only when it is a title they hold, exactly or without the place
            # it ends with («مدیر بازرسی و نظارت اصناف استان» of «… استان اصفهان»).
            if found is not None and (not title.split or found[0] >= 1.5):
                score, person = found
                # A title that only resembles one the person has («وزیر» for «وزیر نیرو»),
                # or a description («این اقتصاددان»), refers to them without a new title;
                # a head that is a whole title alone is one («امام جمعه», «استاندار»).
                described = _DEMONSTRATIVE.search(self.text, max(0, title.start - 6), title.start)
                whole = score >= 1.5 or title.text in STANDALONE
                if whole and not described and not _demonstrative_inside(title.text):
                    person.add_title(title.text)
                self._by_span[span] = person
                # The demonstrative is part of the description: «این نماینده مجلس».
                person.mentions.append((described.start(), title.end) if described else span)
        for (start, _), holder in self._pending:
            if holder.merged_into is None:
                owner = self._owner(start, holder.titles[0])
                if owner is not None:
                    owner.absorb(holder)
        resolve_descriptions(self.text, self.body, self._by_span, self.quoted)
        named = shared_surnames(self.text, self._named())
        repeated_names(self.text, self.body, self.people, named)
        given_names_alone(self.text, self.body, self.people, named)
        # Pronouns last, so that a surname written again counts among those named before.
        spans = {m: p for p in named for m in p.mentions} | self._by_span
        resolve_counterparts(self.text, self.body, spans, named, self.quoted)
        resolve_pronouns(self.text, self.body, spans, self.quoted)
        self._kept = {id(p) for p in named}
        return named

    def _named(self, owning: bool = False) -> list[Person]:
        """The named people, less those named by one word that is no name
        (:func:`.shape.lone_word_is_name`). A title still looking for its holder
        (``owning``) may make an ordinary word a surname («وارسته» once «رئیس …» is
        theirs), so the title is counted as theirs already."""
        return [
            p
            for p in self.people
            if p.name is not None
            and p.merged_into is None
            and (" " in p.name or lone_word_is_name(p.name, owning or self._set_off(p)))
            and not (owning and (self._blessed(p) or self._told_of(p)))
        ]

    def _blessed(self, person: Person) -> bool:
        """Whether a blessing follows every mention of ``person``, a holy figure the story
        speaks of («امام حسین (ع)»), who holds none of its offices."""
        return all(PRAYER.match(self.text, end) for _, end in person.mentions)

    def _told_of(self, person: Person) -> bool:
        """Whether ``person`` is only told of: called late once («شاگرد مرحوم ایرج
        بسطامی», «فرزند شهید حسن موسوی») or named only as someone's kin or master
        («سپهری، شاگرد استاد محمد موسوی»). Neither holds an office a title standing
        alone names («رییس انجمن شعر کرمان هم گفت»)."""
        spans = person.mentions
        if any(_LATE_BEFORE.search(self.text, max(0, s - 9), s) for s, _ in spans):
            return True
        return all(_RELATIVE_BEFORE.search(self.text, max(0, s - 12), s) for s, _ in spans)

    def _set_off(self, person: Person) -> bool:
        """Whether a title or an honorific («علامه جعفری») sets ``person``'s name off, the
        recognizer vouched for their one word («موسوی … موسوی», «نجفی و ابطحی»), or a
        speech verb has it alone for its subject («روحانی در سفر به زنجان گفت …»)."""
        return (
            bool(person.titles)
            or honoured(self.text, person.mentions)
            or person.name in self._recognized
            or person.name in self._surnamed
            or any(m in self._surnames_speaking for m in person.mentions)
        )

    def _resolved_around(self, span: tuple[int, int]) -> bool:
        """Whether a mention already read holds ``span``: the title of a description a
        speaker was found for («این نماینده مجلس افزود») or the second of two titles a
        speaker goes by («پژوهشگر اقتصادی و نویسنده …») is no mention of its own."""
        return span in self._by_span or any(s < span[0] and span[1] <= e for s, e in self._by_span)

    def speaker(self, who: Person | str | None) -> str | None:
        """The name a quote's speaker goes by, once :meth:`finish` has run: a person's
        among the named people, an institution's as written. A person the story names by
        one word that is no name («پسرک گفت», «مرحوم «صاحب عروه»» read as «مرحوم») speaks
        as no one, as a speaker the story leaves unnamed; a country by that one word
        («سوریه اعلام کرد») speaks as its government."""
        if isinstance(who, Person):
            person = who.final()
            kept = id(person) in self._kept or places().get(person.name or "") == "country"
            return person.name if kept else None
        return who
