"""Participants: the people a sentence names, offices named without a holder among them,
or, when it names fewer than two, also its organizations and countries; parties «میان X
و Y» and «دو کشور» are read as such. A speaker is not a participant of what they report
unless their speech leaves out a subject it shares with them; a statement is its
issuer's and a trip its traveller's."""

import re
from collections import Counter
from collections.abc import Sequence

from khabar.news.events.model import ACTORS, Context, Mention, within
from khabar.news.events.patterns import (
    ANNOUNCED,
    ARRIVING,
    BECOME,
    BODIES,
    DAYS,
    DELEGATION,
    GROUP,
    MAX_PARTIES,
    MAX_PARTY_WORDS,
    PHRASE_END,
    SPACE,
    TALK,
    TOWARDS,
    TOWARDS_REACH,
    VERB_END,
    WHEN_WORDS,
    Z,
)
from khabar.news.events.places import visited_site
from khabar.news.events.sentence import TOPIC, aside, clause_span, has_reflexive, topic_of
from khabar.news.events.triggers import CONSENTED, RECEIVED
from khabar.news.people import of_an_institution

# A time word the recognizer took into a name: «کنفدراسیون فردا», «… ملی هفته آینده».
_WHEN_AFTER = re.compile(rf" (?:{'|'.join(DAYS)}|(?:هفته|ماه|سال) (?:آینده|گذشته|جاری|پیش))$")
_ISSUED_IN = re.compile(r" (?:در|طی|با انتشار|با صدور) ")
_WEEKDAYS = frozenset(
    f"روز شنبه یکشنبه دوشنبه سه{Z}شنبه چهارشنبه پنجشنبه پنج{Z}شنبه جمعه همچنین".split()
)
# «سازمان حمایت اما در اطلاعیه‌ای …»: a conjunction after the subject is not its name.
_BUT = frozenset("اما ولی هم".split())
_NOT_ISSUERS = frozenset("این آن وی او به بر در از".split())
# Whom a traveller goes to meet: «برای دیدار با X به ریاض سفر می‌کند».
_MET = re.compile(rf"(?:دیدار|ملاقات|مذاکره|رایزنی|{TALK}) با $")
# «جلسه‌ای … برگزار خواهد شد»: a passive has the event as its subject, not the speaker.
_PASSIVE = re.compile(rf"(?:برگزار|تشکیل|امضا|انجام) (?:{BECOME})$")
_PLURAL = re.compile(rf"(?:کنند|کردند|کرده{Z}?اند|شوند|شدند|روند|رفتند|خواهند|بودند|دهند|دادند)")
# Words a clause opens with when its subject is left out.
_OPENERS = frozenset(
    "در با به از برای تا پیش پس طی ضمن فردا امروز امشب هفته ماه سال سپس بعد قبل".split()
)
_BETWEEN = re.compile(r"(?<![^\s])(?:میان|بین) ")
_TWO_COUNTRIES = re.compile(r"(?<![^\s«(،])دو کشور(?![^\s،؛:.!؟()«»])")
# «… میان دو کشور امضا شود»: the parties right before the trigger.
_BETWEEN_TWO = re.compile(r"(?<![^\s])(?:میان|بین) دو کشور $")
# What a speaker says opens after «گفت که», «اعلام کرد که», «افزود که».
_SAID_THAT = re.compile(r"(?<= )(?:گفت|افزود|اعلام کرد|اظهار کرد|تأکید کرد|خبر داد) که ")
# A group that travels: «هیئت ۲۲ نفره آلمانی», «هیئتی از بازرگانان», «نخستین کاروان حجاج».
_CARAVAN = re.compile(
    r"(?:(?:نخستین|اولین|دومین|آخرین) )?(?:هی[ئأ]ت|کاروان)(?:ی)?(?= (?!این|همراه))"
)
# Where the group's phrase ends: when or how it goes.
_GROUP_ENDS = frozenset(
    (*WHEN_WORDS, *_WEEKDAYS, *"به در برای با که را وی او امروز".split(), *ARRIVING.split("|"))
)
_CLAIM = re.compile(r"^(?:ادعای|اتهام)")
_REASON = re.compile(r"(?<![^\s«(،])(?:به دلیل|به خاطر|به علت|به سبب|به جرم) ")
_CONSENTED = re.compile(CONSENTED)
_WITH_GROUP = re.compile(rf"(?<![^\s])با (?={GROUP})")
# The verb of saying a criticism ends before: «با انتقاد از X گفت», «… تأکید کرد».
_SAYING = re.compile(r" (?:گفت|افزود|اظهار|تأکید|اعلام|خواستار|بیان)(?![^\s،.])|:")


def candidates(
    text: str, inside: list[Mention], at: tuple[int, int], context: Context
) -> list[Mention]:
    """The mentions that can take part in the event triggered at ``at``.

    Names inside a direct quote are what the speaker talks about. A trigger in reported
    speech takes its participants from that speech, one outside it not from it, unless the
    trigger is what the speaker talks about («درباره سفر X»): then everything after the
    topic word is the event's, and whoever talks about it is not.
    """
    found = [m for m in inside if not within(context.quoted, m.start)]
    topic = topic_of(text, inside, at)
    if topic is not None:
        return [m for m in found if m.start >= topic]
    speech = within(context.reported, at[0])
    if speech:
        return [m for m in found if speech[0] <= m.start < speech[1]]
    return [m for m in found if not within(context.reported, m.start)]


def about(
    text: str, found: list[Mention], sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without what the sentence says the event was about: after «درباره» up to the
    trigger, or after it to the end of its clause («درباره سوریه گفت‌وگو کردند»)."""
    kept = found
    if topic_of(text, found, at) is None:
        for m in TOPIC.finditer(text, sentence[0], at[0]):
            kept = [x for x in kept if not m.end() <= x.start < at[0]]
    topic = TOPIC.search(text, at[1], sentence[1])
    if topic:
        comma = text.find("،", topic.end(), sentence[1])
        end = comma if comma >= 0 else sentence[1]
        kept = [x for x in kept if not topic.end() <= x.start < end]
    return kept


def _issuer(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """Who makes a statement: the actor nearest before the trigger («وزارت امور خارجه در
    بیانیه‌ای»), people first, not one in a relative clause between («نوواک، که … با
    همتای سعودی خود … رفته بود، در گفت‌وگو با …»), and whoever holds a joint one with
    them («مشترک با X»). A title ending an institution's name is the institution's
    («دفتر رسانه‌ای نخست‌وزیر عراق نیز با انتشار بیانیه‌ای»), not its holder's."""
    start = max(text.rfind(".", 0, at[0]), text.rfind("\n", 0, at[0])) + 1
    before = [
        m
        for m in found
        if m.end <= at[0]
        and not aside(text, m.start, at[0], start)
        and not (m.kind == "person" and of_an_institution(text, m.start))
    ]
    pool = (
        [m for m in before if m.kind == "person"]
        or [m for m in before if m.kind == "title"]
        or [m for m in before if m.kind in ("org", "country")]
    )
    if not pool:
        return []
    names = [max(pool, key=lambda m: (m.start, m.end)).name]
    joint = text.find("مشترک با ", at[0], at[1] + 12)
    if joint >= 0:
        names += [m.name for m in found if m.kind in ACTORS and m.start == joint + 9]
    return list(dict.fromkeys(names))


def _unnamed_issuer(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """A body the recognizer does not know, as the subject of «در بیانیه‌ای»: «جامعه اسلامی
    دانشجویان دانشگاه تهران در بیانیه‌ای اعلام کرد»; not a pronoun or «این سازمان»."""
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    m = _ISSUED_IN.search(text, opening, at[0] + 1)
    if not m or m.end() != at[0]:
        return []
    words = text[opening : m.start()].split()
    while words and (words[-1] in WHEN_WORDS or words[-1] in _WEEKDAYS or words[-1] in _BUT):
        words.pop()
    if not 2 <= len(words) <= MAX_PARTY_WORDS or words[0] in _NOT_ISSUERS:
        return []
    return [" ".join(words)]


def _unnamed_announcer(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """A body the recognizer does not know (or knows only the end of) announcing, as the
    whole subject of its clause: «کمیته انضباطی فدراسیون فوتبال نیز اعلام کرد», without how
    it does so («دولت انگلیس با انتشار ارزیابی تازه‌ای هشدار داد»)."""
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    words = text[opening : at[0]].split()
    words = words[: words.index("با")] if "با" in words else words
    while words and (words[-1] in WHEN_WORDS or words[-1] in _WEEKDAYS or words[-1] in _BUT):
        words.pop()
    subject = " ".join(words)
    return [subject] if 2 <= len(words) <= MAX_PARTY_WORDS and subject.startswith(BODIES) else []


def _not_the_reason(
    text: str, found: list[Mention], sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without what someone is blamed for, from «به دلیل» to the verb («از بانک مرکزی به
    دلیل تأخیر در تخصیص ارز برای … ماشین‌آلات آلمانی انتقاد کرد»): no party to it."""
    reason = _REASON.search(text, sentence[0], at[0])
    if not reason:
        return found
    return [m for m in found if not reason.start() <= m.start < at[0]]


def sentence_participants(
    text: str,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    context: Context,
) -> list[str]:
    """Who takes part: the people the sentence names when there are two or more, else its
    people, organizations and countries; for a statement, who makes it; for a claim
    («ادعای X»), whoever the claim is said to be of; for «سفر خود» or «بازدید دیروز خود»,
    the subject the reflexive stands for."""
    trigger = text[at[0] : at[1]]
    found = candidates(text, inside, at, context)
    if not (kind == "accusation" and _CLAIM.match(trigger)):
        # what a claim is «درباره» is whom it accuses
        found = about(text, found, sentence, at)
    if kind == "accusation":
        found = _not_the_reason(text, found, sentence, at)
    if kind == "statement" and ANNOUNCED.match(trigger):
        issuer = _issuer(text, found, at)
        if issuer and _is_org(text, found, issuer):
            return issuer
        return _unnamed_announcer(text, at, sentence)
    if kind == "statement":
        issuer = _issuer(text, found, at) or _unnamed_issuer(text, at, sentence)
        if issuer:
            return issuer
    if kind == "accusation" and _CLAIM.match(trigger):
        clause = text.find("،", at[1])
        found = [m for m in found if m.start >= at[1] and (clause < 0 or m.start < clause)]
    if kind == "visit" and topic_of(text, inside, at) is None:
        found = _travellers(text, found, at, sentence)
    if kind == "visit" and has_reflexive(text, at):
        subject = next((m for m in inside if m.kind in ACTORS and m.start < at[0]), None)
        found = [subject, *found] if subject else found
    people = list(dict.fromkeys(m.name for m in found if m.kind in ACTORS))
    if len(people) >= 2 or (kind == "statement" and people):
        return people
    others = [m.name for m in found if m.kind in ("org", "country")]
    return list(dict.fromkeys(people + others))


def _travellers(
    text: str, found: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Who a visit is of: named up to where it goes («سفر هفته گذشته سعد سلیمان … به
    ریاض»), not whom the rest of the sentence has them meet («عازم بیروت می‌شود و با
    رئیس‌جمهور لبنان دیدار خواهد کرد», «برای دیدار با وزیر انرژی عربستان به ریاض سفر
    می‌کند»), nor the site visited («از مؤسسه … بازدید»)."""
    limit = at[1]
    for m in found:
        if at[1] <= m.start < at[1] + 80 and text[
            max(0, m.start - TOWARDS_REACH) : m.start
        ].endswith(TOWARDS):
            limit = m.end
            break
    site = visited_site(text, at, sentence) or _long_site(text, at, sentence)
    return [
        m
        for m in found
        if m.start < limit
        and not site[0] <= m.start < site[1]
        and not _MET.search(text, max(0, m.start - 12), m.start)
    ]


def _long_site(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """What «از … بازدید» visits when it is too long a phrase to be a place («از خط تولید
    یک شرکت سازنده قطعات خودرو در شهر صنعتی البرز بازدید کردند»): no one there travels."""
    if not text.startswith("بازدید", at[0]):
        return (0, 0)
    start = text.rfind(" از ", clause_span(text, at, sentence)[0], at[0])
    return (start + 4, at[0]) if start >= 0 else (0, 0)


def dropped_subject(
    text: str, inside: list[Mention], at: tuple[int, int], context: Context
) -> list[str]:
    """Reported speech drops a subject it shares with the speaker («سرمربی تیم ملی تأکید
    کرد که پیش از اردو به ارومیه سفر خواهد کرد»): when the speech opens with a
    preposition or a time word, names nobody before a singular verb, the speaker acts."""
    for (a, b), speaker in zip(context.reported, context.speakers, strict=False):
        if not a <= at[0] < b or speaker is None:
            continue
        first = text[a:b].split(" ", 1)[0]
        named = any(a <= m.start < at[0] for m in inside if m.kind in ACTORS)
        plural = _PLURAL.search(text, at[0], at[1])
        passive = _PASSIVE.search(text, at[0], at[1])
        if first in _OPENERS and not named and not plural and not passive:
            return [speaker]
    return []


def _is_org(text: str, found: list[Mention], names: list[str]) -> bool:
    """An announcement is an event only when an institution makes it, as the subject
    opening its clause («در همین حال، مرکز آمار ایران … اعلام کرد»)."""
    mine = [m for m in found if m.name in names]
    return bool(mine) and all(
        m.kind == "org" and (m.start == 0 or text[m.start - 2 : m.start] in ("، ", ". ", "\n"))
        for m in mine
    )


def two_countries(text: str, s: int, at: tuple[int, int], context: Context) -> list[str]:
    """«دو کشور» as the parties («توافق نهایی دو کشور», «دو کشور … مذاکره کرده بودند»): the
    two countries the article has named most so far, Iran among them when it names one
    other (an Iranian report leaves its own country unnamed)."""
    near = _TWO_COUNTRIES.search(text, at[0], at[1] + 25) or _BETWEEN_TWO.search(
        text, max(s, at[0] - 20), at[0]
    )
    if near and within(context.reported, near.start()) != within(context.reported, at[0]):
        near = None  # «در این دیدار گفت که همکاری دو کشور …»: what is said, not who met
    first = _TWO_COUNTRIES.match(text, SPACE.match(text, s).end())
    if not near and not first:
        return []
    counts = Counter(name for pos, name in context.countries if pos < at[0])
    named = [name for name, _ in counts.most_common(2)]
    if len(named) == 1 and named[0] != "ایران":
        named.insert(0, "ایران")
    return named if len(named) == 2 else []


def parties(text: str, at: tuple[int, int], s: int) -> list[str]:
    """The parties an agreement or talks are «میان» or «بین», after the trigger
    («تفاهم‌نامه‌ای میان صندوق نوآوری و شکوفایی و سه اپراتور») or right before it
    («میان شرکت ملی نفت ایران و شرکت روسی «زاروبژنفت» امضا شد»)."""
    m = _BETWEEN.search(text, at[0], at[1] + 7)
    if m:
        end = PHRASE_END.search(text, m.end())
        return _split_parties(text[m.end() : end.start() if end else len(text)])
    before = [b for b in _BETWEEN.finditer(text, max(s, at[0] - 120), at[0])]
    if before and not PHRASE_END.search(text, before[-1].end(), at[0] - 1):
        return _split_parties(text[before[-1].end() : at[0]].strip())
    return []


def met_group(
    text: str, inside: list[Mention], at: tuple[int, int], s: int, participants: list[str]
) -> list[str]:
    """A meeting «با» people named by their role («با نمایندگان مردم اهواز، آبادان و
    خرمشهر در مجلس دیدار … کرد», «در نشستی مشترک با مدیران شرکت راه‌آهن روسیه»): the
    group up to where its phrase or the trigger begins, when the recognizer names no one
    and no body in it (the body stands for its «مدیران»)."""
    found = [m for m in _WITH_GROUP.finditer(text, s) if m.start() < at[1]]
    if not found:
        return participants
    start = found[-1].end()
    ends = (PHRASE_END.search(text, start, start + 120), _SAYING.search(text, start, start + 120))
    end = min((m.start() for m in ends if m), default=start + 120)
    end = at[0] if start < at[0] < end else end
    words = text[start:end].split()
    if words and VERB_END.search(words[-1]):  # «… با مدیران این شرکت شرکت کرد»
        words = words[:-2]
    named = any(start <= x.start < end and x.kind in (*ACTORS, "org") for x in inside)
    if named or not words or len(words) > MAX_PARTY_WORDS:
        return participants
    return list(dict.fromkeys([*participants, " ".join(words)]))


def interviewee(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> list[str]:
    """Whom an outlet talked with is in its interview, the person named right after «با»
    («ایسنا … با مرتضی افشاری‌مقدم، رئیس سازمان حج و زیارت، گفت‌وگو کرده است»)."""
    start = text.rfind(" با ", 0, at[0]) + 4
    named = next((m.name for m in inside if m.start == start and m.kind in ACTORS), None)
    return list(dict.fromkeys([named, *participants])) if named and start > 3 else participants


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
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    said = _SAID_THAT.search(text, opening, at[0])
    if said and not _CARAVAN.match(text, opening, at[0]):
        opening = said.end()
    group = _CARAVAN.match(text, opening, at[0])
    if not group or any(opening <= m.start < at[0] and m.kind in ACTORS for m in inside):
        return []
    end = min((d for d in dated if opening < d < at[0]), default=at[0])
    if any(opening <= m.start < end and _a_body(text, m) for m in inside):
        return []
    words = text[opening:end].split()
    cut = next((i for i, w in enumerate(words) if i > 1 and w in _GROUP_ENDS), len(words))
    return [" ".join(words[:cut])] if 2 <= cut <= MAX_PARTY_WORDS else []


def _a_body(text: str, m: Mention) -> bool:
    """An organization named as a noun («کنفدراسیون فوتبال آسیا»), not a nationality the
    recognizer reads as one («بازرگانان آلمانی»)."""
    return m.kind == "org" and not text[m.start : m.end].endswith("ی")


def one_sided(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> bool:
    """«با افزایش ظرفیت ترانزیت … موافقت کردند» is an agreement of two sides, people or
    countries («نوبری‌پور و گلدیف»); a body's members who approve something («اعضای شورای
    شهر … با افزایش نرخ بلیت موافقت کردند») agree with no one."""
    if not _CONSENTED.fullmatch(text, *at):
        return False
    sides = {m.name for m in inside if m.kind in (*ACTORS, "country")}
    return len(sides & set(participants)) < 2


def received(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> list[str]:
    """«X به حضور سلطان عمان رسید»: the guests named before the trigger and whoever
    receives them, as the text names them between «به حضور» and the verb (a ruler or an
    office the recognizer may not know), not who the rest of the sentence names («… و
    پیام رئیس‌جمهور را تقدیم وی کرد»)."""
    host = RECEIVED.fullmatch(text, *at)
    if not host:
        return participants
    before = {m.name for m in inside if m.start < at[0]}
    return [name for name in participants if name in before] + [host.group(1)]


def criticized(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> list[str]:
    """«با انتقاد شدید از شرکت آب و فاضلاب خوزستان گفت»: whom the criticism is of, a body
    named after «از» up to where the phrase or the speech verb begins, when the recognizer
    has no name there (not what is criticized: «با انتقاد از کندی واردات»)."""
    rest = text[at[1] + 1 : at[1] + 120]
    if (
        not text.endswith(" از", at[0], at[1])
        or not rest.startswith(BODIES)
        or any(m.start == at[1] + 1 for m in inside)
    ):
        return participants
    end = min(
        (m.start() for m in (PHRASE_END.search(rest), _SAYING.search(rest)) if m),
        default=len(rest),
    )
    words = rest[:end].split()
    if not 0 < len(words) <= MAX_PARTY_WORDS:
        return participants
    return [*participants, " ".join(words)]


def _split_parties(phrase: str) -> list[str]:
    """Parties listed with commas and «و»: the «و» before a body's name («… و دانشگاه
    دولتی نفت و گاز …») joins two, else the last one does, since a name may hold one. A
    list longer than names run is a clause, not parties."""
    joints = [i for i in range(len(phrase)) if phrase.startswith(" و ", i)]
    if not joints:
        return []
    cut = next((i for i in joints if phrase[i + 3 :].startswith(BODIES)), joints[-1])
    parts = [p.strip() for p in phrase[:cut].split("،")] + [phrase[cut + 3 :].strip()]
    names = all(p and len(p.split()) <= MAX_PARTY_WORDS for p in parts)
    return parts if names and len(parts) <= MAX_PARTIES else []


def not_described(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without offices inside the apposition that describes a person («حسین انصاری‌فر،
    دستیار ارشد وزیر امور خارجه و رئیس هیئت ایرانی، …»): they say who that person is and
    are nobody else taking part."""
    kept: list[Mention] = []
    person: Mention | None = None
    for m in mentions:
        described = (
            person is not None
            and m.kind == "title"
            and text.startswith("، ", person.end)
            and "،" not in text[person.end + 2 : m.start]
            and text.find("،", m.end, m.end + 40) >= 0
        )
        if not described:
            kept.append(m)
        if m.kind == "person":
            person = m
    return kept


def untimed(m: Mention) -> Mention:
    """A body's name without a time word the recognizer ran into («کنفدراسیون فردا»)."""
    if m.kind != "org" or not _WHEN_AFTER.search(m.name):
        return m
    return Mention(m.start, m.end, _WHEN_AFTER.sub("", m.name), m.kind)


def visitor(text: str, s: int, inside: list[Mention], participants: list[str]) -> bool:
    """A visit needs a visitor, a person or a body, a group that travels, or the
    delegation told before («اعضای هیئت … بازدید کردند»): countries alone are where it
    goes («زائران به عراق سفر کنند», «پیش از سفر به روسیه با لیتوانی بازی می‌کند»)."""
    named = any(m.name in participants for m in inside if m.kind in (*ACTORS, "org"))
    group = any(_CARAVAN.match(name) for name in participants)
    return named or group or bool(DELEGATION.match(text, SPACE.match(text, s).end()))


def subject_pronoun(text: str, s: int, inside: list[Mention], topic: str | None) -> list[Mention]:
    """«وی» or «او» opening a sentence is the person the sentence before began with
    («وی همچنین با برهم عبدالله دیدار خواهد کرد»), unless already resolved."""
    at = SPACE.match(text, s).end()
    if (
        topic is None
        or text[at : at + 3] not in ("وی ", "او ")
        or any(m.start == at for m in inside)
    ):
        return []
    return [Mention(at, at + 2, topic, "person")]
