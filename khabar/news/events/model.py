"""What events are made of: the event found, the mentions it can involve, and what the
article says around its sentences, shared by every step of the reading."""

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

ACTORS = ("person", "title")


@dataclass
class Event:
    """An event found: its type, the trigger that tells it and where the trigger stands,
    and who, where and when; participants, place and date may still be completed by a
    later sentence that refers back to it."""

    type: str
    trigger: str
    start: int
    end: int
    sentence: tuple[int, int]
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "participants": self.participants,
            "place": self.place,
            "date": self.date,
            "sentence": list(self.sentence),
        }


@dataclass(frozen=True)
class Mention:
    """Something an event can involve: a resolved person, an office named without its
    holder («رئیس قوه قضاییه»), an organization, a place."""

    start: int
    end: int
    name: str
    kind: str  # "person", "title", "org", "country", "city", "post" (a title's «در X»)


class Spans(tuple[tuple[int, int], ...]):
    """Spans in the order given (quotes, reports) that say which of them hold an offset by
    bisection when they are sorted and apart, as quotes and reports are: a long paragraph
    has hundreds, and each of its triggers and mentions asks. Others are read through."""

    starts: list[int]
    apart: bool

    def __new__(cls, spans: Iterable[tuple[int, int]] = ()) -> "Spans":
        self = super().__new__(cls, ((a, b) for a, b in spans))
        self.starts = [a for a, _ in self]
        self.apart = all(a <= c and b <= c for (a, b), (c, _) in pairwise(self))
        return self

    def holding(self, at: int) -> list[int]:
        """Where, in their order, the spans that hold ``at`` are; when they are sorted and
        apart, only the last to start by ``at`` can."""
        if not self.apart:
            return [i for i, (a, b) in enumerate(self) if a <= at < b]
        i = bisect_right(self.starts, at) - 1
        return [i] if i >= 0 and at < self[i][1] else []


@dataclass(frozen=True)
class Context:
    """What the article says around its sentences, read once for all triggers."""

    quoted: Sequence[tuple[int, int]] = ()  # direct quotes
    reported: Sequence[tuple[int, int]] = ()  # indirect quotes
    countries: Sequence[tuple[int, str]] = ()  # every country named, titles included
    speakers: Sequence[str | None] = ()  # who says each of ``reported``
    # who holds the office a country in a plural title names, by where the country is
    # («وزرای خارجه ایران و روسیه»: ظریف at «ایران»), where the article names them
    holders: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "quoted", Spans(self.quoted))
        object.__setattr__(self, "reported", Spans(self.reported))


def holding(spans: Sequence[tuple[int, int]], at: int) -> list[int]:
    """Where, in their order, the spans that hold ``at`` are."""
    if isinstance(spans, Spans):
        return spans.holding(at)
    return [i for i, (a, b) in enumerate(spans) if a <= at < b]


def within(span: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span (a quote, a report) that ``at`` falls in, if any."""
    if isinstance(span, Spans):
        found = span.holding(at)
        return span[found[0]] if found else None
    return next(((a, b) for a, b in span if a <= at < b), None)
