"""Who travels: a delegation or caravan opening the clause, named by no one the recognizer
knows («هیئت ۲۲ نفره آلمانی … وارد تهران شد»), and whether a visit has a visitor at all
(countries alone are where it goes)."""

import re
from collections.abc import Sequence

from khabar.news.dates.lexicon import CARDINAL
from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    ARRIVING,
    BY,
    DELEGATION,
    GROUP,
    MAX_PARTY_WORDS,
    PHRASE_END,
    SENT_AT_END,
    SPACE,
    VERB_END,
    WEEKDAYS,
    WHEN_WORDS,
    Z,
)
from khabar.news.events.sentence import clause_span, topic_of

# What a speaker says opens after «گفت که», «اعلام کرد که», «افزود که».
_SAID_THAT = re.compile(r"(?<= )(?:گفت|افزود|اعلام کرد|اظهار کرد|تأکید کرد|خبر داد) که ")
# A group that travels: «هیئت ۲۲ نفره آلمانی», «هیئتی از بازرگانان», «نخستین کاروان حجاج»,
# «سیزده تن از نمایندگان مجلس پاکستان».
_CARAVAN = re.compile(
    rf"(?:(?:نخستین|اولین|دومین|آخرین) )?(?:هی[ئأا]ت|کاروان)(?:ی|{Z}?ها(?:ی)?)?(?= (?!این|همراه))"
    rf"|[^\s.،]+ (?:تن|نفر) از (?={GROUP})"
)
# What may come before the group its clause opens with: the lead's sourcing line
# («خبرگزاری فارس: کاروان …»), «همچنین» and when («همچنین روز گذشته کاروان‌های …»).
_LEAD_IN = re.compile(
    r"(?:خبرگزاری [^\s.،:]+: )?(?:(?:همچنین|ضمنا|روز گذشته|"
    + "|".join(sorted(WHEN_WORDS - {"نیز"}))
    + r") )*"
)
# Teams counted, what a passive «اعزام شد» sends, wherever its clause names them: «پس از
# زلزله ۱۲ تیم ارزیاب … به گچساران اعزام شدند»; not those someone goes with («با دو تیم
# امدادی») nor some of them («از ۱۲ تیم»).
_TEAMS = re.compile(rf"(?<![^\s])(?<!با )(?<!از )(?:\d+|{CARDINAL}) (?:تیم|گروه)(?= [^\s.،])")
# Who sends them: «از سوی ستاد بحران», «توسط اورژانس».
_SENDER = re.compile(rf" (?:{BY}) ")
_SENDER_BEFORE = re.compile(rf"(?<![^\s])(?:{BY}) $")
# The presidency a provincial trip is told of: «سفر (اول) ریاست جمهوری به استان خوزستان».
_PRESIDENCY = re.compile(rf"ریاست ?{Z}?جمهوری")
# A sports team: «تیم ملی», «تیم فوتبال استقلال».
_TEAM = re.compile(r"تیم(?: |$)")
# Where the group's phrase ends: when or how it goes.
_GROUP_ENDS = frozenset(
    (*WHEN_WORDS, *WEEKDAYS, *"به در برای جهت با که را وی او امروز".split(), *ARRIVING.split("|"))
)


def travelling_group(
    text: str,
    inside: list[Mention],
    at: tuple[int, int],
    sentence: tuple[int, int],
    dated: Sequence[int],
) -> list[str]:
    """A delegation or a caravan opening the clause travels as a group the recognizer has
    no name for («هیئت ۲۲ نفره آلمانی یکشنبه شب وارد تهران شد», «هیئتی از بازرگانان
    عمانی … به تهران سفر می‌کند»): the phrase up to when or how it goes, with no one
    named before the trigger (a nationality read as a body is part of it; a body named,
    «هیئت کنفدراسیون فوتبال آسیا», is who travels), or opening what a speaker says it
    will do («گفت که هیئت بازرسی کنفدراسیون … بازدید می‌کند»)."""
    carried = _carried_by_trip(text, at) or _named_in_trip(text, inside, at)
    if carried:
        return carried
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    opening = _LEAD_IN.match(text, opening).end()
    said = _SAID_THAT.search(text, opening, at[0])
    if said and not _CARAVAN.match(text, opening, at[0]):
        opening = said.end()
    group = _CARAVAN.match(text, opening, at[0])
    stop = at[0]
    if group is None and not any(
        sentence[0] <= m.start < at[0] and m.kind in ACTORS for m in inside
    ):
        # the subject a clause after «و» shares with the first, up to where its phrase
        # ends: «کاروان‌های دانشجویی استان از … عبور می‌کنند و … به مشهد می‌روند»
        first = _LEAD_IN.match(text, SPACE.match(text, sentence[0]).end()).end()
        group = _CARAVAN.match(text, first, at[0])
        ends = PHRASE_END.search(text, group.end(), at[0]) if group else None
        opening, stop = (first, ends.start() if ends else stop) if group else (opening, stop)
    if group is None and SENT_AT_END.search(text, *at):
        group = _TEAMS.search(text, opening, stop)
        opening = group.start() if group else opening
    if not group or any(opening <= m.start < stop and m.kind in ACTORS for m in inside):
        return []
    end = min((d for d in dated if opening < d < stop), default=stop)
    sender = _SENDER.search(text, opening, end)
    end = sender.start() if sender else end
    # a body the recognizer ran on into the date is no name: «بازرگانان آلمانی اردیبهشت»
    if any(opening <= m.start and m.end <= end and _a_body(text, m) for m in inside):
        return []
    words = text[opening:end].split()
    cut = next((i for i, w in enumerate(words) if i > 1 and w in _GROUP_ENDS), len(words))
    return [" ".join(words[:cut])] if 2 <= cut <= MAX_PARTY_WORDS else []


def _trip_noun(text: str, at: tuple[int, int]) -> int | None:
    """Where who travels is named in a trip's noun, between «سفر» or «اعزام» and «به» or
    «بازدید» and «از»; None for a trigger that is no such noun."""
    trip = text.startswith(("سفر ", "اعزام "), at[0]) and text.endswith(" به", at[0], at[1])
    if not trip and not (text.startswith("بازدید ", at[0]) and text.endswith(" از", at[0], at[1])):
        return None
    return text.index(" ", at[0]) + 1


def _carried_by_trip(text: str, at: tuple[int, int]) -> list[str]:
    """The group a trip's noun names («از سفر هیئتی از بازرگانان ترکیه به تبریز خبر داد»,
    «در جریان بازدید هیئت تجاری ترکیه از پروژه … افزود»), or the presidency («سفر اول
    ریاست جمهوری به خوزستان»): who travels is told there, not by who announces it."""
    opening = _trip_noun(text, at)
    if opening is None:
        return []
    presidency = _PRESIDENCY.search(text, opening, at[1])
    if presidency:
        return [presidency.group()]
    words = text[opening : at[1] - 3].split()
    if text.startswith("اعزام ", at[0]) and words and not _named_in_trip(text, [], at):
        # those sent, however few the words: «اعزام مبلغان به نقاط مختلف کشور»
        return [" ".join(words)] if len(words) <= MAX_PARTY_WORDS else []
    if not _CARAVAN.match(text, opening, at[1]):
        return []
    return [" ".join(words)] if 2 <= len(words) <= MAX_PARTY_WORDS else []


def _named_in_trip(text: str, inside: list[Mention], at: tuple[int, int]) -> list[str]:
    """Who a trip's noun names is who travels («سفر ظریف به بروکسل», «سفر رئیس‌جمهور به
    گیلان»), whatever else the sentence names around it (a list of headlines: «درگیری
    ازبک‌ها و قزاق‌ها، سفر ظریف به بروکسل، …»); not a trip spoken about, which what is
    said of it may name in full («درباره سفر وزیر امور خارجه به آسیای مرکزی توضیح داد که
    محمدرضا صالحی‌نیا … به آستانه می‌رود»)."""
    opening = _trip_noun(text, at)
    if opening is None or topic_of(text, inside, at) is not None:
        return []
    named = [m.name for m in inside if opening <= m.start < at[1] - 3 and m.kind in ACTORS]
    return list(dict.fromkeys(named))


def _a_body(text: str, m: Mention) -> bool:
    """An organization named as a noun («کنفدراسیون فوتبال آسیا»), not a nationality the
    recognizer reads as one («بازرگانان آلمانی»)."""
    return m.kind == "org" and not text[m.start : m.end].endswith("ی")


def visitor(
    text: str, s: int, at: tuple[int, int], inside: list[Mention], participants: list[str]
) -> bool:
    """A visit needs a visitor, a person or a body, a group that travels or the
    presidency, or the delegation told before («اعضای هیئت … بازدید کردند»): countries
    alone are where it goes («زائران به عراق سفر کنند», «پیش از سفر به روسیه با لیتوانی
    بازی می‌کند»)."""
    named = any(
        m.name in participants and _travels(text, at, m)
        for m in inside
        if m.kind in (*ACTORS, "org")
    )
    group = any(
        _CARAVAN.match(name) or _TEAMS.match(name) or _PRESIDENCY.fullmatch(name)
        for name in participants
    )
    return named or group or bool(DELEGATION.match(text, SPACE.match(text, s).end()))


def _travels(text: str, at: tuple[int, int], m: Mention) -> bool:
    """A team travels only as the subject of a verb of going («تیم ملی فردا به روسیه سفر
    می‌کند»); a trip's noun near it times what the team does («تیم ملی پیش از سفر به
    روسیه با لیتوانی بازی می‌کند»), a fixture, not a visit."""
    return not _TEAM.match(m.name) or bool(VERB_END.search(text, *at))


def not_the_sender(text: str, inside: list[Mention], at: tuple[int, int]) -> list[Mention]:
    """Those a passive «اعزام شد» sends, not who sends them («۱۲ تیم ارزیاب از سوی ستاد
    بحران به گچساران اعزام شدند»: the teams go, the crisis office stays)."""
    if not SENT_AT_END.search(text, *at):
        return inside
    return [m for m in inside if not _SENDER_BEFORE.search(text, max(0, m.start - 12), m.start)]


def in_relative_clause(
    text: str, inside: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Who a trip told in a relative clause may be: the clause and whom it is about, not
    the main clause after its comma («بن علوی که … به تهران سفر کرده است، پیام … را به
    رئیس جمهور کشورمان تحویل داد»: the minister travels, the president does not)."""
    opened = text.rfind(" که ", sentence[0], at[0])
    if opened < 0 or re.search(r"[،.:؛«»]", text[opened : at[0]]):
        return inside
    closed = text.find("،", at[1], sentence[1])
    if closed < 0:
        return inside
    return [m for m in inside if m.start < closed]


# A delegation named short, by the head of its body's name: «هیئت کنفدراسیون».
_SHORT_DELEGATION = re.compile(r"هی[ئأ]ت ([^\s.،]+)")


def delegation_told(participants: list[str], earlier: Sequence[Sequence[str]]) -> list[str]:
    """A delegation named short («هیئت کنفدراسیون فردا عازم اصفهان می‌شود») is the body a
    trip told before named in full («هیئت سه‌نفره کنفدراسیون فوتبال آسیا … وارد تهران
    شد» → «کنفدراسیون فوتبال آسیا»), the latest that has the word."""
    short = _SHORT_DELEGATION.fullmatch(participants[0]) if len(participants) == 1 else None
    if short is None:
        return participants
    word = short.group(1)
    for names in reversed(earlier):
        full = next((n for n in names if word in n.split() and n != participants[0]), None)
        if full:
            return [full]
    return participants
