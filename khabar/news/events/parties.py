"""The parties an agreement or talks are «میان» or «بین»: «تفاهم‌نامه‌ای میان صندوق
نوآوری و شکوفایی و سه اپراتور», «میان شرکت ملی نفت ایران و شرکت روسی «زاروبژنفت» امضا
شد»."""

import re

from khabar.news.events.model import Mention
from khabar.news.events.patterns import (
    BODIES,
    MAX_PARTIES,
    MAX_PARTY_WORDS,
    PHRASE_END,
    VERB_END,
    WHEN_WORDS,
)

_BETWEEN = re.compile(r"(?<![^\s])(?:میان|بین) ")
# «میان» a word or two after the trigger, past what kind of agreement it is: «تفاهم‌نامه‌ای
# میان», «تفاهم‌نامه همکاری میان», «قرارداد همکاری مشترک بین»; not past a clause's word.
_BETWEEN_AFTER = re.compile(
    r"(?: (?!(?:که|و|را|با|به|در|از|تا|برای)(?![^\s]))[^\s.،:؛«»]+){0,2} (?:میان|بین) "
)
# A city where something happens or goes, not one standing for its government.
_AT_A_CITY = re.compile(r"(?<![^\s])(?:در|به|از|وارد|عازم|راهی|مقصد|تا|سوی|شهر|استان|پایتخت) $")
_WHEN = re.compile(rf" (?:{'|'.join(sorted(WHEN_WORDS))}|روز|دیروز|هفته|ماه|سال)(?![^\s،.])")


def parties(text: str, at: tuple[int, int], s: int) -> list[str]:
    """The parties an agreement or talks are «میان» or «بین», after the trigger
    («تفاهم‌نامه‌ای میان صندوق نوآوری و شکوفایی و سه اپراتور», «امضای تفاهم‌نامه همکاری
    میان …», the kind of agreement between) or right before it («میان شرکت ملی نفت ایران
    و شرکت روسی «زاروبژنفت» امضا شد»), or those a joint session is of («نشست مشترک دولت
    و مجلس»)."""
    m = (
        _BETWEEN.search(text, at[0], at[1])
        or _BETWEEN_AFTER.match(text, at[1])
        or _JOINT.match(text, at[1] - len("مشترک"))
    )
    if m:
        return _split_parties(text[m.end() : _parties_end(text, m.end(), len(text))])
    before = [b for b in _BETWEEN.finditer(text, max(s, at[0] - 120), at[0])]
    if not before or "،" in text[before[-1].end() : at[0]]:
        return []
    # «میان X و Y صبح امروز با حضور … به امضا رسید»: up to when or how it was signed, not
    # those of another verb («توافقی که … میان ایران و عراق امضا شد نیز گفت‌وگو کردند»)
    end = _parties_end(text, before[-1].end(), at[0])
    if any(VERB_END.fullmatch(word) for word in text[end : at[0]].split()):
        return []
    return _split_parties(text[before[-1].end() : end])


def _parties_end(text: str, start: int, limit: int) -> int:
    """Where the parties «میان» names end: a preposition or a verb, or a time
    («شرکت پتروپارس روز گذشته در تهران»)."""
    ends = [
        m.start()
        for m in (PHRASE_END.search(text, start, limit), _WHEN.search(text, start, limit))
        if m
    ]
    return min(ends, default=limit)


# A joint session of those named after it: «نشست مشترک دولت و مجلس»; not one joint with
# whoever «با» names («نشست مشترک با مدیران …»).
_JOINT = re.compile(r"مشترک (?!با )")
_BOTH_SIDES = re.compile(r"(?<![^\s])(?:دو (?:کشور|طرف|استان|شهر|کشورمان)|طرفین)(?![^\s])")


def _split_parties(phrase: str) -> list[str]:
    """Parties listed with commas and «و»: the «و» before a body's name («… و دانشگاه
    دولتی نفت و گاز …») joins two, else the last one does, since a name may hold one. A
    list longer than names run is a clause, not parties; one phrase of those of both
    sides («شرکت‌های دو کشور», not «دو کشور» alone) is the parties as the gold writes
    them."""
    joints = [i for i in range(len(phrase)) if phrase.startswith(" و ", i)]
    if not joints:
        # both sides in one phrase: «میان شرکت‌های دو کشور به امضا رسید»
        both = _BOTH_SIDES.search(phrase, 1) and len(phrase.split()) <= MAX_PARTY_WORDS
        return [phrase.strip()] if both else []
    cut = next((i for i in joints if phrase[i + 3 :].startswith(BODIES)), joints[-1])
    parts = [p.strip() for p in phrase[:cut].split("،")] + [phrase[cut + 3 :].strip()]
    names = all(p and len(p.split()) <= MAX_PARTY_WORDS for p in parts)
    return parts if names and len(parts) <= MAX_PARTIES else []


def capitals(text: str, inside: list[Mention], s: int, at: tuple[int, int]) -> list[str]:
    """Two cities as the sides, standing for their governments («مسکو، واشنگتن را به
    دخالت متهم کرد», «تهران و مسکو به توافق رسیدند»), before the trigger and not where
    something happens («در تهران»)."""
    cities = [
        m.name
        for m in inside
        if m.kind == "city"
        and s <= m.start < at[0]
        and not _AT_A_CITY.search(text, max(0, m.start - 8), m.start)
    ]
    cities = list(dict.fromkeys(cities))
    return cities if 2 <= len(cities) <= MAX_PARTIES else []
