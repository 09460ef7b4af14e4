"""String keys the scorer compares on: normalized, letters and digits only, tokens.

Every string goes through ``khabar.normalize`` (digits unified to Latin) first, so a gold
string written in correct Persian equals the same words repaired from damaged input.
Names, titles, places, participants and headlines are compared on their letters and digits
only: spaces, half-spaces (ZWNJ), guillemets and punctuation are ignored. Whether
«صالحی‌نیا» is written with a half-space or a space is spelling, not knowledge.
"""

import re
from functools import lru_cache

from khabar.text.chars import ZWNJ
from khabar.text.normalizer import normalize

# Words that say what kind of outlet a source is rather than which one.
_DESCRIPTORS = frozenset(
    {"خبرگزاری", "روزنامه", "پایگاه", "خبری", "اطلاع‌رسانی", "شبکه", "خبرنگار", "سایت", "مجله"}
)
_GUILLEMETS = re.compile(r"«([^»]+)»")


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    return normalize(text, digits="latin").casefold()


@lru_cache(maxsize=65536)
def loose(text: str | None) -> str | None:
    """Letters and digits only, after normalization: the key names are compared on."""
    if text is None:
        return None
    return "".join(ch for ch in _norm(text) if ch.isalnum())


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens after normalization, half-spaces joined: what quote overlap counts."""
    return tuple(re.findall(r"[^\W_]+", _norm(text).replace(ZWNJ, "")))


def source_key(name: str) -> str:
    """A source's identity: the name in «» if there is one, else without outlet descriptors.

    «شبکه خبری «طلوع‌نیوز»» and «طلوع‌نیوز», «خبرگزاری فارس» and «فارس» are one source.
    """
    inner = _GUILLEMETS.search(name)
    if inner:
        return loose(inner.group(1)) or ""
    words = normalize(name).split()
    while len(words) > 1 and words[0] in _DESCRIPTORS:
        words = words[1:]
    return loose(" ".join(words)) or ""


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Equal names, or one a whole-word run inside the other («لاوروف» in «سرگئی لاوروف»).

    Used for places and event participants, which texts name in longer and shorter forms;
    people and speakers must match exactly (see ``loose``).
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if loose(gold) == loose(predicted):
        return True
    a, b = tokens(gold), tokens(predicted)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))
