"""«همتای ترکیه‌ای خود», «همتای عراقی‌اش»: the counterpart of the clause's subject from another
country.

The description names the one person the article gives an office of that country; of
several, the one holding the subject's own office there («ملک‌پور، وزیر کشور، … با همتای
پاکستانی خود» is Pakistan's interior minister, not its foreign minister), else the one
holding an office of the same head.
"""

import re

from khabar.news.people.offices import foreign_office
from khabar.news.people.person import Person
from khabar.news.people.pronouns import first_in_sentence
from khabar.news.places import demonyms, places
from khabar.news.titles import HOME, canonical

# «همتای عراقی خود», and with the possessive clitic for «خود»: «همتای عراقی‌اش».
COUNTERPART = re.compile(
    r"(?<![^\s«(،])همتای (?P<adjective>[^\s،؛:.!؟()«»]+?)(?: خود|\u200c?اش)"
    r"(?![^\s،؛:.!؟()«»])"
)

Spans = dict[tuple[int, int], Person]


def resolve_counterparts(
    text: str, body: int, by_span: Spans, people: list[Person], quoted: list[tuple[int, int]]
) -> None:
    """Enter every «همتای … خود» outside direct quotes that takes up one person."""
    table = demonyms()
    named = [p for p in people if p.merged_into is None and p.name is not None]
    for m in COUNTERPART.finditer(text, body):
        country = table.get(m["adjective"])
        span = m.span()
        if country is None or span in by_span or any(s <= span[0] < e for s, e in quoted):
            continue
        # Iranian news writes its own country «کشورمان».
        names = {country, "کشورمان"} if country == "ایران" else {country}
        holders = [p for p in named if any(names & set(t.split()) for t in p.titles)]
        owner = first_in_sentence(text, span[0], by_span)
        beside = next((p for (_, e), p in by_span.items() if e == span[0] - 1), None)
        if beside is not None and beside.final() is not owner:
            person = beside.final()  # «با سرگئی لاوروف همتای روس خود»: the one named
        else:
            person = _counterpart(holders, owner) if holders else _untitled(named, owner)
        if person is not None:
            person.mentions.append(span)
            by_span[span] = person


def _counterpart(holders: list[Person], owner: Person | None) -> Person | None:
    """The one holder, or of several the one holding the owner's office, or failing
    that one of the same head."""
    if len(holders) == 1:
        return holders[0]
    if owner is None or not owner.titles:
        return None
    for same in (_office, _head):
        theirs = {same(t) for t in owner.titles}
        matching = [p for p in holders if p is not owner and theirs & {same(t) for t in p.titles}]
        if len(matching) == 1:
            return matching[0]
    return None


def _untitled(named: list[Person], owner: Person | None) -> Person | None:
    """Where no one holds an office of the country, the one other person the article
    names with no other country's office: «لاوروف … با همتای ایرانی خود … با محمدجواد
    ظریف دیدار کرد», Zarif given no title."""
    others = [p for p in named if p is not owner]
    if owner is None or len(others) != 1 or any(map(foreign_office, others[0].titles)):
        return None
    return others[0]


def _office(title: str) -> str:
    """A title without the countries it names: «وزیر کشور پاکستان» is «وزیر کشور»."""
    words = canonical(title).split()
    return " ".join(w for w in words if w not in HOME and places().get(w) != "country")


def _head(title: str) -> str:
    return canonical(title).split(" ", 1)[0]
