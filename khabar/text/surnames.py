"""Listed family names typed with a space for their half-space: «احمدی نژاد» →
«احمدی‌نژاد», «نعمت زاده» → «نعمت‌زاده».

News often loses the half-space of a compound surname. A spaced pair is joined only where
the surname list (``khabar/data/surnames.txt``) holds it as one word with a half-space
and its second part is a surname ending («نژاد», «زاده», «پور», «مقدم», «آبادی», …):
then the pair is a name, not a phrase («خط مقدم», «در پناه», «هر نژاد» are on no list);
the Turkish «اوغلو», no word of its own, is joined to whatever word it follows.
A name the list writes joined is left alone: «خداپناه» is listed, and «به خدا پناه بریم»
is no name. Over the Fars News paragraphs this joins 64 pairs as published (146 with
every half-space typed as a space), and 3 in the UD text with its half-spaces typed as
spaces: each a person's name, once the readings below are left out.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from khabar.gazetteer import surnames
from khabar.text.chars import ZWNJ
from khabar.text.halfspace import SURNAME_PARTS
from khabar.text.morphology import NON_JOINING

# The endings of ``halfspace.SURNAME_PARTS``, which a joined word no list knows may end
# in, and four more that are words too often to be read off an unlisted word («آبادی»
# of a town: «دولت‌آبادی»).
_ENDINGS = (*SURNAME_PARTS, "مقدم", "پناه", "نسب", "آبادی", "اوغلو")
# The Turkish «-oğlu», no word of its own, ends any surname it is spaced from: «چاووش
# اوغلو», «احسان اوغلو», listed or not.
_ALWAYS_JOINED = frozenset({"اوغلو"})
_PAIR = re.compile(
    rf"(?<![\w{ZWNJ}])([^\W\d_]+) ({'|'.join(_ENDINGS)})(?![\w{ZWNJ}])(?= ([^\W\d_]+))?"
)
# An ending read as a word of its own: «در نجف زاده شد» (was born there), «مقدم بر»
# (comes before).
_ORDINARY = re.compile(rf"زاده (?:ن?می{ZWNJ})?ش[دو]|مقدم بر(?![\w{ZWNJ}])")


class SurnameJoiner:
    """Writes the half-space into the listed compound surnames of a line."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.pairs = frozenset(_pairs(names))

    def __call__(self, line: str) -> str:
        return _PAIR.sub(self._joined, line)

    def _joined(self, match: re.Match[str]) -> str:
        left, ending, after = match.groups()
        if ending in _ALWAYS_JOINED:  # no half-space after a letter that does not join
            return left + ("" if left[-1] in NON_JOINING else ZWNJ) + ending
        if (left, ending) not in self.pairs or _ORDINARY.match(match.string, match.start(2)):
            return match.group()
        # «مصطفی پور محمدی» is Mostafa Pourmohammadi: the ending starts the next name.
        if after and (ending + after in self.names or ending + ZWNJ + after in self.names):
            return match.group()
        return left + ZWNJ + ending


def _pairs(names: frozenset[str]) -> Iterator[tuple[str, str]]:
    """``(first part, ending)`` of each listed name written with a half-space before an
    ending and none elsewhere."""
    for name in names:
        left, zwnj, ending = name.rpartition(ZWNJ)
        if zwnj and ending in _ENDINGS and left and ZWNJ not in left and " " not in left:
            yield left, ending


@lru_cache(maxsize=1)
def default_joiner() -> SurnameJoiner:
    """The joiner on the surname list shipped with khabar, built once."""
    return SurnameJoiner(surnames())
