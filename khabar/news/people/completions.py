"""Words the recognizer left out of a name: a surname no lexicon lists after the given name
it found («کارلو آنچلوتی»), the rest of a name in guillemets («راس ویلسون»), and a surname
after an honorific («علامه جعفری»)."""

import re
from functools import lru_cache

from khabar.news.people.besides import NOT_IN_NAMES, unknown_word
from khabar.news.people.edges import WORD_AFTER, birthplace_after, whole_words
from khabar.news.people.lexicon import (
    KIN,
    ORDINALS,
    PERSON_NOUNS,
    THING_NOUNS,
    common_words,
    given_names,
    listed_words,
    verb_words,
)
from khabar.news.people.person import Person
from khabar.news.people.shape import NAME_WORD, looks_like_name, ordinary
from khabar.news.places import demonyms, places
from khabar.news.titles import (
    HONORIFIC_WORDS,
    HONORIFICS,
    HONOURED_AFTER,
    LIGHT_VERBS,
    RANK_QUALIFIERS,
    head_at,
    surname_before_title,
)
from khabar.news.titles.lexicon import CLAUSE_WORDS
from khabar.text.chars import ZWNJ

# The word after an honorific (not «حضرت», which holy figures are given), also one in
# the plural before a list of names («آقایان محمدپوریان، فخرالدین علی‌نژاد و …»).
_HONORIFICS_BEFORE_NAMES = [h for h in HONORIFICS if h not in ("حضرت", "جنرال")]
# Those in the plural are «men» and «women» too, but before the first of a list of names
# set off by commas.
_PLURAL_HONORIFICS = frozenset({"آقایان", f"خانم{ZWNJ}ها"})
_AFTER_HONORIFIC = re.compile(
    r"(?<![^\s«(،])("
    + "|".join(
        sorted(
            map(re.escape, [*_HONORIFICS_BEFORE_NAMES, *_PLURAL_HONORIFICS]),
            key=len,
            reverse=True,
        )
    )
    + r") ([^\s،؛:.!؟()«»\"]+)(?=[\s،؛:.!؟()«»\"]|$)"
)
_PROFESSIONS = frozenset({"دکتر", "مهندس"})
# A pronoun after a word that makes it a noun the pronoun possesses: «حامیان وی».
_POSSESSOR = re.compile(r" (?:وی|او|ایشان|آنها|آن‌ها|آنان|خود|ما|شما)(?![^\s،؛:.!؟()«»])")
# «‌باشی» (chief) after a trade: the Qajar court's titles, later surnames («عکاس‌باشی»).
_CHIEF = f"{ZWNJ}باشی"
# A team's players called the coach's pupils or friends, and the word after.
_COACHED = re.compile(r"(?<![^\s«(،])(?:شاگردان|یاران) ([^\s،؛:.!؟()«»\"]+)(?=[\s،؛:.!؟()«»\"]|$)")
# Determiners that make an honorific a common noun: «هر ژنرال فراری», «این سردار».
_DETERMINER_BEFORE = re.compile(r"(?<![^\s«(،])(?:هر|یک|این|آن|چند) $")
# «سردار شهید …», «آیت‌الله شهید …», «حجت‌الاسلام مرحوم …»: the words for a martyr and
# the late go on with the honorifics.
_MARTYR = frozenset({"شهید", "مرحوم"})
# A word made an adverb by tanvin, written without it: «رسما», «قطعا», «کاملا».
_TANVIN_ENDS = ("ا",)
# «آقای گل»: the top scorer, nobody's name.
_IDIOMS = frozenset({"گل"})
# The causes a commander is praised as serving, and the praise: «سردار رشید اسلام»
# (Islam's brave commander).
_CAUSES = frozenset({"اسلام", "انقلاب", "مقاومت", "وطن", "میهن", "جبهه"})
_PRAISE = frozenset("رشید دلاور دلیر شجاع سرافراز پرافتخار نامدار بزرگ گمنام مخلص".split())
# Arabic vowel marks: a word written with them is of a verse or prayer, not a name.
_HARAKAT = re.compile("[\u064b-\u0652]")
# Prepositions and pronouns written onto the word they go with: «درمورد», «نظرشان».
_GLUED_BEFORE = ("در", "به", "بر", "از", "با")
_GLUED_AFTER = ("شان", "تان", "مان")
# What follows the noun of a compound verb: «بیان کرد», «تاکید داشت», «رهبری می‌شود».
_VERB_AFTER = LIGHT_VERBS | {"است", "بود", "نمود"}
_ALLAH = " الله "


class Completions:
    """The parts of :class:`~khabar.news.people.finder.NameFinder` that complete a name."""

    text: str
    body: int

    def _in_quotes(self, start: int, end: int) -> tuple[int, int]:
        """A name part of which the recognizer took, filling the guillemets around it:
        «راس ویلسون» read as «ویلسون», when what they hold reads as a name and holds no
        word that ends a phrase or heads a title."""
        opening = self.text.rfind("«", max(0, start - 30), start)
        closing = self.text.find("»", end, end + 30)
        if opening < 0 or closing < 0:
            return start, end
        inside = self.text[opening + 1 : closing]
        if "«" in inside or "»" in inside or any(w in NOT_IN_NAMES for w in inside.split()):
            return start, end
        return (opening + 1, closing) if looks_like_name(inside, strict=True) else (start, end)

    def _after_honorifics(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A surname the recognizer missed after an honorific, which only a name follows:
        «علامه طباطبایی، علامه امینی، علامه جعفری», «آقای اسکوچیچ»; a word no lexicon
        lists goes on with it («آقای کارلو آنچلوتی»), and a given name with the surname
        after it («حجت‌الاسلام محمد قاسمی»). After «دکتر» and «مهندس», which
        name professions too («مهندس برق»), an ordinary word is no name."""
        found = set()
        starts = {s for s, _ in spans}
        ends = {e for _, e in spans}
        common = common_words()
        for m in _AFTER_HONORIFIC.finditer(self.text, self.body):
            word = m.group(2)
            if m.start(2) in starts or word in _IDIOMS:
                continue
            if m.group(1) in _PLURAL_HONORIFICS and not self._list_of_names(word, m.end()):
                continue
            if word in RANK_QUALIFIERS or word in _MARTYR or self._named_after(m.start()):
                continue
            if word in _PRAISE and self._praised_for_a_cause(m.end(2)):
                continue
            # A given name compounded with «الله» and written spaced: «شیخ فضل الله نوری».
            allah = m.end(2) + len(_ALLAH) - 1 if self.text.startswith(_ALLAH, m.end(2)) else 0
            if word in given_names() or allah:
                named = self._given_and_surname(m.start(2), allah or m.end(2), not allah)
                found |= {named} if named else set()
                continue
            if word in HONORIFIC_WORDS:  # «آیت‌الله دکتر …»: honorifics come in runs
                continue
            if self.text.endswith(" (", 0, m.start()) and m.start() - 2 in ends:
                continue  # an epithet after a name: «سمیر قنطار (سردار الاسرا)»
            if _DETERMINER_BEFORE.search(self.text, max(0, m.start() - 6), m.start()):
                continue  # a rank as a noun: «هر ژنرال فراری», «این سردار»
            if self.text.endswith(" در ", 0, m.start()):
                continue  # a place named after someone: «(واقع در سردار جنگل)»
            if not unknown_word(word, common) and (
                m.group(1) in _PROFESSIONS or not _surname_like(word)
            ):
                continue
            found.add(self._surname_after(m.start(2), m.end(2)))
        return found

    def _praised_for_a_cause(self, end: int) -> bool:
        """Whether the word of praise ending at ``end`` is an adjective of the honorific
        before it, praising whose cause it served: «سردار رشید اسلام» names no «رشید». A
        cause with an adjective of its own is a clause's subject after a name instead
        («به گفته سردار رشید انقلاب اسلامی …»), and after a surname no praise a cause is
        the clause's object («سردار شوشتری مقاومت را تنها راه دانست»)."""
        cause = WORD_AFTER.match(self.text, end)
        if cause is None or cause[1] not in _CAUSES:
            return False
        after = WORD_AFTER.match(self.text, cause.end())
        return after is None or not after[1].endswith("ی")

    def _list_of_names(self, word: str, end: int) -> bool:
        """Whether «آقایان» or «خانم‌ها» opens a list of names with ``word``, ending at
        ``end``: a comma follows («آقایان محمدپوریان، فخرالدین علی‌نژاد …», not
        «نیازهای روان‌شناختی آقایان برشمرد»), and the word is no country's adjective,
        which «men» goes on with as well («پوشاک آقایان ایرانی، …»)."""
        return self.text.startswith("،", end) and word not in demonyms()

    def _given_and_surname(
        self, start: int, end: int, more_given: bool = True
    ) -> tuple[int, int] | None:
        """A given name after an honorific and the surname after it, where the recognizer
        found neither: «آقای محمدرضا خاتمی», «حجت‌الاسلام محمد قاسمی», a second given
        name between («دکتر محمد جواد ظریف»); a word that ends a phrase, heads a title or
        names a place after the given name leaves it no name («دکتر علی در …»)."""
        while (word := WORD_AFTER.match(self.text, end)) and word[1] in given_names():
            if not more_given:  # «فضل الله نوری»: a compound in «الله» takes no other
                break
            end = word.end()
        if word is None or not NAME_WORD.match(word[1]) or word[1] in CLAUSE_WORDS:
            return None
        if word[1] in NOT_IN_NAMES or word[1] in places() or word[1] in verb_words():
            return None
        if word[1] in KIN or word[1] in PERSON_NOUNS:  # «شیخ محمد فرزند شیخ …»
            return None
        if head_at(self.text, word.start(1)) is not None:
            return None
        if not looks_like_name(self.text[start : word.end()], strict=True):
            return None
        return self._surname_after(start, word.end())

    def _coaches(self) -> set[tuple[int, int]]:
        """A surname no lexicon lists after «شاگردان» or «یاران», who is the coach whose
        players they are: «شاگردان هینن در بازی نخست …», «یاران نوری در بحران ماندند»."""
        common = common_words()
        return {
            self._surname_after(m.start(1), m.end(1))
            for m in _COACHED.finditer(self.text, self.body)
            if unknown_word(m.group(1), common)
            and _surname_like(m.group(1))
            and looks_like_name(m.group(1))
            and not _arabic_noun(m.group(1), common)
            and not _agent_noun(m.group(1))
        }

    def _named_after(self, at: int) -> bool:
        """Whether the honorific at ``at`` is in the name of a place or body named after
        someone: «دانشگاه علامه طباطبایی», «خیابان آیت‌الله طالقانی», also listed after
        the noun in the plural («استادان دانشگاه‌های علامه طباطبایی، بهشتی …»)."""
        before = self.text[max(0, at - 20) : at].split()
        if not before:
            return False
        noun = before[-1].removesuffix(f"{ZWNJ}های").removesuffix(f"{ZWNJ}ها")
        return noun in THING_NOUNS or noun in HONOURED_AFTER

    def _surname_after(self, start: int, end: int) -> tuple[int, int]:
        """A name the recognizer cut before a surname no lexicon lists («کارلو آنچلوتی»
        read as «کارلو») with that word taken in: one no lexicon lists, not a verb, place,
        time word, plural or title, and no light verb after it («بیان کرد»). A name that
        ends in an ordinary word is a surname already, which what follows does not go on
        with («انصراف خاتمی حامیان وی», «اردشیر زاهدی سمپات»), but for a surname the text
        calls the person by alone («محمدصادق حاجی تاروردی … تاروردی افزود»). A court's
        title in «‌باشی» after a given name is the surname it became («آقا رضا
        عکاس‌باشی»), compound though it is. A city's adjective after a name is the name's own
        (:func:`~khabar.news.people.edges.birthplace_after`)."""
        word = WORD_AFTER.match(self.text, end)
        last = self.text[start:end].rsplit(" ", 1)[-1]
        if word is None or word.start() != end or last in NOT_IN_NAMES:
            return start, end
        if (birthplace := birthplace_after(self.text, end)) is not None:
            return start, birthplace
        surname = word[1]
        ended = last not in given_names() and ordinary(last, common_words())
        if ended and not self._written_alone(surname, word.start(1), last):
            return start, end
        if _with_ezafe(last) and _surname_like(surname) and surname not in CLAUSE_WORDS:
            return start, word.end()
        if last in given_names() and surname.endswith(_CHIEF):  # «ابراهیم عکاس‌باشی»
            return start, word.end()
        if surname_before_title(self.text, word.start(1), word.end()):  # «علیرضا دبیر رئیس …»
            return start, word.end()
        after = WORD_AFTER.match(self.text, word.end())
        verb = after is not None and (after[1] in _VERB_AFTER or after[1].startswith(("می‌", "نمی‌")))
        if (
            verb
            or _written_together(surname)
            or surname in CLAUSE_WORDS
            or surname in ORDINALS
            or head_at(self.text, word.start(1)) is not None
            or surname.startswith(("می‌", "نمی‌"))
            or _HARAKAT.search(surname)
            or _an_adverb_of(surname)
            or not unknown_word(surname, common_words())
        ):
            return start, end
        return start, word.end()

    def _surname_ending_item(self, start: int, end: int) -> tuple[int, int]:
        """A given name the recognizer read alone with the one word after it that a comma
        sets off with it, an item of a list or a name before its apposition: «…، عبدالله
        قاجار، آقا رضا …», «علامه سید عبدالله بلادی، مجتهد …». News calls no one by a
        given name and a word of the clause; the word is the rest of the name, ordinary
        though it may be («قاجار»), but for a verb, place, title, given name, plural or a
        word that ends a phrase («… که به علی گفتند، …»)."""
        given = given_names()
        words = self.text[start:end].split(" ")
        if not all(w in given or w in HONORIFIC_WORDS for w in words) or words[-1] not in given:
            return start, end
        word = WORD_AFTER.match(self.text, end)
        if word is None or not self.text.startswith("،", word.end()):
            return start, end
        surname = word[1]
        if (
            not _surname_like(surname)
            or surname in given
            or surname in ORDINALS
            or surname.startswith(("می‌", "نمی‌"))
            or head_at(self.text, word.start(1)) is not None
        ):
            return start, end
        return start, word.end()

    def _written_alone(self, word: str, at: int, last: str) -> bool:
        """Whether ``word``, at ``at`` right after a name ending in the ordinary word
        ``last``, is a surname the text calls the person by alone elsewhere: a word no
        lexicon lists, written again without ``last`` before it, nor a possessor after it,
        which makes it a noun («انصراف خاتمی حامیان وی … پیروان و حامیان وی»)."""
        if not NAME_WORD.match(word) or word.startswith("ال"):
            return False
        return any(other != at for other in _words_alone(self.text).places(word, last))


class _WordsAlone:
    """Where words stand alone in one text with no given word before them nor a
    possessor after them, each found once: a long paragraph asks of one word once for
    each time a name goes on with it, and each search goes through all the places it
    stands."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[tuple[str, str], tuple[int, ...]] = {}

    def places(self, word: str, last: str) -> tuple[int, ...]:
        """Where ``word`` stands alone, not after ``last`` nor before a possessor."""
        if (word, last) not in self._found:
            self._found[word, last] = tuple(
                start
                for start, end in whole_words(self.text, word)
                if not self.text.endswith(f"{last} ", 0, start)
                and not _POSSESSOR.match(self.text, end)
            )
        return self._found[word, last]


@lru_cache(maxsize=4)
def _words_alone(text: str) -> _WordsAlone:
    """The places of words alone in ``text``, kept while the text is read."""
    return _WordsAlone(text)


def _with_ezafe(word: str) -> bool:
    """Whether ``word`` is a given name ending in «ا» written with the «ی» of its ezafe
    («زکریای», «یحیای»), which joins the word after it to the name, however ordinary
    that word is: «زکریای مهاجر», «موسای کاظم»."""
    return word.endswith("ای") and word[:-1] in given_names() and word not in given_names()


def _an_adverb_of(word: str) -> bool:
    """«رسما», «قطعا»: an ordinary noun or adjective made an adverb by a tanvin the text
    leaves out, run on to a name («احمدی‌نژاد رسما افتتاح شد»)."""
    return word.endswith(_TANVIN_ENDS) and len(word) > 3 and word[:-1] in common_words()


def _arabic_noun(word: str, common: frozenset[str]) -> bool:
    """Whether ``word`` is an ordinary noun with the Arabic article, as clubs are named
    («یاران الاتحاد», «شاگردان الهلال»); not a surname of origin in «ی» («البغدادی»)."""
    return word.startswith("ال") and not word.endswith("ی") and word[2:] in common


def _agent_noun(word: str) -> bool:
    """Whether ``word`` is a listed noun and a present stem written as one, which makes a
    noun of who does it, not a surname: «گلزن» (goal scorer), «یاران گلزن استقلال»."""
    listed = listed_words()
    return any(word[:i] in listed and word[i:] in verb_words() for i in range(2, len(word) - 1))


def _surname_like(word: str) -> bool:
    """Whether an ordinary word after an honorific may be a surname: a name's word, no
    verb, place, title, word that ends a phrase or plural («علامه جعفری», not «آقای
    وزیر» or «آقایان»)."""
    return (
        bool(NAME_WORD.match(word))
        and word not in NOT_IN_NAMES
        and word not in verb_words()
        and word not in places()
        and not word.endswith(("ها", "های", "ان"))
    )


def _written_together(word: str) -> bool:
    """Whether ``word`` is listed, or listed words written as one: a compound with a
    half-space («سکان‌دار»), a preposition or pronoun written onto a noun («درمورد»,
    «نظرشان») or a compound verb without its space («خبرداد»)."""
    listed = listed_words()
    if word in listed or ZWNJ in word or '"' in word:
        return True
    if word.startswith(_GLUED_BEFORE) and word[2:] in listed and len(word) > 4:
        return True
    if word.endswith(_GLUED_AFTER) and word[:-3].rstrip("ی") in listed:
        return True
    return any(word[:i] in listed and word[i:] in listed for i in range(3, len(word) - 2))


# Between the given names of a list sharing one surname: «رحمت‌الله، شهرام و شهریار نمکی».
_LIST_JOIN = re.compile(r"، ?| و ")
_GIVEN_WORD = re.compile(r"[^\s،.؛:!؟()«»]+")


def shared_surnames(text: str, named: list[Person]) -> list[Person]:
    """Given names listed before one full name share its surname, as news writes brothers
    and sisters: «پدر شهیدان رحمت‌الله، شهرام و شهریار نمکی» names «رحمت‌الله نمکی» and
    «شهرام نمکی». Only given names may stand between, and «و» before the last name; one
    the article names in full elsewhere is that person."""
    starts = {s: p for p in named for s, _ in p.mentions}
    by_name = {p.name: p for p in named}
    for person in named:
        if " " in person.name or person.name not in given_names():
            continue
        surname = _shared_surname(text, min(person.mentions)[1], starts)
        if surname is None:
            continue
        full = f"{person.name} {surname}"
        if full in by_name:
            by_name[full].absorb(person)
        else:
            person.name = full
    return [p for p in named if p.merged_into is None]


def _shared_surname(text: str, at: int, starts: dict[int, Person]) -> str | None:
    """The surname of the full name a list of given names from ``at`` ends with."""
    while (join := _LIST_JOIN.match(text, at)) is not None:
        last = starts.get(join.end())
        words = last.name.split() if last is not None else []
        if len(words) == 2 and words[0] in given_names() and join.group() == " و ":
            return words[1]
        word = _GIVEN_WORD.match(text, join.end())
        if word is None or word.group() not in given_names():
            return None
        at = word.end()
    return None
