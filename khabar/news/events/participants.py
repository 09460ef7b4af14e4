"""Participants: the people a sentence names, offices named without a holder among them,
or, when it names fewer than two, also its organizations and countries; parties «میان X
و Y» and «دو کشور» are read as such. A speaker is not a participant of what they report
unless their speech leaves out a subject it shares with them; a statement is its
issuer's and a trip its traveller's."""

import re
from collections import Counter
from collections.abc import Iterator

from khabar.news.dates.tense import sentence_end
from khabar.news.events.issuers import (
    issuer_after,
    nearest_issuer,
    passive_issuer,
    unnamed_announcer,
    unnamed_issuer,
)
from khabar.news.events.model import ACTORS, Context, Mention, holding, within
from khabar.news.events.patterns import (
    ANNOUNCED,
    BECOME,
    BODIES,
    BY,
    CLAUSE_CONJUNCTIONS,
    DAYS,
    DOCUMENT,
    GROUP,
    MAX_PARTY_WORDS,
    NOON,
    PHRASE_END,
    SAYING,
    SOME_OF,
    SPACE,
    TALK,
    TO_ATTEND,
    TOWARDS,
    TOWARDS_REACH,
    VERB_END,
    Z,
)
from khabar.news.events.places import visited_site
from khabar.news.events.sentence import (
    TOPIC,
    aside,
    clause_span,
    closed_at,
    has_reflexive,
    topic_of,
)
from khabar.news.events.triggers import CONSENTED, RECEIVED
from khabar.news.people.edges import PRAYER
from khabar.news.titles import HONORIFIC_WORDS

# Whom a traveller goes to meet: «برای دیدار با X به ریاض سفر می‌کند».
_MET = re.compile(rf"(?:دیدار|ملاقات|مذاکره|رایزنی|{TALK}) با $")
# The session a traveller goes to attend: «برای شرکت در نشست مجمع عمومی …».
_TO_ATTEND = re.compile(rf"(?:برای|جهت|به منظور) {TO_ATTEND}")
# «جلسه‌ای … برگزار خواهد شد»: a passive has the event as its subject, not the speaker.
_PASSIVE = re.compile(rf"(?:برگزار|تشکیل|امضا|انجام) (?:{BECOME})$")
# A verb in the first person ends the trigger: «جلساتی … داشته‌ایم», «دیدار کردم».
_FIRST_PERSON = re.compile(
    rf"(?<![^\s])(?:(?:ن?می{Z}?)?(?:کرد|داشت|رفت|نشست)(?:م|یم)|(?:کرده|داشته|رفته){Z}?(?:ام|ایم))$"
)
_PLURAL = re.compile(rf"(?:کنند|کردند|کرده{Z}?اند|شوند|شدند|روند|رفتند|خواهند|بودند|دهند|دادند)")
# Words a clause opens with when its subject is left out.
_OPENERS = frozenset(
    "در با به از برای تا پیش پس طی ضمن فردا امروز امشب هفته ماه سال سپس بعد قبل".split()
)
# An occasion named after someone: «سالگرد ارتحال حضرت امام», «بزرگداشت شیخ …», «یادبود
# پرفسور «…»», and a birth or death told with a title («میلاد حضرت …»).
_OCCASIONS = frozenset("ارتحال رحلت سالگرد سالروز بزرگداشت یادبود".split())
_TITLED_OCCASIONS = frozenset("ولادت میلاد شهادت وفات".split())
_TITLES = HONORIFIC_WORDS | {"امام", "شهید", "استاد", "پرفسور", "پروفسور", "مرحوم", "زنده‌یاد"}
_COMMEMORATED_REACH = 40
# The one honoured there in person, told by a pronoun: «همایش بزرگداشت آیت‌الله … با
# سخنرانی ایشان برگزار شد», «… با حضور وی».
_HONOURED_PRESENT = re.compile(
    r"(?<![^\s])با (?:حضور (?:و سخنرانی )?|سخنرانی )(?:وی|ایشان|او|خود)(?![^\s،.])"
)
_TWO_COUNTRIES = re.compile(r"(?<![^\s«(،])دو کشور(?![^\s،؛:.!؟()«»])")
# «… میان دو کشور امضا شود»: the parties right before the trigger.
_BETWEEN_TWO = re.compile(r"(?<![^\s])(?:میان|بین) دو کشور $")
# A claim or criticism told as a noun, whose parties are named after it: «ادعای X»,
# «انتقاد رئیس‌جمهور از بانک‌ها».
_CLAIM = re.compile(rf"^(?:ادعای|اتهام|انتقاد(?:ات|{Z}?های)?(?: شدید| تند)? $)")
_WHILE_CRITICIZING = re.compile(r"^با انتقاد")
# A criticism said in passing, and the session a speaker speaks in.
_CRITICIZING = re.compile(r"(?<![^\s،])با انتقاد(?: شدید)? (?:از|به) ")
_IN_SESSION = re.compile(
    r"(?<![^\s،])در (?:جلسه|نشست|همایش|مراسم|اجلاس|آیین|گردهمایی|صحن)(?![^\s\u200c])"
)
# A claim its object denies: «اتهام جانب‌داری را رد کرد», «ادعای … را تکذیب کرد»; one
# that names whose it is stays theirs («ادعای مقام‌های سعودی درباره … را رد کرد»).
_DENIED = re.compile(rf"[^.،]{{0,50}}? را (?:رد|تکذیب) (?:کرد|کردند|کرده|می{Z}?کند|می{Z}?کنند)")
# «X، Y را به اتهام فساد بازداشت کرد»: whoever holds someone on a charge accuses them.
_CHARGED = re.compile(r" را به $")
_PASSIVE_AFTER = re.compile(rf"[^.،]{{0,60}}? (?:{BECOME})(?![^\s،.])")
# «X به اتهام فساد بازداشت شد … از سوی دادستانی»: the accused, and who holds them.
_ON_CHARGE = re.compile(r"(?<![^\s«(،])(?<! را )به $")
_AS_CLAIMED = re.compile(r"(?:^|[.،:\n] ?)به $")
_BY = re.compile(rf"(?:{BY}) $")
_REASON = re.compile(r"(?<![^\s«(،])(?:به دلیل|به خاطر|به علت|به سبب|به جرم) ")
# The charge of «X را به … متهم کرد», up to the verb, with no other object or clause in it.
_CHARGE = re.compile(r"(?<= را )به (?:(?! را )[^،؛:.])+?$")
_CHARGE_REACH = 160
_CONSENTED = re.compile(CONSENTED)
# What is condemned may name whom it was done to («حمله تروریست‌ها به فرماندهی انتظامی
# چابهار را محکوم کرد», «توهین … به ساحت پیامبر», «حمله … به مقر پلیس زاهدان»): the target
# is no party to the charge.
_AT_TARGET = re.compile(r"(?<![^\s«(،])به (?:(?:مقر|ساختمان|محل|ساحت) )?$")
# An outlet that reports or makes known («خبرگزاری رسمی لبنان اعلام کرد») tells the news; it
# is a source, not an institution's announcement. A «شبکه» of health or veterinary care is
# an institution: «شبکه دامپزشکی استان فارس اعلام کرد» states.
_OUTLET = re.compile(
    rf"(?:خبرگزاری|روزنامه|شبکه(?! (?:بهداشت|دامپزشکی))|نشریه|هفته{Z}?نامه|مجله|بولتن"
    r"|پایگاه خبری|سایت) "
)
# A comma and a preposition after a topic phrase, or the colon of a speech about it
# («درباره سفر گروسی گفت: … گروسی با اسلامی دیدار کرد»): what follows is the event's.
_NEW_PHRASE = re.compile(r"، (?:از|با) |:")
_WITH_GROUP = re.compile(
    rf"(?<![^\s])با (?P<attending>حضور )?(?:(?:{SOME_OF}|عده{Z}?ای) از )?(?={GROUP})"
)
_HELD = re.compile(r" (?:برگزار|تشکیل)(?![^\s،.])")
# When a session was held ends the group attending it: «با حضور مدیران استان پیش از ظهر
# امروز برگزار شد», «… عصر دیروز» (not «شرکت‌های صبح و شام», a name).
_DAYS = "|".join(DAYS)
_HELD_WHEN = re.compile(
    rf" (?:{NOON}|(?:صبح|عصر|ظهر|شب|بامداد|شامگاه) (?:روز|{_DAYS})|{_DAYS})"
    r"(?![^\s،.])"
)
# The verb of saying a criticism or a group ends before: «با انتقاد از X گفت», «… تأکید کرد»,
# «در دیدار با کارگران گفت:».
# Where a clause opens, with the conjunction that may open it: «، چرا که بانک جهانی هشدار
# داده است», «. اما مرکز آمار اعلام کرد», a paragraph or the lead after its outlet
# («خبرگزاری فارس: پلیس ایتالیا خبر داد»).
_CLAUSE_OPENS = re.compile(rf"(?:^|\n|[،.:] ?)(?:{CLAUSE_CONJUNCTIONS} )?$")
_SAYING = re.compile(rf" (?:{SAYING}|اعلام|خواستار)(?![^\s،.:])|:")


def candidates(
    text: str, inside: list[Mention], at: tuple[int, int], context: Context
) -> list[Mention]:
    """The mentions that can take part in the event triggered at ``at``.

    Names inside a direct quote are what the speaker talks about, unless the trigger is
    in it too (an outlet's words are its report: «این سایت افزود: …»). A trigger in reported
    speech takes its participants from that speech, one outside it not from it, unless the
    trigger is what the speaker talks about («درباره سفر X»): then everything after the
    topic word is the event's, and whoever talks about it is not. Whom an occasion
    commemorates takes part in nothing («برای شرکت در سالگرد ارتحال امام خمینی (ره) به
    تهران اعزام شد»), nor does a holy figure a blessing follows («در همایش نقش امام
    جعفر صادق (ع) در نشر علم»).
    """
    quote = within(context.quoted, at[0])
    found = [
        m
        for m in inside
        if within(context.quoted, m.start) == quote
        and not _commemorated(text, m)
        and not _holy(text, m)
    ]
    topic = topic_of(text, inside, at)
    if topic is not None:
        return [m for m in found if m.start >= topic]
    speech = within(context.reported, at[0])
    if speech:
        return [m for m in found if speech[0] <= m.start < speech[1]]
    return [m for m in found if not within(context.reported, m.start)]


# An active clause ending in its verb and «و» before the next clause of the same subject: «…
# بازدید کرد و با کارگران … گفتگو کرد».
_CLAUSE_AND = re.compile(r" (?:کرد|کردند|نمود|نمودند|داشت|داشتند) و ")
# A preposition that makes a mention the object of its clause's verb.
_GOVERNED = re.compile(r"(?:از|در|به|با|برای) $")


def _not_of_the_clause_before(
    text: str, found: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Without what an earlier clause of the same subject governs: whom Rouhani talks with
    in «روحانی از کارخانه سیمان بازدید کرد و با کارگران این کارخانه گفتگو کرد» are the
    workers, not the factory he visited."""
    ends = list(_CLAUSE_AND.finditer(text, sentence[0], at[0]))
    if not ends:
        return found
    end = ends[-1].end()
    return [
        m
        for m in found
        if not (m.start < end and _GOVERNED.search(text, max(0, m.start - 6), m.start))
    ]


def _commemorated(text: str, m: Mention) -> bool:
    """Whether ``m`` is named by an occasion held in their memory, titles between; not one
    honoured alive, whom the sentence has there in person («بزرگداشت آیت‌الله … با سخنرانی
    ایشان»)."""
    words = text[max(0, m.start - _COMMEMORATED_REACH) : m.start].replace("«", " ").split()
    titled = False
    while words and words[-1] in _TITLES:
        words.pop()
        titled = True
    if not words or not (words[-1] in _OCCASIONS or (titled and words[-1] in _TITLED_OCCASIONS)):
        return False
    return not _HONOURED_PRESENT.search(text, m.end, sentence_end(text, m.end))


def _holy(text: str, m: Mention) -> bool:
    """Whether a blessing follows ``m``'s name («امام جعفر صادق (ع)», «حضرت زینب (س)»),
    one for the holy figures of the faith; not «(ره)», said of a late leader or scholar
    too."""
    blessing = PRAYER.match(text, m.end)
    return blessing is not None and "ره" not in blessing.group()


def about(
    text: str, found: list[Mention], sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without what the sentence says the event was about: after «درباره» up to the
    trigger («درباره سوریه گفت‌وگو کردند») or to a comma that opens the event's own
    phrase («درباره درگیری‌ها در قره باغ، از مواضع ترکیه انتقاد کرد»), inside a trigger
    of two verbs, or after it to the end of its clause."""
    kept = found
    if topic_of(text, found, at) is None:
        for m in TOPIC.finditer(text, sentence[0], at[0]):
            turn = _NEW_PHRASE.search(text, m.end(), at[0])
            end = turn.start() if turn else at[0]
            kept = [x for x in kept if not m.end() <= x.start < end]
    # the second of two verbs the trigger joins: «دیدار و درباره سوریه گفت‌وگو کردند»
    inner = TOPIC.search(text, at[0], at[1])
    if inner and text.endswith(" و ", at[0], inner.start()):
        kept = [x for x in kept if not inner.end() <= x.start < at[1]]
    topic = TOPIC.search(text, at[1], sentence[1])
    if topic:
        comma = text.find("،", topic.end(), sentence[1])
        end = comma if comma >= 0 else sentence[1]
        kept = [x for x in kept if not topic.end() <= x.start < end]
    return kept


def _not_the_reason(
    text: str, found: list[Mention], sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without what someone is blamed for, from «به دلیل» to the verb («از بانک مرکزی به
    دلیل تأخیر در تخصیص ارز برای … ماشین‌آلات آلمانی انتقاد کرد») or the charge from «را
    به» to «متهم کرد» («وزارت نیرو را به بی‌توجهی به کشاورزان خوزستان متهم کرد», «… را به
    ممانعت از ارسال دارو به سوریه متهم کرد»): no party to it."""
    reason = _REASON.search(text, sentence[0], at[0])
    if text.startswith("متهم ", *at):
        charge = _CHARGE.search(text, max(sentence[0], at[0] - _CHARGE_REACH), at[0])
        if charge and not (reason and reason.start() < charge.start()):
            reason = charge
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
    («ادعای X»), whoever the claim is said to be of; for an accusation told by its verb,
    who is named before it (not whom the accuser turns to next: «… را محکوم کرد و از
    کمیته انضباطی خواست …»); for «سفر خود» or «بازدید دیروز خود», the subject the
    reflexive stands for."""
    trigger = text[at[0] : at[1]]
    closed = closed_at(
        text, sentence[0], at[0], frozenset(m.start for m in inside if m.kind in (*ACTORS, "org"))
    )
    found = [
        m
        for m in candidates(text, inside, at, context)
        if not aside(text, m.start, at[0], sentence[0]) and m.start >= closed
    ]
    claimed = kind == "accusation" and trigger.startswith(("ادعا ", "مدعی "))
    if not (kind == "accusation" and _CLAIM.match(trigger)) and not claimed:
        # what a claim is «درباره» is whom it accuses
        found = about(text, found, sentence, at)
    if kind == "accusation":
        found = _not_the_reason(text, found, sentence, at)
    if kind == "accusation" and "محکوم" in trigger:
        found = [m for m in found if not _AT_TARGET.search(text, max(0, m.start - 12), m.start)]
    if kind == "statement" and trigger == "گفت":  # a country's government says so itself
        return _country_announcing(text, found, at)
    if kind == "statement" and ANNOUNCED.match(trigger):
        named = nearest_issuer(text, found, at)
        if not (named and _is_org(text, found, named)):
            named = unnamed_announcer(text, at, sentence) or _country_announcing(text, found, at)
        return [name for name in named if not _OUTLET.match(name)]
    if kind == "statement":
        named = (
            issuer_after(text, found, at)
            or passive_issuer(text, found, at)
            or nearest_issuer(text, found, at)
            or unnamed_issuer(text, at, sentence)
        )
        if named:
            return named
        found = [m for m in found if not at[0] <= m.start < at[1]]  # the outlet talked to
    if claimed:
        found = _claim_of(text, inside, found, at, sentence, context)
    elif kind == "accusation" and (_charged(text, at) or VERB_END.search(text, *at)):
        found = [m for m in found if m.start < at[0]]
    elif kind == "accusation" and _WHILE_CRITICIZING.match(trigger):
        # «با انتقاد از مواضع ترکیه …، خواستار حل منازعه بین آذربایجان و ارمنستان شد»:
        # whom the criticism is of ends with its phrase; the clause after is what is said
        comma = text.find("،", at[1], sentence[1])
        found = [m for m in found if comma < 0 or m.start < comma]
        # «در جلسه علنی مجلس با انتقاد از رفتار آمریکا گفت»: the session it is made in
        # is the setting, not a party to the charge
        opens = [m.start() for m in _IN_SESSION.finditer(text, sentence[0], at[0])]
        found = [m for m in found if not (opens and opens[-1] <= m.start < at[0])]
    elif (
        kind == "accusation"
        and _ON_CHARGE.search(text, max(0, at[0] - 8), at[0])
        # «با اشاره به انتقاد X» speaks of X's criticism, «به ادعای X،» opening a clause
        # tells what X claims
        and not trigger.startswith("انتقاد")
        and not (trigger.startswith("ادعای") and _AS_CLAIMED.search(text, max(0, at[0] - 6), at[0]))
    ):
        found = _held_on_charge(text, found, at)
    elif kind == "accusation" and _CLAIM.match(trigger):
        clause = text.find("،", at[1])
        found = [m for m in found if m.start >= at[1] and (clause < 0 or m.start < clause)]
        denied = _DENIED.match(text, at[1])
        if denied and not any(m.start < denied.end() for m in found):
            found = []  # a charge denied, no one it names: «اتهام جانب‌داری را رد کرد»
    if kind == "meeting":
        found = _not_of_the_clause_before(text, found, at, sentence)
        found = _not_criticized(text, found, at, sentence)
        # the object of the clause a session sets: «در جلسه کابینه ایران را … خواند»
        found = [m for m in found if not (m.start >= at[1] and text.startswith(" را ", m.end))]
    if kind == "visit" and topic_of(text, inside, at) is None:
        found = _travellers(text, found, at, sentence)
    if kind == "visit" and has_reflexive(text, at):
        subject = next((m for m in inside if m.kind in ACTORS and m.start < at[0]), None)
        found = [subject, *found] if subject else found
    people = list(dict.fromkeys(m.name for m in found if m.kind in ACTORS))
    if len(people) >= 2 or (kind == "statement" and people):
        return people
    # someone's trip is theirs: a country beside them is where it goes or their own
    # («شهروند روسیه … وارد مسکو شد», «عازم کویت می‌شود»), not a party to it; nor is the
    # country a body's trip goes to («تیم ملی کشتی ایران راهی روسیه شد»)
    kinds = ("org",) if kind == "visit" and people else ("org", "country")
    others = [m.name for m in found if m.kind in kinds and not _gone_to(kind, m, at)]
    return list(dict.fromkeys(people + others))


def _not_criticized(
    text: str, found: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Without whom a speaker criticizes in the session: «در جلسه علنی مجلس با انتقاد از
    رفتار آمریکا گفت» is no meeting with the United States. The criticism runs to its
    comma or the end of the sentence."""
    for m in _CRITICIZING.finditer(text, sentence[0], sentence[1]):
        if m.start() <= at[0] < m.end():
            continue
        comma = text.find("،", m.end(), sentence[1])
        end = comma if comma >= 0 else sentence[1]
        found = [x for x in found if not m.end() <= x.start < end]
    return found


def _claim_of(
    text: str,
    inside: list[Mention],
    found: list[Mention],
    at: tuple[int, int],
    sentence: tuple[int, int],
    context: Context,
) -> list[Mention]:
    """«X ادعا کرد که Y …»: the claimant and the first named in what is claimed, its
    subject; what is claimed is reported speech, which ``candidates`` leaves out. A claim
    that names no one («… ادعا می‌کنند که این دستگاه‌ها …») accuses no one."""
    said = next(((a, b) for a, b in context.reported if at[1] <= a <= at[1] + 6), None)
    end = said[1] if said else sentence[1]
    after = [m for m in inside if at[1] <= m.start < end and not _commemorated(text, m)]
    return [m for m in found if m.start < at[0]] + after[:1] if after else []


def _gone_to(kind: str, m: Mention, at: tuple[int, int]) -> bool:
    """Whether ``m`` is the country a visit's trigger goes to: inside it («راهی روسیه
    شد», «به روسیه سفر کرد») or right after its «به» («سفر … به روسیه»)."""
    return kind == "visit" and m.kind == "country" and at[0] <= m.start <= at[1] + 1


def _charged(text: str, at: tuple[int, int]) -> bool:
    """«… را به اتهام فساد بازداشت کرد»: the charge is the subject's against the object,
    who are named before it; in the passive («… به اتهام فساد بازداشت شد») no accuser is."""
    return bool(
        _CHARGED.search(text, max(0, at[0] - 7), at[0]) and not _PASSIVE_AFTER.match(text, at[1])
    )


def _held_on_charge(text: str, found: list[Mention], at: tuple[int, int]) -> list[Mention]:
    """«X به اتهام فساد بازداشت شد», «… که به اتهام تروریسم در کراچی زندانی است»: the
    accused is who is named right before the charge (not the rest of a list of headlines
    before them), the accuser whoever holds them («از سوی دادستانی», «توسط پلیس»)."""
    before = [m for m in found if m.start < at[0] and m.kind in (*ACTORS, "org", "country")]
    holder = [m for m in found if m.start > at[1] and _BY.search(text, m.start - 9, m.start)]
    return before[-1:] + holder


def _travellers(
    text: str, found: list[Mention], at: tuple[int, int], sentence: tuple[int, int]
) -> list[Mention]:
    """Who a visit is of: named up to where it goes («سفر هفته گذشته سعد سلیمان … به
    ریاض»), not whom the rest of the sentence has them meet («عازم بیروت می‌شود و با
    رئیس‌جمهور لبنان دیدار خواهد کرد», «برای دیدار با وزیر انرژی عربستان به ریاض سفر
    می‌کند»), nor the site visited («از مؤسسه … بازدید»), nor whose session they go to
    attend («برای شرکت در نشست مجمع عمومی سازمان ملل متحد وارد نیویورک شد»)."""
    limit = at[1]
    for m in found:
        if at[1] <= m.start < at[1] + 80 and text[
            max(0, m.start - TOWARDS_REACH) : m.start
        ].endswith(TOWARDS):
            limit = m.end
            break
    site = visited_site(text, at, sentence) or _long_site(text, at, sentence)
    attend = _TO_ATTEND.search(text, sentence[0], at[0])
    return [
        m
        for m in found
        if m.start < limit
        and not site[0] <= m.start < site[1]
        and not _MET.search(text, max(0, m.start - 12), m.start)
        and not (attend and attend.end() <= m.start < at[0])
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
    preposition or a time word, names nobody before a singular verb, the speaker acts; so
    does one whose verb is in the first person («گفت که … جلساتی برای رفع مشکلات آنها
    داشته‌ایم»)."""
    for i in holding(context.reported, at[0]):
        speaker = context.speakers[i] if i < len(context.speakers) else None
        if speaker is None:
            continue
        a, b = context.reported[i]
        first = text[a:b].split(" ", 1)[0]
        named = any(a <= m.start < at[0] for m in inside if m.kind in ACTORS)
        plural = _PLURAL.search(text, at[0], at[1])
        passive = _PASSIVE.search(text, at[0], at[1])
        if first in _OPENERS and not named and not plural and not passive:
            return [speaker]
        if not named and _FIRST_PERSON.search(text, at[0], at[1]):
            return [speaker]
    return []


def _is_org(text: str, found: list[Mention], names: list[str]) -> bool:
    """An announcement is an event only when an institution makes it, as the subject
    opening its clause («در همین حال، مرکز آمار ایران … اعلام کرد», «چرا که بانک جهانی
    هشدار داده است»)."""
    mine = [m for m in found if m.name in names]
    return bool(mine) and all(
        m.kind == "org" and _CLAUSE_OPENS.search(text, max(0, m.start - 12), m.start) for m in mine
    )


def _country_announcing(text: str, found: list[Mention], at: tuple[int, int]) -> list[str]:
    """A country as the subject opening the announcing sentence speaks for its government
    («روسیه در واکنش به حملات هوایی انگلیس در سوریه اعلام کرد»), whatever other countries
    the clause names before the verb; not one in a list after someone who announces («X از
    برگزاری نشست وزیران خارجه ایران، ترکیه و عراق خبر داد»)."""
    first = next((m for m in found if m.start < at[0]), None)
    if first is None or first.kind != "country":
        return []
    return [first.name] if _CLAUSE_OPENS.search(text, max(0, first.start - 12), first.start) else []


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


def _with_groups(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The «با» of a group (``_WITH_GROUP``) from ``start`` that begin before ``end``, as
    a search from ``start`` finds them: it reads on past ``end`` to the text's end, for
    every meeting of a long paragraph. Every one opens with «با », and none holds another
    one's start, so each place the words stand is tried alone."""
    at = text.find("با ", start, end + 2)
    while at >= 0:
        if m := _WITH_GROUP.match(text, at):
            yield m
        at = text.find("با ", at + 1, end + 2)


# «Also», closing the phrase of those met before the trigger.
_ALSO_WORDS = frozenset(("نیز", "هم", "همچنین"))
# A martyr's family, named by the martyr: «خانواده شهید محمد احمدی», «خانواده‌های شهیدان …»,
# «خانواده این شهید».
_MARTYRS_KIN = re.compile(
    rf"(?:خانواده|اعضای خانواده|خانواده{Z}?های)(?: معظم| محترم)? (?:(?:این|آن) )?شهید"
)


def met_group(
    text: str, inside: list[Mention], at: tuple[int, int], s: int, participants: list[str]
) -> list[str]:
    """A meeting «با» people named by their role («با نمایندگان مردم اهواز، آبادان و
    خرمشهر در مجلس دیدار … کرد», «در نشستی مشترک با مدیران شرکت راه‌آهن روسیه»): the
    group up to where its phrase or the trigger begins, when the recognizer names no one
    and no body in it (the body stands for its «مدیران»). Those attending a session no one
    else is named in are its party («جلسه‌ای که با حضور استانداران برگزار شد»), up to
    its verb, and so are those attending the session the trigger names «با» them («در
    جلسه‌ای با حضور نمایندگان مردم خوزستان، … دانست»)."""
    found = [
        m
        for m in _with_groups(text, s, at[1])
        if not (participants and m.group("attending") and m.start() != at[1] - len("با"))
    ]
    if not found:
        return participants
    start = found[-1].end()
    ends = [p.search(text, start, start + 120) for p in (PHRASE_END, _SAYING, _HELD, _HELD_WHEN)]
    end = min((m.start() for m in ends if m), default=start + 120)
    end = at[0] if start < at[0] < end else end
    words = text[start:end].split()
    if words and VERB_END.search(words[-1]):  # «… با مدیران این شرکت شرکت کرد»
        words = words[:-2]
    while words and words[-1] in _ALSO_WORDS:  # «با شماری از فعالان اقتصادی نیز دیدار …»
        words.pop()
    named = [x for x in inside if start <= x.start < end and x.kind in (*ACTORS, "org")]
    if named and _MARTYRS_KIN.match(text, start) and all(x.kind == "person" for x in named):
        # «با خانواده شهید محمد احمدی دیدار کرد»: the family is met, not the martyr
        participants = [p for p in participants if p not in {x.name for x in named}]
        named = []
    if named or not words or len(words) > MAX_PARTY_WORDS:
        return participants
    # a place the group is of is no party beside it: «فعالان اقتصادی ایرانی مقیم ارمنستان»
    kept = [p for p in participants if p not in words]
    return list(dict.fromkeys([*kept, " ".join(words)]))


def interviewee(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> list[str]:
    """Whom an outlet talked with is in its interview, the person named right after «با»
    («ایسنا … با مرتضی افشاری‌مقدم، رئیس سازمان حج و زیارت، گفت‌وگو کرده است»)."""
    start = text.rfind(" با ", 0, at[0]) + 4
    named = next((m.name for m in inside if m.start == start and m.kind in ACTORS), None)
    return list(dict.fromkeys([named, *participants])) if named and start > 3 else participants


_DOCUMENT = re.compile(DOCUMENT)
# What is signed by those who call for it, with no other side: a motion, a petition, a
# letter («۲۸ نماینده طرح سؤال از وزیر نیرو را امضا کرده‌اند»).
_SIGNED_ALONE = re.compile(
    rf"(?<![^\s«(،])(?:طرح|طومار|نامه|بیانیه|استیضاح|دادخواست|درخواست|قطعنامه)(?:{Z}?ای)?"
    r"(?: [^.:«»]{1,70})? را $"
)


def one_sided(
    text: str, inside: list[Mention], at: tuple[int, int], participants: list[str]
) -> bool:
    """«با افزایش ظرفیت ترانزیت … موافقت کردند» is an agreement of two sides, people or
    countries («نوبری‌پور و گلدیف»); a body's members who approve something («اعضای شورای
    شهر … با افزایش نرخ بلیت موافقت کردند») agree with no one, nor do those who sign a
    motion or a letter (``_SIGNED_ALONE``)."""
    signed = _SIGNED_ALONE.search(text, max(0, at[0] - 80), at[0])
    if signed and not _DOCUMENT.search(text, max(0, at[0] - 80), signed.end()):
        return True  # not a contract for a plan: «قرارداد اجرای طرح … را امضا کردند»
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
