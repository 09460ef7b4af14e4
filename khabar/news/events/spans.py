"""What a recognizer's span says, whichever recognizer drew it: a body's name that ran
on into the noun of a meeting or a time word ends before it, a delegation's stands for the
body it is of, a joint body of countries for the countries it joins, an office in the
apposition describing a person is nobody else, and a word pointing back («این‌باره»,
«آنجا») names no place."""

import re
from collections.abc import Sequence

from khabar.news.dates.lexicon import MONTH
from khabar.news.events.model import Mention
from khabar.news.events.patterns import BODIES, BODY_WORDS, DAYS, SAT_BODIES, TALK, Z
from khabar.news.people.lexicon import common_words, given_names
from khabar.news.places import places

# The noun of a meeting a body's name cannot hold past its first word: «شرکت نفت بصره
# نشستی مشترک», «… جلسه‌ای».
_MEETING_NOUN = re.compile(
    rf" (?:نشست|جلسه|دیدار|ملاقات|{TALK}|اجلاس|همایش)(?:{Z}?ای|ی|{Z}?های)?(?: |$)"
)
# A body two or more countries share: «کمیسیون مشترک اقتصادی ایران و ترکیه».
_JOINT = re.compile(r"^(?:کمیسیون|کمیته|شورای|ستاد|کارگروه)(?: [^\s]+)? مشترک(?: |$)")
# A delegation of a body, which a span may take in: «هیئت (سه‌نفره) کنفدراسیون فوتبال
# آسیا»; not the cabinet («هیئت دولت») nor a body called «هیئت» («هیئت فوتبال استان»).
_DELEGATION_OF = re.compile(
    rf"^هی[ئأ]ت(?: [^\s]+ ?{Z}?نفره)? (?=(?:کنفدراسیون|"
    + "|".join(re.escape(b) for b in BODIES if b != "دولت")
    + r")(?: |$))"
)
# A time word the recognizer took into a name: «کنفدراسیون فردا», «… ملی هفته آینده»,
# «کنفدراسیون اواخر شهریور» (a month alone may end a name: «گروه بهمن»).
_WHEN_AFTER = re.compile(
    rf" (?:{'|'.join(DAYS)}|(?:هفته|ماه|سال) (?:آینده|گذشته|جاری|پیش)"
    rf"|(?:اوایل|اواسط|اواخر|ابتدای|پایان|نیمه(?: اول| دوم)?) (?:{MONTH})(?: ماه)?"
    # the month left out of the span: «کنفدراسیون اواخر» of «… اواخر مهر»
    r"|اوایل|اواسط|اواخر)$"
)
# Two bodies one span joins, the second opening with a body's word: «وزارت بهداشت و
# جمعیت هلال احمر», «شورای شهر و شهرداری شیراز».
_AND_BODY = re.compile(rf" و (?=(?:{BODY_WORDS}) [^\s])")
# A team or club named by its sport or rank, which the name after it completes: «تیم
# فوتبال» «پرسپولیس», «باشگاه» «استقلال».
_TEAM_WORDS = "(?:تیم|باشگاه)"
_TEAM = re.compile(_TEAM_WORDS + r"(?: [^\s]+){0,2}")
# The same words right before a body's name: «تیم فوتبال» before «پرسپولیس».
_TEAM_BEFORE = re.compile(
    r"(?<![^\s«(،])" + _TEAM_WORDS + r"(?: (?!(?:را|به|از|با|در|و|که)\s)[^\s،؛:.!؟()«»]+){0,2} $"
)
# The noun of a sitting body with no name after it.
_BARE_BODIES = frozenset((*SAT_BODIES, "شورا"))
_POINTING = re.compile(rf"^(?:این|آن|همین|همان)(?:{Z}|\s|$)|^(?:اینجا|آنجا|اینباره)$")


def before_meeting_noun(m: Mention) -> Mention:
    """A body's name without the noun of a meeting it ran into («شرکت نفت بصره نشستی
    مشترک» met is «شرکت نفت بصره»): no body is named for a meeting after it."""
    cut = _MEETING_NOUN.search(m.name)
    if m.kind != "org" or not cut:
        return m
    name = m.name[: cut.start()]
    return Mention(m.start, m.start + len(name), name, m.kind)


def delegation_body(m: Mention) -> Mention:
    """The body a delegation is of («هیئت کنفدراسیون فوتبال آسیا» is «کنفدراسیون فوتبال
    آسیا»): the body takes part through it, as the gold names it."""
    of = _DELEGATION_OF.match(m.name) if m.kind == "org" else None
    if not of:
        return m
    return Mention(m.start + of.end(), m.end, m.name[of.end() :], m.kind)


def joint_bodies(m: Mention, countries: Sequence[tuple[int, str]]) -> list[Mention]:
    """A joint commission of countries is the countries' («کمیسیون مشترک اقتصادی ایران و
    ترکیه» sat: Iran and Turkey met), as a title naming them is when the span stops short;
    a span ending in «دو کشور» is of the two named right after it («کمیسیون مشترک اقتصادی
    دو کشور» + «ایران و ویتنام»)."""
    if m.kind != "org" or not _JOINT.match(m.name):
        return [m]
    named = [(pos, name) for pos, name in countries if m.start <= pos < m.end]
    if not named and m.name.endswith(" دو کشور"):
        named = [(pos, name) for pos, name in countries if m.end < pos <= m.end + 30][:2]
    if not named:
        return [m]
    return [Mention(pos, pos + len(name), name, "country") for pos, name in named]


def pointing(name: str) -> bool:
    """«در این‌باره», «در آنجا»: a word pointing back is no place of its own."""
    return bool(_POINTING.match(name))


def met_unnamed(
    text: str, inside: list[Mention], at: tuple[int, int], s: int, participants: list[str]
) -> list[str]:
    """Whom a meeting is with, right between «با» and its noun, when the recognizer names
    no one there and the words are a name («وی همچنین فردا با برهم عبدالله دیدار خواهد
    کرد»): a listed given name, then words no dictionary holds as ordinary ones."""
    start = text.rfind(" با ", s, at[0]) + 4
    if start < 4:
        return participants
    words = text[start : at[0]].split()
    if not 2 <= len(words) <= 3 or any(start <= m.start < at[0] for m in inside):
        return participants
    if words[0] not in given_names() or any(w in common_words() for w in words[1:]):
        return participants
    return list(dict.fromkeys([*participants, " ".join(words)]))


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


def one_team(text: str, mentions: list[Mention]) -> list[Mention]:
    """A team's or club's name the recognizer split in two («تیم فوتبال» and «پرسپولیس»),
    or found without the team's words, is one party, the body named right after those
    words; not a body of its own opening with one of the words that open a body's name
    («باشگاه پرسپولیس» and «فدراسیون فوتبال»)."""
    kept: list[Mention] = []
    for m in mentions:
        team = kept[-1] if kept else None
        joins = m.kind == "org" and not m.name.startswith(BODIES)
        if (
            joins
            and team is not None
            and team.kind == "org"
            and _TEAM.fullmatch(team.name)
            and text[team.end : m.start] == " "
        ):
            kept[-1] = Mention(team.start, m.end, text[team.start : m.end], "org")
            continue
        words = _TEAM_BEFORE.search(text, max(0, m.start - 40), m.start) if joins else None
        if words and not (team and team.end > words.start()):
            m = Mention(words.start(), m.end, text[words.start() : m.end], "org")
        kept.append(m)
    return kept


def two_bodies(m: Mention) -> list[Mention]:
    """Two bodies a span joins with «و» («وزارت بهداشت و جمعیت هلال احمر» held the press
    conference: the ministry and the society), each of two words or more; not one body's
    name that holds «و» («وزارت صنعت، معدن و تجارت», «سازمان صدا و سیما»)."""
    joined = _AND_BODY.search(m.name) if m.kind == "org" else None
    if not joined or len(m.name[: joined.start()].split()) < 2:
        return [m]
    second = m.start + joined.end()
    return [
        Mention(m.start, m.start + joined.start(), m.name[: joined.start()], m.kind),
        Mention(second, m.end, m.name[joined.end() :], m.kind),
    ]


def object_country(m: Mention) -> list[Mention]:
    """A body's name and the country after it that the recognizer ran together, two
    countries in a row: «وزارت خارجه روسیه آمریکا را … متهم کرد» is the ministry and the
    country it accuses."""
    words = m.name.split(" ")
    if m.kind != "org" or len(words) < 3 or not all(map(_country, words[-2:])):
        return [m]
    body = " ".join(words[:-1])
    return [
        Mention(m.start, m.start + len(body), body, m.kind),
        Mention(m.end - len(words[-1]), m.end, words[-1], "country"),
    ]


def _country(word: str) -> bool:
    return places().get(word) == "country"


def untimed(m: Mention) -> list[Mention]:
    """A body's name without a time word the recognizer ran into («کنفدراسیون فردا»); none
    when all that is left is the noun of a sitting body («کمیسیون هفته آینده … فرا
    می‌خواند»): the commission told before, whom the sentence names no new party for."""
    if m.kind != "org" or not _WHEN_AFTER.search(m.name):
        return [m]
    name = _WHEN_AFTER.sub("", m.name)
    if name in _BARE_BODIES:
        return []
    return [Mention(m.start, m.end, name, m.kind)]
