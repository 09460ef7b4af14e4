"""The name lists shipped in ``khabar/data``: countries and cities, given names and surnames.

Both the trained pipeline (:mod:`khabar.pipeline.pos_rules`, which makes a listed name a
proper noun) and the news layer read them, so they live beside neither.
"""

from functools import lru_cache
from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The lines of a list in ``khabar/data``, without blanks and ``#`` comments."""
    text = files("khabar.data").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name → ``country`` or ``city``."""
    found = {}
    for line in data_lines("places.tsv"):
        kind, name, *_ = line.split("\t")
        found[name] = kind
    return found


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The listed given names, each also with «سید» written onto it («سیدعباس»), as
    descendants of the Prophet write theirs, and «…الله» also as «…اله» («عزت‌اله»), as
    registry offices often spell it."""
    names = set(data_lines("given_names.txt"))
    names |= {n[: -len("الله")] + "اله" for n in names if n.endswith("الله")}
    return frozenset(names | {f"سید{n}" for n in names if not n.startswith("سید")})


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The listed surnames («محمدی», «علی‌نژاد», «لاوروف»); none is also a listed given name."""
    return frozenset(data_lines("surnames.txt"))
