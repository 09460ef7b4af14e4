"""People: every mention of one person merged, with the titles the article gives them.

A person is found through a name (from the named-entity recognizer, or the subject of a
speech verb that is neither a title nor a pronoun). Then, in this order:

1. a shorter name that ends a longer one is the same person («واسیلیف» → «ایگور واسیلیف»);
2. a title next to a name is that person's («سرگئی لاوروف، وزیر خارجه روسیه»), pairwise
   when names and titles are coordinated («لاوروف و تیلرسون، وزیر خارجه روسیه و آمریکا»);
3. a title standing alone is the person who holds it, when exactly one does, compared in
   one canonical spelling («رئیس دستگاه دیپلماسی روسیه» = «وزیر امور خارجه روسیه»);
4. «وی» or «او» as a speaker is the speaker (or person) mentioned last before it.

Names are compared with spaces and half-spaces ignored, since damaged text writes
«کاظمی پور», «کاظمیپور» and «کاظمی‌پور» for one name.
"""

import re
from dataclasses import dataclass, field

from khabar.news.titles import HEADS, HONORIFICS, Title, canonical, find_titles
from khabar.text.chars import ZWNJ

PRONOUNS = frozenset({"وی", "او", "ایشان"})
_HONORIFIC = re.compile(
    "^(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r") "
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\s،:؛.!؟()«»]*$")
MAX_NAME_WORDS = 4


def key(name: str) -> str:
    """A name with spaces and half-spaces removed, for comparing spellings."""
    return name.replace(ZWNJ, "").replace(" ", "")


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def add_title(self, title: str) -> None:
        if canonical(title) not in {canonical(t) for t in self.titles}:
            self.titles.append(title)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "titles": self.titles,
            "mentions": [list(m) for m in sorted(set(self.mentions))],
        }


def strip_honorific(text: str, start: int, end: int) -> tuple[int, int]:
    m = _HONORIFIC.match(text[start:end])
    return (start + m.end(), end) if m and start + m.end() < end else (start, end)


def looks_like_name(phrase: str) -> bool:
    """A subject that is a bare name: a few words, none of them a title head or pronoun."""
    words = phrase.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and phrase not in PRONOUNS
        and not any(phrase.startswith(h) for h in HEADS)
        and all(_NAME_WORD.match(w) for w in words)
    )


class People:
    """Resolves mentions to people for one article's text."""

    def __init__(self, text: str, names: list[tuple[int, int]]) -> None:
        self.text = text
        self.people: list[Person] = []
        self._by_span: dict[tuple[int, int], Person] = {}
        spans = sorted({strip_honorific(text, s, e) for s, e in names}, key=lambda s: s[0])
        for start, end in sorted(spans, key=lambda s: s[0] - s[1]):
            self._add_name(start, end)
        self.name_starts = frozenset(s for s, _ in spans)
        self.titles = find_titles(text, self.name_starts)
        self._attach_titles(spans)

    def _add_name(self, start: int, end: int) -> Person:
        name = self.text[start:end]
        k = key(name)
        for person in self.people:
            pk = key(person.name)
            if pk == k or (pk.endswith(k) and " " in person.name and len(k) > 2):
                person.mentions.append((start, end))
                self._by_span[(start, end)] = person
                return person
        person = Person(name, mentions=[(start, end)])
        self.people.append(person)
        self._by_span[(start, end)] = person
        return person

    def _attach_titles(self, names: list[tuple[int, int]]) -> None:
        """Titles in apposition to names: before the name, or after it behind a comma."""
        starts = {s: (s, e) for s, e in names}
        ends = {e: (s, e) for s, e in names}
        groups: dict[tuple[int, int], list[Title]] = {}
        for title in self.titles:
            groups.setdefault((title.start, title.end), []).append(title)
        for (start, end), titles in groups.items():
            holders: list[tuple[int, int]] = []
            if end + 1 in starts:
                holders = [starts[end + 1]]
            elif self.text[start - 2 : start] == "، ":
                holders = self._coordinated_before(start - 2, ends, len(titles))
            if len(holders) == len(titles):
                for span, title in zip(holders, titles, strict=True):
                    person = self._by_span[span]
                    person.add_title(title.text)
                    person.mentions.append((start, end))

    def _coordinated_before(
        self, at: int, ends: dict[int, tuple[int, int]], count: int
    ) -> list[tuple[int, int]]:
        """The ``count`` names ending at ``at``, joined by «و» or commas, in text order."""
        found: list[tuple[int, int]] = []
        while at in ends and len(found) < count:
            span = ends[at]
            found.append(span)
            before = self.text[: span[0]]
            for joint in (" و ", "، "):
                if before.endswith(joint):
                    at = span[0] - len(joint)
                    break
            else:
                break
        return list(reversed(found))

    def resolve(self, start: int, end: int, last: Person | None) -> Person | None:
        """The person a speaker mention names, adding the mention to them."""
        start, end = strip_honorific(self.text, start, end)
        phrase = self.text[start:end]
        if (start, end) in self._by_span:
            return self._by_span[(start, end)]
        if phrase in PRONOUNS:
            person = last
        else:
            person = self._by_title(phrase)
            if person is None and looks_like_name(phrase):
                person = self._add_name(start, end)
            if person is None and any(phrase.startswith(h) for h in HEADS):
                person = Person(phrase, titles=[phrase])
                self.people.append(person)
        if person is not None:
            person.mentions.append((start, end))
            self._by_span[(start, end)] = person
        return person

    def _by_title(self, phrase: str) -> Person | None:
        """The one person whose title is ``phrase``, or contains all its words."""
        wanted = canonical(phrase)
        words = set(wanted.split())
        exact = [p for p in self.people if wanted in {canonical(t) for t in p.titles}]
        if len(exact) == 1:
            return exact[0]
        loose = [
            p
            for p in self.people
            if any(
                canonical(t).split()[0] == wanted.split()[0] and words <= set(canonical(t).split())
                for t in p.titles
            )
        ]
        return loose[0] if len(loose) == 1 else None

    def title_mentions(self) -> None:
        """Attach every standalone title that names exactly one known person."""
        for title in self.titles:
            span = (title.start, title.end)
            if span in self._by_span or title.plural > 1:
                continue
            person = self._by_title(title.text)
            if person is not None:
                person.mentions.append(span)
                self._by_span[span] = person
