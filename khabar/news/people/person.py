"""A person of one article: a name, the titles the article gives them, every mention."""

from dataclasses import dataclass, field

from khabar.news.titles.lists import offices_of
from khabar.text.chars import key


@dataclass
class Person:
    name: str | None  # None while only a title is known
    titles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    merged_into: "Person | None" = None

    def final(self) -> "Person":
        person = self
        while person.merged_into is not None:
            person = person.merged_into
        return person

    def add_title(self, title: str) -> None:
        if key(title) not in {key(t) for t in self.titles}:
            self.titles.append(title)

    def retitle(self, old: str, new: str) -> None:
        """Write a title they were given in full: «معاون نخست‌وزیر» as «معاون نخست‌وزیر
        پاکستان» once the title joined to it shows the country."""
        if old in self.titles and key(new) not in {key(t) for t in self.titles}:
            self.titles[self.titles.index(old)] = new

    def absorb(self, other: "Person") -> None:
        for title in other.titles:
            self.add_title(title)
        self.mentions.extend(other.mentions)
        other.merged_into = self

    def to_dict(self) -> dict:
        offices = (office for title in self.titles for office in offices_of(title))
        return {
            "name": self.name,
            "titles": list(dict.fromkeys(offices)),
            "mentions": [list(m) for m in _outermost(self.mentions)],
        }


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, less those inside another: a name read twice, once in
    part («محمد حسن اکبری» of «محمد حسن اکبری مطلق»), is one mention."""
    unique = sorted(set(spans))
    return [
        (s, e)
        for s, e in unique
        if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in unique)
    ]
