"""Countries and cities by their Persian names, from a list shipped in ``khabar/data``.

The named-entity model misses places it never saw; news names the same few hundred
countries and cities again and again, so a list catches what the model does not.
"""

import re
from functools import lru_cache
from importlib.resources import files

from khabar.text.chars import ZWNJ


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name → ``country`` or ``city``."""
    found = {}
    for line in files("khabar.data").joinpath("places.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, name, *_ = line.split("\t")
            found[name] = kind
    return found


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    names = sorted(places(), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![^\s«(،])(?:{alternatives})(?![^\s،؛:.!؟()«»])")


def find_places(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every listed place named in ``text``."""
    table = places()
    return [(m.start(), m.end(), table[m.group()]) for m in place_pattern().finditer(text)]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjective of a country → the country («چینی» → «چین»): those the list gives (third
    column, «|» between several) and the regular «ی» adjective («قزاقستانی», «ترکیه‌ای»)."""
    found: dict[str, str] = {}
    for line in files("khabar.data").joinpath("places.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or fields[0] != "country":
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
