"""Later mentions of a named person by name: news names a person in full once, then by
surname («لاوروف»), or by given name alone where only one person has it («سامان»).
Spellings are matched with spaces and half-spaces ignored between letters."""

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np

from khabar.news.people.edges import WORD_AFTER, birthplace_after, of_a_town, stands_alone
from khabar.news.people.lexicon import (
    FAMILY_FIRST,
    INSTITUTIONS,
    PRONOUNS,
    SHARED_GIVEN_NAMES,
    THING_NOUNS,
    common_words,
    given_names,
)
from khabar.news.people.person import Person
from khabar.news.people.shape import ordinary
from khabar.news.places import demonyms, places
from khabar.news.titles import HEAD_SET, HONORIFIC_WORDS, LIGHT_VERBS, NAMED_AFTER, STOPS
from khabar.text.chars import ZWNJ, key

# Words before a place's name that keep it the place: «در», «کشور», «مردم», and the
# office whose country it is («نخست وزیر هلند», «رئیس جمهور کامرون»).
_PLACE_OPENERS = HEAD_SET | frozenset("در کشور کشورهای مردم پایتخت شهر استان جمهور".split())
# What lists a place with another: «فرانسه و هلند», «هلند، بلژیک».
_LIST_JOINTS = frozenset({"و", "،"})


def repeated_names(text: str, body: int, people: list[Person], named: list[Person]) -> None:
    """Every other place the body writes a person's full name or surname: news names
    a person in full once, then by surname, also inside quotes and clauses that are
    no speech («قرارداد مارتینلی از ژوئن آغاز می‌شود»)."""
    taken = _Spans(m for p in people for m in p.mentions)
    for person in named:
        if not _confident(text, person):
            continue
        for form in _forms_of(text, person):
            for span in _spellings(text, form, body):
                parts = taken.overlapping(span)
                if not all(_part_of(m, span, person) for m in parts):
                    continue
                if not parts and _inside_other_name(text, span[0]):
                    continue
                if " " not in person.name and not parts and _named_after(text, span):
                    continue
                if text[span[0] : span[1]] in places() and _as_place(text, *span):
                    continue
                if _someone_else_from(text, span, person):
                    continue
                # A surname of two words written again: «موسوی لاری», not its «لاری».
                person.mentions = [m for m in person.mentions if m not in parts]
                taken.remove(parts)
                person.mentions.append(span)
                taken.add(span)


class _Spans:
    """The spans of mentions taken, in order, so that those a span overlaps are found
    among the few starting near it: a long paragraph holds thousands of mentions, and
    each name written again is checked against them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(set(spans))
        self._longest = max((e - s for s, e in self._spans), default=0)

    def overlapping(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans taken that share a character with ``span``."""
        start, end = span
        low = bisect_left(self._spans, (start - self._longest + 1,))
        high = bisect_left(self._spans, (end,))
        return [m for m in self._spans[low:high] if start < m[1] and m[0] < end]

    def add(self, span: tuple[int, int]) -> None:
        at = bisect_left(self._spans, span)
        if self._spans[at : at + 1] != [span]:
            self._spans.insert(at, span)
        self._longest = max(self._longest, span[1] - span[0])

    def remove(self, spans: list[tuple[int, int]]) -> None:
        for span in set(spans):
            self._spans.pop(bisect_left(self._spans, span))


def _someone_else_from(text: str, span: tuple[int, int], person: Person) -> bool:
    """Whether the name read again at ``span`` goes on with a city's adjective the
    person's name does not end in, which makes it someone else's: «موسوی لاری» is not
    «میرحسین موسوی»."""
    end = birthplace_after(text, span[1])
    return end is not None and not person.name.endswith(text[span[1] + 1 : end])


def _part_of(mention: tuple[int, int], span: tuple[int, int], person: Person) -> bool:
    """Whether ``mention`` is ``person``'s and lies inside ``span``, a fuller form."""
    inside = span[0] <= mention[0] and mention[1] <= span[1] and mention != span
    return inside and mention in person.mentions


def given_names_alone(text: str, body: int, people: list[Person], named: list[Person]) -> None:
    """A given name alone for the one person the article gives it, as news writes
    «سامان بازیکنی سریع است» of «سامان قربانی‌پور»; where two are given it, for the one
    named before («آرمان بازیکنی کلیدی است و آرمان رضایی …» is still the first
    «آرمان»); not where a surname follows («آرمان رضایی» is someone else), nor for a
    given name that is also an ordinary word («امید», «بهمن»)."""
    taken = _Spans(m for p in people for m in p.mentions)
    holders: dict[str, list[Person]] = {}
    for person in named:
        if " " in person.name and person.mentions:
            holders.setdefault(person.name.split()[0], []).append(person)
    for first, persons in holders.items():
        if not _alone_names_one(first, persons):
            continue
        for span in _spellings(text, first, body):
            if taken.overlapping(span) or _surname_at(text, span[1]):
                continue
            before = [p for p in persons if min(p.mentions)[0] < span[0]]
            if len(before or persons) == 1:
                (before or persons)[0].mentions.append(span)
                taken.add(span)


def _alone_names_one(first: str, persons: list[Person]) -> bool:
    """Whether the given name ``first`` alone may stand for one of ``persons``: a listed
    given name no two well-known people share, or a foreign one no list holds
    («میلوش») of someone titled."""
    if first in given_names():
        return first not in SHARED_GIVEN_NAMES
    titled = all(p.titles for p in persons)
    return titled and _stands_alone(first) and not ordinary(first, common_words())


def _name_forms(name: str) -> list[str]:
    """A name in full and by its surname, when the surname is no ordinary word or given
    name (a person called «رضا امیدوار» is not every «امیدوار»); a one-word name is the
    recognizer's guess, not repeated («سامانه نیما»). A foreign name of three words that
    opens with no listed given name may be written by its middle word too, the first of
    two surnames («فرناندس» of «لوسیا فرناندس گارسیا»), and an East Asian name by the
    family name it opens with."""
    words = name.split()
    if len(words) == 1:
        return []
    forms = [name, *_double_surname(words), *(w for w in words[-1:] if _stands_alone(w))]
    if len(words) <= 3 and words[0] in FAMILY_FIRST and words[0] not in common_words():
        forms.append(words[0])  # «وانگ» of «وانگ جیان‌هوا»
    foreign = len(words) == 3 and words[0] not in given_names()
    return [*forms, words[1]] if foreign and _stands_alone(words[1]) else forms


def _double_surname(words: list[str]) -> list[str]:
    """The surname of two words a name of three or more ends with, which news writes
    again alone («موسوی لاری» of «سید عبدالواحد موسوی لاری», «بن سلمان» of «محمد بن
    سلمان»); none where the word before the last is a given name («علی اکبر صالحی»)."""
    if len(words) < 3:
        return []
    fathers = words[-2] in ("بن", "بنت") and len(words[-1]) > 2
    if not fathers and (words[-2] in given_names() or not _stands_alone(words[-1])):
        return []
    return [" ".join(words[-2:])]


def _stands_alone(word: str) -> bool:
    """Whether a word of a name may stand alone for the person: no ordinary word, given
    name, place, nationality or verb, and not too short to tell."""
    if len(key(word)) < 3 or word in given_names() or word in common_words():
        return False
    if word in places() or word in demonyms() or word in STOPS:
        return False
    return word not in LIGHT_VERBS and not word.startswith(("می‌", "نمی‌"))


def _forms_of(text: str, person: Person) -> list[str]:
    """:func:`_name_forms`, and the surname even when it is an ordinary word once the
    text has written it alone for this person («فتاحی گفت که …»), or when it is a
    place's name and the person is titled and named with a given name («کامرون» of
    «دیوید کامرون، نخست وزیر انگلستان», whom news writes by it all along; an untitled
    «جورج واشنگتن» leaves «واشنگتن» the city); a name of one word :func:`_confident` of is itself
    («شهید مطهری» wherever the recognizer missed it); and the name before a town's
    adjective the recognizer read alone (:func:`_called_by`)."""
    forms = _name_forms(person.name)
    if " " not in person.name:
        return [person.name]
    first, *_, surname = person.name.split()
    if _called_by(text, person):
        forms = [*forms, first]
    if surname in forms or surname in given_names():
        return forms
    if surname in places() and first in given_names() and person.titles:
        return [*forms, surname]
    alone = any(text[s:e] == surname for s, e in person.mentions)
    return [*forms, surname] if alone else forms


def _called_by(text: str, person: Person) -> int:
    """How often the recognizer read alone the name ``person`` is called by before the
    town's adjective their name ends with: «سعدی» of «سعدی شیرازی»."""
    words = person.name.split()
    if len(words) != 2 or not of_a_town(words[1]):
        return 0
    return sum(text[s:e] == words[0] for s, e in person.mentions)


@lru_cache(maxsize=4)
def _letters(text: str) -> tuple[str, list[int]]:
    """``text`` without its spaces and half-spaces, and where each character left was
    (found on the text's code points at once: a loop over its characters took about 4 %
    of ``khabar analyze``'s time on Fars News)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    kept = np.flatnonzero((codes != ord(" ")) & (codes != ord(ZWNJ)))
    return text.replace(" ", "").replace(ZWNJ, ""), kept.tolist()


def _spellings(text: str, form: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of ``form`` written as whole words in ``text`` from ``start`` on, with a space
    or half-space or nothing between any two of its letters. Searched in the text's
    letters alone rather than with a pattern: a pattern would be compiled for every name
    of every article, which cost more than the rest of name finding."""
    letters, where = _letters(text)
    spelled = key(form)
    at = letters.find(spelled, bisect_left(where, start))
    while at >= 0:
        last = at + len(spelled) - 1
        if any(where[i + 1] - where[i] > 2 for i in range(at, last)):
            at = letters.find(spelled, at + 1)
            continue
        if stands_alone(text, where[at], where[last] + 1):
            yield where[at], where[last] + 1
        at = letters.find(spelled, last + 1)


def _surname_at(text: str, end: int) -> bool:
    """Whether the word after ``end`` may be a surname: not an ordinary word."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word not in STOPS and word not in PRONOUNS and not ordinary(word, common_words())


def _confident(text: str, person: Person) -> bool:
    """A name known to be a person's: it opens with a given name, holds a title, or is
    one of two or three words opening with no ordinary word that the recognizer found
    in two places («رئیس‌علی دلواری», whose given name no list holds); a surname alone
    the recognizer found in two places («مطهری»), not a given name alone («محمود»). The
    recognizer's other guesses («کورتوف تصریح می‌کند», «مادر وقتی چشمش») are not
    repeated."""
    words = person.name.split()
    name = key(person.name)
    found_twice = sum(key(text[s:e]) == name for s, e in person.mentions) > 1
    if len(words) == 1:
        return found_twice and words[0] not in given_names()
    if words[0] in given_names() or person.titles:
        return True
    if _called_by(text, person) > 1:  # «سعدی … سعدی» of «سعدی شیرازی»
        return True
    if len(words) > 3 or ordinary(words[0], common_words()):
        return False
    return found_twice


def _named_after(text: str, span: tuple[int, int]) -> bool:
    """Whether a surname alone at ``span`` names something else: a body or place named
    after someone («دانشگاه مفید», «خیابان مطهری», «پایگاه هوایی شهید بابایی»), or a
    fuller name that goes on with a surname no lexicon lists."""
    before = (
        text[max(0, span[0] - 50) : span[0]].split() if text[span[0] - 1 : span[0]] == " " else []
    )
    # past the martyr's or cleric's honorifics and an adjective: «پایگاه هوایی شهید بابایی»
    while before and (before[-1] in HONORIFIC_WORDS or before[-1] == "شهید"):
        before.pop()
    nouns = before[-1:] if len(before) < 2 or not before[-1].endswith("ی") else before[-2:]
    named_after = any(n in NAMED_AFTER or n in THING_NOUNS or n in INSTITUTIONS for n in nouns)
    return named_after or _surname_at(text, span[1])


def _as_place(text: str, start: int, end: int) -> bool:
    """Whether the words around a place's name from ``start`` to ``end`` make it the
    place: «در کامرون», «کشور کامرون», «نخست وزیر هلند», or another place it is listed
    with («فرانسه و هلند», «هلند و بلژیک»), not the surname of the «دیوید کامرون» or
    «فرانسوا هلند» the article is about."""
    before = text[max(0, start - 25) : start].replace("،", " ، ").split()
    after = text[end : end + 25].replace("،", " ، ").split()
    if before and before[-1] in _PLACE_OPENERS:
        return True
    listed_after = len(before) > 1 and before[-1] in _LIST_JOINTS and before[-2] in places()
    listed_before = len(after) > 1 and after[0] in _LIST_JOINTS and after[1] in places()
    return listed_after or listed_before


def _inside_other_name(text: str, start: int) -> bool:
    """Whether a given name stands right before: «علی احمدی» is not «احمدی» alone."""
    before = text[max(0, start - 30) : start]
    return before.endswith(" ") and before[:-1].rsplit(" ", 1)[-1] in given_names()


def surname_part(full: str, name: str) -> bool:
    """Whether one word ``name`` is the first part of ``full``'s surname, by which news
    calls a person whose surname has two: «فلاح» of «ربیع فلاح‌جلودار», «هاشمی» of «اکبر
    هاشمی رفسنجانی». A given name so placed is a middle name, not the surname's start."""
    if " " in name or name in given_names():
        return False
    surname = full.partition(" ")[2]
    return surname.startswith((f"{name} ", f"{name}{ZWNJ}"))
