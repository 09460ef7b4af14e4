"""Trips: whether a visit trigger goes somewhere (a place named where the verb or the
noun says), and whether it was called off."""

import re

from khabar.news.dates.lexicon import CARDINAL
from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    ARRIVING,
    DIVIDED,
    DIVISION,
    GO,
    SENT,
    SENT_AT_END,
    STAYING,
    Z,
)
from khabar.news.events.sentence import has_reflexive

ARRIVE = re.compile(rf"(?:{ARRIVING}) ")
GOING = re.compile(rf" (?:{GO}|{STAYING}|{SENT})$")
# The injured, the sick, the dead and goods are carried where they are sent, not
# travelling: «علی رضایی، مصدوم این حادثه، با بالگرد به تهران اعزام شد», «پیکر شهید …
# اعزام شد», «نخستین محموله کمک‌های هلال احمر به سوریه اعزام شد». Only as what is sent,
# heading the clause or in apposition, counted or not; not a word of someone else's
# description («پزشک متخصص بیماران قلبی … اعزام شد»).
_PURPOSE = re.compile(r"(?<![^\s])(?:برای|جهت|به منظور) ")
_CARRIED = re.compile(
    rf"(?:^|، )(?:(?:\d+|{CARDINAL}|نخستین|اولین|[^\s.،]+مین) )?"
    rf"(?:پیکر|جنازه|جسد|اجساد|مصدوم|مجروح|بیمار|زخمی|محموله|اقلام|تجهیزات|کمک)"
    rf"(?:ان|ین|{Z}?ها|{Z}?های)?(?![^\s،.])"
)
# A fighter deployed to a front, a martyr's biography told: «شهید علی رضایی در سال ۱۳۶۵ به
# کردستان اعزام شد», «به عنوان رزمنده به خوزستان اعزام شد».
_DEPLOYED = re.compile(
    r"(?:^|، )شهید |(?<![^\s])به عنوان (?:رزمنده|بسیجی|سرباز|پاسدار|نیروی داوطلب)(?![^\s،.])"
)
# Where one stays without having travelled: «در زندان اوین به سر می‌برد», «در بیمارستان …».
_CONFINED = re.compile(r"(?:زندان|بیمارستان|بازداشتگاه|اردوگاه|کمپ|قرنطینه|کما|اغما)(?![^\s،.])")
# A shrine pilgrims go to is a place, whoever it is of: «به مرقد امام (ره) اعزام شدند».
_SHRINE = re.compile(r"(?:مرقد|حرم|بارگاه|آستان|مزار|گلزار) ")
BARE_VISIT = re.compile("سفر")
# A trip known by what it left behind: «مصوبات سفر رئیس‌جمهور», «اعتبارات سفر …», «نامه‌های
# مردمی سفر …»; one made, to where the article is of.
LEFT_BY_TRIP = re.compile(
    rf"(?:مصوبات|مصوبه|اعتبارات|اعتبار|نامه{Z}?های مردمی|دستاوردهای|دستاورد) $"
)
_DIVISION = re.compile(DIVISION)
# A destination the list of places lacks, after «به»: a town («سفر به خلخال», «اعزام تیم
# به کاپادوکیه»); not a division alone, a place told before, a border or an errand
# («به استان», «به این کشور», «به مرزها», «اعزام به خدمت», «به خارج از کشور»).
_UNLISTED = re.compile(
    rf"(?!(?:این|آن|همین|همان|استان|شهر|شهرستان|کشور|کشورهای|منطقه|مرز|مرزها"
    rf"|مرزهای|خارج|داخل|سراسر|خدمت|جبهه|جبهه{Z}?ها|بیمارستان|آنجا|اینجا|کجا|سمت|سوی|طرف"
    rf"|مقصد|محل|دیدار|زیارت|همراه|عنوان|منظور|دنبال|سراغ|نظر|ویژه|یک|دو|چند|هر)(?![^\s،.]))"
    r"[^\s.،:«»()\d]{2,}"
)
# A place told before: «پوتین … به این کشور سفر می‌کند», «راهی این کشور می‌شود».
_THAT_PLACE = re.compile(r"(?:این|آن|همین) (?:کشور|شهر|استان)(?![^\s،.])")
# «سفر خود به ایران را لغو کرده‌اند»: a trip called off never happens.
CALLED_OFF = re.compile(
    rf"[^.،]{{0,50}}?(?<![^\s])(?:لغو|کنسل) (?:می{Z}?|نمی{Z}?)?(?:کرد|کن|شد|شو)"
)


def to_place_told(m: re.Match[str]) -> bool:
    """Whether a trip goes to a place told before, not named: «راهی این کشور می‌شود»,
    «سفر خود به این استان»."""
    after = m.group().endswith(" به") and _THAT_PLACE.match(m.string, m.end() + 1)
    return bool(after or _THAT_PLACE.search(m.group()))


def goes_somewhere(text: str, inside: list[Mention], m: re.Match[str]) -> bool:
    """«سفر» alone or a verb of going («به بغداد برود», «وارد زاهدان می‌شود») is a visit
    only with a place it goes to, named or told before («راهی این کشور شد»): the verb's
    place before it, or after «به» soon after the noun, with who travels between («سفر
    هفته گذشته سعد سلیمان … به ریاض»); «سفر … به» needs the place right after it («سفر با
    خودروی شخصی به مرزها» goes nowhere), or the division it is named with («سفر … به
    استان خوزستان», however the recognizer reads the name); a verb of arriving or going
    takes the division before the place too («وارد استان کرمان شد», «به استان کرمان
    رفت»), and a shrine is a place («عازم مرقد امام (ره) شد»). A trip known by what it left
    behind went where the article is of («از محل اعتبارات سفر رئیس‌جمهور …»)."""
    if LEFT_BY_TRIP.search(m.string, max(0, m.start() - 20), m.start()):
        return True
    places = [x for x in inside if x.kind in ("city", "country")]
    arrive = ARRIVE.match(m.group())
    if arrive:
        at = m.start() + arrive.end()
        return (
            _named_at(m.string, at, places)
            or bool(_THAT_PLACE.match(m.string, at))
            or bool(_SHRINE.match(m.string, at))
        )
    if m.group().endswith(" به"):
        to = (
            DIVIDED.match(m.string, m.end() + 1)
            or _THAT_PLACE.match(m.string, m.end() + 1)
            or _UNLISTED.match(m.string, m.end() + 1)
        )
        return bool(to) or any(x.start == m.end() + 1 for x in places)
    if GOING.search(m.group()):
        confined = _CONFINED.match(m.string, m.start()) or _carried(m)
        named = _named_at(m.string, m.start(), places) or _SHRINE.match(m.string, m.start())
        return not confined and bool(named)
    if not BARE_VISIT.fullmatch(m.group()):
        return True
    if has_reflexive(text, (m.start(), m.end())):
        return True
    to = next(
        (
            x
            for x in places
            if m.end() < x.start < m.end() + 80 and text[x.start - 3 : x.start] == "به "
        ),
        None,
    )
    return to is not None and any(
        m.end() < x.start < to.start for x in inside if x.kind in (*ACTORS, "org")
    )


def _carried(m: re.Match[str]) -> bool:
    """Whether a passive «اعزام شد» sends someone injured, sick or dead, goods, or a fighter
    to a front, named in its sentence before it and before what they are sent for («برای
    درمان بیماران» is a doctor's errand)."""
    if not SENT_AT_END.search(m.group()):
        return False
    start = max(m.string.rfind(mark, 0, m.start()) for mark in ".\n") + 1
    purpose = _PURPOSE.search(m.string, start, m.start())
    clause = m.string[start : purpose.start() if purpose else m.start()].strip()
    return bool(_CARRIED.search(clause) or _DEPLOYED.search(clause))


def _named_at(text: str, at: int, places: list[Mention]) -> bool:
    """Whether a listed place is named at ``at``, perhaps after the division it is named
    with («استان کرمان»)."""
    division = _DIVISION.match(text, at)
    named = (at, division.end()) if division else (at,)
    return any(x.start in named for x in places)
