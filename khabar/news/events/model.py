"""What events are made of: the event found, the mentions it can involve, and what the
article says around its sentences, shared by every step of the reading."""

from collections.abc import Sequence
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Context:
    """What the article says around its sentences, read once for all triggers."""

    quoted: Sequence[tuple[int, int]] = ()  # direct quotes
    reported: Sequence[tuple[int, int]] = ()  # indirect quotes
    countries: Sequence[tuple[int, str]] = ()  # every country named, titles included
    speakers: Sequence[str | None] = ()  # who says each of ``reported``


def within(span: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span (a quote, a report) that ``at`` falls in, if any."""
    return next(((a, b) for a, b in span if a <= at < b), None)
