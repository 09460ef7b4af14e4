"""Events: who met, called, visited, agreed, stated or accused, with whom, where and when.

An event is a trigger in a sentence («دیدار کردند», «در تماسی تلفنی با», «به امضا رسید»,
«متهم کرد», «در نشست خبری»). News reports an event once and then refers back to it
(«این دیدار …»), so a trigger whose type and participants repeat an earlier event's is a
reference, not a new event. Participants are the people a sentence names, or, when it
names fewer than two, also its organizations and countries; places after «در» (or «به»
for a visit) are the place, and the sentence's first date is the date.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from khabar.text.chars import ZWNJ

Z = ZWNJ
_V = rf"(?:می{Z}?|نمی{Z}?)?(?:کرد|کرده|کن|کنند|کند|خواهند کرد|خواهد کرد)(?:ند|ه بودند|ه است|ه‌اند)?"
# Trigger patterns by type, most specific first; a sentence gets at most one of each type.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "call": (rf"(?:تماس|تماسی|گفت{Z}?و{Z}?گوی|مکالمه) ?تلفنی",),
    "agreement": (
        r"به امضا(?:ی [^.،]{1,60}?)? رسید",
        rf"امضا (?:{_V}|شد|شده|خواهد شد|می{Z}?شود|خواهند شد|می{Z}?شوند)",
        rf"توافق (?:{_V}|نهایی|کردند)",
        rf"تفاهم{Z}?نامه(?:ای)? [^.]{{0,40}}?امضا",
    ),
    "accusation": (
        rf"متهم (?:{_V}|شد|شده)",
        rf"انتقاد (?:{_V})",
        r"(?:ادعای|اتهام)",
    ),
    "visit": (
        rf"(?:به [^.،]{{1,30}} )?سفر (?:{_V}|کرده است|خواهد کرد)",
        rf"بازدید (?:{_V}|از)",
        r"در سفر(?:ی)? به",
        r"سفر [^.،]{1,40}? به",
    ),
    "meeting": (
        rf"دیدار و گفت{Z}?و{Z}?گو (?:{_V})",
        rf"(?:دیدار|ملاقات|رایزنی|مذاکره) (?:{_V})",
        rf"گفت{Z}?و{Z}?گو (?:{_V})",
        r"(?:در|پس از|طی) (?:دیدار|ملاقات) (?:با|[^.،]{1,30}? با)",
        r"مذاکرات",
        r"(?:نشست|اجلاس) (?:سه{Z}?جانبه|مشترک|وزیران|سران)".replace("{Z}", Z),
    ),
    "statement": (
        r"(?:نشست|کنفرانس) خبری(?: [^\s.،]+)?",
        rf"گفت{Z}?و{Z}?گو(?:یی)?(?: کوتاه)? با "
        r"(?:خبرنگاران|(?:خبرنگار|شبکه|روزنامه|خبرگزاری|پایگاه) [^\s.،]+)",
        r"(?:بیانیه|اطلاعیه|یادداشت)(?:ای|ی)?",
    ),
}
_TRIGGER = {kind: re.compile("|".join(pats)) for kind, pats in TRIGGERS.items()}
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")
_PLUPERFECT = re.compile(r"ه بود(?:ند|ه)?$")
_THEY = re.compile(rf"(?<![^\s«(،])(?:آنها|آن{Z}ها|ایشان|دو طرف)(?![^\s،؛:.!؟()«»])")


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


def _participants(text: str, inside: list[Mention], kind: str, start: int) -> list[str]:
    """Who takes part: the people the sentence names when there are two or more (or for
    a statement, any), else its people, organizations and countries. What the sentence
    says the event was about («درباره سوریه») is not a participant."""
    topic = text.find("درباره", start, inside[-1].start if inside else start)
    about = [m for m in inside if not (0 <= topic < m.start and "،" not in text[topic : m.start])]
    people = list(dict.fromkeys(m.name for m in about if m.kind == "person"))
    if len(people) >= 2 or (kind == "statement" and people):
        return people
    others = [m.name for m in about if m.kind in ("org", "country")]
    return list(dict.fromkeys(people + others))


def _place(text: str, inside: list[Mention], kind: str, trigger_at: int) -> str | None:
    places = [m for m in inside if m.kind in ("city", "country")]
    after_in = [m for m in places if text[max(0, m.start - 3) : m.start] == "در "]
    cities = [m for m in after_in if m.kind == "city"]
    if kind == "visit":
        to = [m for m in places if text[max(0, m.start - 3) : m.start] == "به "]
        if to:
            return to[0].name
    chosen = cities or after_in
    return min(chosen, key=lambda m: abs(m.start - trigger_at)).name if chosen else None


def _repeats(event: Event, earlier: list[Event]) -> bool:
    """Whether ``event`` refers back to one already found (same type, shared participants).
    One told in the pluperfect («دیدار کرده بودند») happened before, apart."""
    if _PLUPERFECT.search(event.trigger):
        return False
    mine = set(event.participants)
    return any(e.type == event.type and (not mine or mine & set(e.participants)) for e in earlier)


def find_events(
    text: str,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int, str | None]],
    lead: tuple[int, int] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    body: int = 0,
) -> list[Event]:
    """Events in reading order; ``lead`` lends its date to the lead's undated events.

    A trigger inside a direct quote (``quoted``) is what someone said, not what the
    article reports, and a phone call is not also a meeting. Only text from ``body`` on
    is read: a headline repeats an event the body reports, without its date or place.
    """
    events: list[Event] = []
    lead_date = None
    if lead:
        lead_date = next((v for s, e, v in dates if lead[0] <= s and e <= lead[1] and v), None)
    people = {m.name for m in mentions if m.kind == "person"}
    for sentence in _SENTENCE.finditer(text, body):
        s, e = sentence.span()
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        date = next((v for ds, de, v in dates if s <= ds and de <= e and v), None)
        if date is None and lead and lead[0] <= s < lead[1]:
            date = lead_date
        found_here: set[tuple[int, int]] = set()
        kinds: set[str] = set()
        for kind, pattern in _TRIGGER.items():
            m = pattern.search(text, s, e)
            if not m or any(a < m.end() and m.start() < b for a, b in found_here):
                continue
            if any(a <= m.start() < b for a, b in quoted) or (
                kind == "meeting" and "call" in kinds
            ):
                continue
            participants = _participants(text, inside, kind, s)
            if not participants and _THEY.search(text, s, m.start()):
                # «آنها … دیدار کرده بودند»: the people of the last event two people shared.
                pairs = [ev for ev in events if len(set(ev.participants) & people) >= 2]
                participants = list(pairs[-1].participants) if pairs else []
            if not participants:
                continue
            event = Event(
                kind,
                m.group().strip(),
                m.start(),
                m.end(),
                (s, e),
                participants,
                _place(text, inside, kind, m.start()),
                date,
            )
            if not _repeats(event, events):
                events.append(event)
                found_here.add((m.start(), m.end()))
                kinds.add(kind)
    return sorted(events, key=lambda ev: ev.start)
