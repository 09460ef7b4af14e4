"""Who a session is held with: «کمیته … با حضور کارشناسان استان و نمایندگان کانون …
برگزار شد», «در جلسه‌ای که با حضور X، معاونان فرماندار و بخشداران برگزار شد». The
people and groups present are its parties; a body told as the session itself («کمیته …
با حضور … برگزار شد») is not, one whose session it is («نشست کمیته اجرایی سازمان … با
حضور …») still is."""

import re

from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    DAYS,
    GROUP,
    MAX_PARTIES,
    MAX_PARTY_WORDS,
    NOON,
    SAT_BODIES,
    SAYING,
    SOME_OF,
)
from khabar.news.people.lexicon import given_names
from khabar.news.titles import HEAD_WORDS
from khabar.text.chars import ZWNJ

_PRESENT = re.compile(r"(?<![^\s،])با حضور ")
# Where the list of those present ends: where the session is held («در سالن …»), when, a
# relative clause («… مدیران کل ادارات که از صبح آغاز شده بود») or its verb; a group may name
# where it serves («نمایندگان … در آیسسکو»), which the whole-word match of the guidelines'
# scorer forgives.
_LIST_END = re.compile(
    r" (?:که|در|برگزار|تشکیل|آغاز|صبح|عصر|ظهر|شب|بامداد|شامگاه|روز|با|به|برای"
    rf"|{NOON}|{'|'.join(DAYS)})(?![^\s،.])|[.؛:\n()]"
)
# A list's items are parted by a comma or an «و» before a new group or office; «روسای
# احزاب و تشکل‌های سیاسی» is one group.
_ITEM_BREAK = re.compile(rf"، ?| و (?={GROUP}|(?:{HEAD_WORDS}) |جمعی از )")
# How many of a group: «جمعی از مدیران», «صدها نفر از مردم», «کلیه مدیران»; people
# counted are a group whatever names them («صدها نفر از مردم شهرستان»).
_COUNT = re.compile(
    r"^(?:(?P<people>صدها نفر|هزاران نفر|\d+ ?نفر|[^\s]+ نفر)"
    rf" از |(?:{SOME_OF}) از |(?:کلیه|همه|تمامی|تمام) )"
)
# A group named by its role, or an office: «سرپرست استانداری کرمان».
_GROUP_START = re.compile(GROUP)
_PARTY_START = re.compile(rf"{GROUP}|(?:{HEAD_WORDS})(?![^\s،.])")
# Roles that stand alone: «بخشداران و روسای احزاب» are two groups, and so are «استاندار و
# فرماندهان نظامی», where «مدیران و مسئولان فرهنگی استان» share what follows.
_WHOLE_ROLE = re.compile(r"(?:(?:فرماندار|بخشدار|استاندار|شهردار|دهیار)(?:ان)?|وزیران|وزرای)$")
# Whom a gathering honours or is held for, named right after the gathering's name: «همایش
# تجلیل از برگزیدگان …», «همایش تاج بندگی به بهانه تجلیل از پیشتازان …», «کارگاه آموزشی
# «مهروماه» ویژه زوج‌های شرکت‌کننده …»; a group, told in the plural, not an occasion
# («ویژه یادبود …») nor a person honoured («همایش بزرگداشت شیخ …»).
_HELD_FOR = re.compile(
    r"(?:همایش|کارگاه|نشست|جلسه|گردهمایی|سمینار|اجتماع)[^.،:]{0,40}? "
    r"(?:(?:(?:به (?:بهانه|مناسبت) )?(?:تجلیل|تکریم|قدردانی) از)"
    rf" (?=[^\s.،:«»]+(?:ان|ین|{ZWNJ}?ها|{ZWNJ}?های)(?![^\s،.]))"
    # held for: «ویژه زوج‌های …», «ویژه مدیران …», not a season («ویژه تابستان»)
    rf"|ویژه (?=(?:[^\s.،:«»]+{ZWNJ}?ها|[^\s.،:«»]+{ZWNJ}?های|{GROUP})(?![^\s،.])))"
)
# Where the group honoured ends: where or when the gathering is, who holds it, its verb.
_HONOURED_END = re.compile(
    r" (?:که|در|برگزار|تشکیل|آغاز|با|برای|به همت|به میزبانی|توسط|از سوی|صبح|عصر|ظهر|شب"
    rf"|بامداد|روز|{NOON}|{'|'.join(DAYS)}|{SAYING})(?![^\s،.:])|[.؛:\n()،«»]"
)
# Held, not holding: «کمیته … جلسه‌ای با حضور X برگزار کرد» is the committee's with X.
_HELD = re.compile(
    rf" (?:برگزار|تشکیل)(?! ?(?:کرد|کردند|کند|کنند|نمود|نمودند|می{ZWNJ}?کند|می{ZWNJ}?کنند"
    r"|خواهد کرد|خواهند کرد)(?![^\s،.]))"
)


def attendees(text: str, inside: list[Mention], at: tuple[int, int]) -> list[str]:
    """The people, offices and groups a meeting trigger's «با حضور» lists, when its list
    runs to the verb that holds the session; none when the list names nothing of those."""
    present = _PRESENT.search(text, at[0], at[1])
    if present is None or not _HELD.search(text, present.end(), at[1]):
        return []
    end_mark = _LIST_END.search(text, present.end(), at[1])
    end = end_mark.start() if end_mark else at[1]
    spans, start = [], present.end()
    for part in _ITEM_BREAK.finditer(text, start, end):
        head = _COUNT.sub("", text[start : part.start()].strip(" «»"))
        if part.group().startswith(" و") and " " not in head and not _WHOLE_ROLE.match(head):
            continue  # «مدیران و مسئولان فرهنگی استان»: one group, the complement shared
        spans.append((start, part.start()))
        start = part.end()
    spans.append((start, end))
    found: list[str] = []
    previous = None
    for item_start, item_end in spans:
        name, kind = _item(text, inside, item_start, item_end)
        if name and not (kind == "office" and previous == "person"):
            found.append(name)  # not «X، معاون استاندار،», X's office in apposition
        previous = kind
    return list(dict.fromkeys(found))[:MAX_PARTIES]


def _item(text: str, inside: list[Mention], start: int, end: int) -> tuple[str | None, str]:
    """Someone named or an office the recognizer found at the item's start, else a group
    named by its role or an office it did not find; with which of «person», «office»,
    «group» it is."""
    start += len(text[start:end]) - len(text[start:end].lstrip("« "))
    named = next(
        (m for m in inside if m.start == start and m.end <= end and m.kind in ACTORS), None
    )
    if named is not None:
        # «سرپرست استانداری کرمان» read as its holder is still an office in the list
        by_name = named.kind == "person" and not _PARTY_START.match(text, start)
        return named.name, "person" if by_name else "office"
    words = text[start:end].strip(" «»")
    count = _COUNT.match(words)
    words = words[count.end() :] if count else words
    party = _PARTY_START.match(words)
    if not (count and count["people"]) and not party:
        return None, "none"
    kind = "office" if party and not _GROUP_START.match(words) else "group"
    return " ".join(words.split()[:MAX_PARTY_WORDS]), kind


def with_attendees(
    text: str, at: tuple[int, int], participants: list[str], present: list[str], actors: set[str]
) -> list[str]:
    """``participants`` and those ``present`` not already among them; the bodies among
    ``participants`` only when the trigger does not open with a sitting body: then the
    body is the session, not a party to it. ``actors`` are the people and countries."""
    sitting = text.startswith(SAT_BODIES, at[0])
    kept = [p for p in participants if p in actors or not sitting]
    return kept + [p for p in present if not any(p in k for k in kept)]


def held_for(text: str, at: tuple[int, int], e: int, participants: list[str]) -> list[str]:
    """``participants`` and the group a gathering opening the trigger honours or is held for
    («همایش تجلیل از فجرآفرینان عاشورایی …», «کارگاه آموزشی … ویژه زوج‌های شرکت‌کننده
    در …»): by the guidelines a gathering honouring a group is a meeting of the honoured."""
    honouring = _HELD_FOR.match(text, at[0], e)
    if honouring is None:
        return participants
    end = _HONOURED_END.search(text, honouring.end(), e)
    words = text[honouring.end() : end.start() if end else e].split()[:MAX_PARTY_WORDS]
    if words and words[0] in given_names():
        return participants  # a person honoured whose name ends so: «تجلیل از حسین …»
    group = " ".join(words)
    return participants if any(group in p for p in participants) else [*participants, group]
