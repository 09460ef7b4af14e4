"""One person as the API and the person page show them: the store's summary of the name,
with what they said and the events they took part in."""

from collections.abc import Iterable

from khabar.corpus import Store, StoreError
from khabar.corpus.keys import name_key

# A person page lists this many quotes and events; the API's own routes page further.
PAGE = 200


def find_person(store: Store, name: str) -> dict | None:
    """The person named exactly ``name``, else the most written-about one whose name holds
    its words («بهرامی» → «حسن بهرامی»); None when nobody matches."""
    candidates = store.people(name, limit=20)
    if not candidates:
        return None
    key = name_key(name)
    found = next((p for p in candidates if p["key"] == key), candidates[0])
    return {
        **found,
        "quotes": store.quotes(found["name"], limit=PAGE),
        "timeline": store.timeline(found["name"], limit=PAGE),
    }


def with_pages(store: Store, names: Iterable[str]) -> set[str]:
    """Those of ``names`` that :func:`find_person` finds, so that a page links only to
    person pages that are there: a speaker or an event's participant may be an outlet,
    a country or a group («رویترز», «ایران», «معاونان استاندار»), never written about as
    a person."""
    found = set()
    for name in set(names):
        try:
            if store.people(name, limit=1):
                found.add(name)
        except StoreError:
            continue
    return found
