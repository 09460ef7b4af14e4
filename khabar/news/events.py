"""Events: who met, called, visited, agreed, stated or accused, with whom, where and when.

An event is a trigger phrase in a sentence («دیدار کردند», «گفت‌وگوی تلفنی», «امضا
کردند», «متهم کرد»). Its participants are the people, organizations and countries the
sentence names; its place is a place after «در»; its date the first date in the sentence.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from khabar.text.chars import ZWNJ

Z = ZWNJ
TRIGGERS: dict[str, tuple[str, ...]] = {
    "call": (
        f"گفت{Z}وگوی تلفنی",
        "گفت و گوی تلفنی",
        f"گفت{Z}وگوی تلفنی",
        "تماس تلفنی",
        "مکالمه تلفنی",
    ),
    "meeting": (
        "دیدار کرد",
        "دیدار و گفت",
        "ملاقات کرد",
        "دیدار",
        "ملاقات",
        "رایزنی کرد",
        f"گفت{Z}وگو کرد",
        f"گفت{Z}وگو کرده",
        "مذاکره کرد",
        "نشست مشترک",
    ),
    "visit": ("سفر کرد", "سفر", "بازدید کرد", "وارد شد"),
    "agreement": (
        "توافق کرد",
        "توافق",
        "امضا کرد",
        "امضا شد",
        "به امضا رسید",
        f"تفاهم{Z}نامه",
        "قرارداد",
    ),
    "accusation": ("متهم کرد", "متهم شد", "اتهام", "محکوم کرد"),
    "statement": ("بیانیه", "اعلام کرد", "تصریح کرد"),
}
_TRIGGER = re.compile(
    "|".join(
        f"(?P<{kind}>" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
        for kind, words in TRIGGERS.items()
    )
)
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")


@dataclass
class Event:
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
    """Something an event can involve: a resolved person, an organization, a place."""

    start: int
    end: int
    name: str
    kind: str  # "person", "org", "country", "city"


def _inside(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def find_events(
    text: str, mentions: Sequence[Mention], dates: Sequence[tuple[int, int, str | None]]
) -> list[Event]:
    """One event per sentence and trigger kind, the first trigger of that kind naming it."""
    events: list[Event] = []
    for sentence in _SENTENCE.finditer(text):
        s, e = sentence.span()
        seen: set[str] = set()
        for m in _TRIGGER.finditer(text, s, e):
            kind = m.lastgroup or ""
            if kind in seen:
                continue
            inside = [x for x in mentions if _inside(x, s, e)]
            participants = list(
                dict.fromkeys(x.name for x in inside if x.kind in ("person", "org", "country"))
            )
            if kind != "statement" and len(participants) < 1:
                continue
            seen.add(kind)
            place = next(
                (
                    x.name
                    for x in inside
                    if x.kind in ("city", "country") and text[x.start - 3 : x.start] == "در "
                ),
                None,
            )
            date = next((v for ds, de, v in dates if s <= ds and de <= e and v), None)
            events.append(
                Event(kind, m.group(), m.start(), m.end(), (s, e), participants, place, date)
            )
    return events
