"""Countries and cities found in text by their Persian names (listed in :mod:`khabar.gazetteer`).

The named-entity model misses places it never saw; news names the same few hundred
countries and cities again and again, so a list catches what the model does not.
"""

import re
from functools import lru_cache

from khabar.gazetteer import data_lines, places
from khabar.text.chars import ZWNJ

# A word: what runs on to a space or a mark. A listed name is matched as whole words,
# starting at the text's start or after a space, «, ( or ،.
_WORD = r"[^\s،؛:.!؟()«»]+"
_WORD_AT = re.compile(rf"(?<![^\s«(،]){_WORD}")
_FIRST_WORD = re.compile(_WORD)
_GOES_ON = re.compile(r"[^\s،؛:.!؟()«»]")
# What a country's name after names a place, not the state: «استان …», «پایتخت (جمهوری) …».
_NOT_A_STATE = re.compile(r"(?<![^\s])(?:استان|پایتخت(?: جمهوری)?) $")
# The quarter that makes a listed name a province or region: «آذربایجان غربی».
_QUARTER = re.compile(r" (?:غربی|شرقی|شمالی|جنوبی|رضوی)(?![^\s،؛:.!؟()«»])")


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[str, str]]]:
    """The listed names by their first word, longest first, each as written and as the
    list has it: a name starting at a word is looked up among the few that start with
    it, not tried against all of them. Scraped text writes the half-space of a name as a
    space («اسلام آباد», «هنگ کنگ»), and news the space of one as a half-space
    («کره‌جنوبی»), so those are ways of writing it too."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(places(), key=len, reverse=True):
        spellings = (name, name.replace(ZWNJ, " "), name.replace(" ", ZWNJ))
        for written in dict.fromkeys(spellings):
            found.setdefault(_FIRST_WORD.match(written).group(), []).append((written, name))
    return found


def find_places(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every listed place named in ``text``: at each word, the
    longest name written there as whole words, and the next one after it ends. A listed
    name with a quarter after it names a province or region, not a state: «آذربایجان
    غربی» is a ``city``, not the country «آذربایجان», and so is a country's name after
    «استان» or «پایتخت» («استان آذربایجان», «عشق‌آباد پایتخت ترکمنستان»): the place, not
    the state."""
    table = places()
    by_first_word = _by_first_word()
    found = []
    end = 0
    for word in _WORD_AT.finditer(text):
        start = word.start()
        if start < end:
            continue
        for written, name in by_first_word.get(word.group(), ()):
            stop = start + len(written)
            if text.startswith(written, start) and not _GOES_ON.match(text, stop):
                end = past_quarter(text, stop)
                state = end == stop and not _NOT_A_STATE.search(text, max(0, start - 20), start)
                found.append((start, end, table[name] if state else "city"))
                break
    return found


def past_quarter(text: str, end: int) -> int:
    """Where a place's name that ends at ``end`` ends with the quarter after it, which
    makes it a province or region («آذربایجان غربی», «خراسان رضوی»)."""
    quarter = _QUARTER.match(text, end)
    return quarter.end() if quarter else end


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjective of a country → the country («چینی» → «چین»): those the list gives (third
    column, «|» between several) and the regular «ی» adjective («قزاقستانی», «ترکیه‌ای»)."""
    found: dict[str, str] = {}
    for line in data_lines("places.tsv"):
        fields = line.split("\t")
        if fields[0] != "country":
            continue
        name = fields[1]
        listed = fields[2].split("|") if len(fields) > 2 and fields[2] else []
        for adjective in [*listed, _adjective(name)]:
            found.setdefault(adjective, name)
    return found


def _adjective(country: str) -> str:
    if country.endswith("ه"):
        return f"{country}{ZWNJ}ای"
    if country.endswith(("ا", "و")):
        return f"{country}یی"
    return f"{country}ی"
