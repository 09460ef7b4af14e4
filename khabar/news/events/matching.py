"""Whether a trigger's match is an event: the first trigger of a type that passes its
checks (a trip that goes somewhere, a host who hosts someone, a site that is no one
met), a second leg joined to the first, a meeting on the sidelines of the session it is
set in, and an interview with an outlet."""

import re
from collections.abc import Sequence

from khabar.news.events.model import ACTORS, Mention, within
from khabar.news.events.patterns import DELEGATION, GO_TO_MEET, GROUP, TO_ATTEND, Z
from khabar.news.events.sentence import held_after_all
from khabar.news.events.triggers import (
    AGENCY,
    COMPILED_TRIGGERS,
    HOSTED,
    PAIR_MET,
    SESSION_WITH,
    SITE_VISIT,
    TALK_WITH,
    TALKED,
    TALKED_TO_OUTLET,
)
from khabar.news.events.trips import ARRIVE, BARE_VISIT, GOING, goes_somewhere, to_place_told
from khabar.news.titles import HEADS

# People visited, not a place: «از خانواده شهدا دیدار کرد», «از بیماران دیدار کرد».
_KIN = re.compile(r"(?:خانواده|بیماران|جانبازان|آزادگان|سالمندان|کودکان|مردم)(?![^\s])")
# A group met: «در دیدار جمعی از روحانیان».
_GROUP = re.compile(GROUP)
# An office met that the people finder left unread («در دیدار سرپرست میراث فرهنگی …»),
# not a player or a title holder a match is played against («در دیدار قهرمان فصل گذشته
# به برتری رسید», «در دیدار مدافع عنوان قهرمانی»).
_PLAYERS = frozenset(
    f"هافبک مهاجم مدافع دروازه{Z}بان ملی{Z}پوش قهرمان نایب{Z}قهرمان بازیکن".split()
) | {"نایب قهرمان"}
_OFFICE = re.compile(
    "(?:"
    + "|".join(sorted((re.escape(h) for h in HEADS if h not in _PLAYERS), key=len, reverse=True))
    + r")(?![^\s،.])"
)
_GROUP_OF = re.compile(r"(?:جمعی|گروهی|شماری|تعدادی|جمع زیادی|هزاران نفر) از ")
# Whom a meeting told before «دیدار و …» was with, in its clause: «با معاون وزیر دیدار و».
_MET_WITH = re.compile(r" با [^.،]+ $")
# When a meeting told by its noun was, before whose it is: «دیدار اخیر X با Y», «دیدار
# قریب‌الوقوع X با Y».
_WHEN_TOLD = re.compile(
    rf"(?:(?:اخیر|آتی|آینده|پیشین|قبلی|قریب{Z}?الوقوع|امروز|دیروز|روز گذشته|هفته گذشته) )?"
)
# Talks told with their parties («مذاکرات بین طرف‌های …», «مذاکرات با کره شمالی», «مذاکرات
# دو کشور») or as held, of a kind only talks had are («دو روز مذاکرات فشرده در وین»).
_PARTIES_AFTER = re.compile(
    rf" (?:بین|میان|با|دو کشور|دو طرف|طرفین|فشرده|مستقیم|غیرمستقیم|رو در رو|(?:دو|سه|چند){Z}?"
    r" ?جانبه)(?![^\s،.])"
)
# The few words after «مذاکرات» that name whose talks they are, within its clause.
_TALKS_REACH = re.compile(r"(?: [^\s.،:؛]+){1,4}")
# What a criticism told before «انتقاد و …» is of: «از وضعیت آموزش انتقاد و».
_CRITICIZED = re.compile(r" از [^.،]+ $")
# What a meeting is told as the purpose of: «برای دیدار با», «جهت دیدار با», «به منظور …».
_FOR = ("برای ", "جهت ", "به منظور ")
# Going to meet someone: «به دیدار خانواده شهید … رفت»; a team goes so to play («به دیدار
# پرسپولیس می‌رود»), and one dead to meet his Lord («به دیدار معبود شتافت»). Not the
# meeting spoken of: «با اشاره به دیدار دیروز خود با سفیر هند».
_GOING_TO_MEET = re.compile(rf"به دیدار .+ {GO_TO_MEET}")
# The visit a meeting told right after it belongs to: «دیدار خود از بیمارستان و ملاقات با»;
# not a trip's purpose, which is planned: «برای بازدید از زندان‌ها و دیدار با مسئولان».
_AFTER_VISIT = re.compile(
    r"(?<!برای )(?<!جهت )(?<!منظور )"
    # or many, by whom: «در جریان بازدیدهای دوره‌ای اعضای شورا از مناطق … و دیدار با»
    rf"(?:(?:بازدید|دیدار)(?:{Z}?های)?(?: [^\s.،]+){{0,6}}?(?: خود)? از|سفر(?: خود)? به)"
    r" [^.،]{1,60} و $"
)
# A sentence about matches played, whose «دیدار» is a game: «به مصاف اردن خواهد رفت و عراق
# فردا با لبنان دیدار خواهد کرد» (the guidelines: a match is no meeting).
_PLAYED = re.compile(
    r"(?<![^\s])(?:به مصاف|بر (?:صفر|یک|دو|سه)|به تساوی|شکست داد|پیروز شد|به پیروزی رسید"
    # goals scored: «… برای استقلال گلزنی کردند», «تک گل سپاهان را … به ثمر رساند»
    r"|گل‌?زنی|به ثمر (?:رساند|رساندند|رسید|رسیدند|رسانده))(?![^\s،.])"
)
# Visits counted are a statistic, not a trip: «۱۴ هزار و ۷۶۰ بازدید اعم از استانی … از مراکز»;
# not a number before «بازدید» told as a verb («از پروژه‌های منطقه ۲۲ بازدید کرد»).
_VISITS_COUNTED = re.compile(
    r"(?<![^\s])(?:[0-9۰-۹]+|(?:یک|سی|چهار|پان|شش|هفت|هشت|نه)?صد|هزار|میلیون) $"
)
# «در حاشیه (صد و هفتاد و چهارمین) اجلاس …»: a session some other event is set in.
_AMID = re.compile(r"(?<![^\s])در (?:حاشیه|جریان)(?: [^\s.،]+){0,5} $")
# A session a trip was made for: «که برای شرکت در نشست سران … به تهران آمده است، …».
_MADE_FOR = re.compile(rf"(?<![^\s])برای {TO_ATTEND}$")


def _counted(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the visits of the trigger ``m`` are counted, a statistic."""
    return not SITE_VISIT.match(m.group()) and bool(
        _VISITS_COUNTED.search(text, max(s, m.start() - 12), m.start())
    )


def played(text: str, s: int, e: int) -> bool:
    """Whether the sentence at ``s``–``e`` is about a match played, whose «دیدار» is a
    game («به تساوی یک بر یک رسید»)."""
    return bool(_PLAYED.search(text, s, e))


def amid(text: str, s: int, at: int) -> bool:
    """Whether the trigger at ``at`` names the setting of another event: «در حاشیه صد و
    هفتاد و چهارمین اجلاس وزیران اوپک …»."""
    return bool(_AMID.search(text, max(s, at - 60), at))


def beyond_setting(
    text: str, s: int, e: int, inside: list[Mention], matches: list
) -> re.Match[str] | None:
    """The meeting a sentence tells after the session it happens on the sidelines of («در
    حاشیه اجلاس وزیران اوپک در وین با وزیر نفت عراق دیدار کرد»), or after the session
    a visitor came for where the sentence tells no trip («… که برای شرکت در نشست سران
    … به تهران آمده است، با رئیس جمهور دیدار کرد»; a meeting on a trip it tells is
    part of the trip): both are events."""
    told = dict(matches)
    setting = told.get("meeting")
    if setting is None:
        return None
    came_for = not told.get("visit") and _MADE_FOR.search(
        text, max(s, setting.start() - 16), setting.start()
    )
    if not (amid(text, s, setting.start()) or came_for):
        return None
    return first_trigger("meeting", text, setting.end(), e, inside)


def onward(text: str, s: int, e: int, inside: list[Mention], matches: list) -> re.Match[str] | None:
    """A second leg joined to the first («روز یکشنبه وارد تهران شد و روز پنجشنبه عازم
    اصفهان می‌شود»): a verb of arriving or going after «و», to a place of its own, or a
    site visited there («به بصره می‌رود و از میدان نفتی مجنون بازدید می‌کند»)."""
    first = dict(matches).get("visit")
    if first is None:
        return None
    then = text.find(" و ", first.end(), e)
    if then < 0:
        return None
    m = first_trigger("visit", text, then, e, inside)
    going = m is not None and (
        ARRIVE.match(m.group()) or GOING.search(m.group()) or SITE_VISIT.fullmatch(m.group())
    )
    return m if going and goes_somewhere(text, inside, m) else None


def first_trigger(
    kind: str, text: str, s: int, e: int, inside: list[Mention]
) -> re.Match[str] | None:
    """The sentence's first trigger of ``kind``; a «میزبان» that hosts no one does not
    hide a later one («میزبان شهرداری گرگان است، … با … دیدار می‌کند»), nor one inside
    it («پیش از این دیدار در نشستی مشترک با مدیران …» is no «دیدار X با»), nor a trip
    that goes nowhere one that names where it goes («برای سفر به چند کشور اروپایی تهران
    را به مقصد بروکسل ترک کرد»; a bare «سفر خود» after it is the same trip), nor a trip
    to a place told before one to a place named («در دومین روز از سفر خود به این استان
    … وارد شهرستان سقز شد»), nor the trip under way a site visit is part of («در ادامه
    سفر خود از نیروگاه بسماجیه بازدید کرد»). A «دیدار» in a sentence about matches played
    is a game, a talk with an outlet an interview."""
    pattern, at, nowhere = COMPILED_TRIGGERS[kind], s, False
    told: re.Match[str] | None = None
    game = kind == "meeting" and played(text, s, e)
    interview = TALKED_TO_OUTLET.search(text, s, e) if kind == "meeting" else None
    while m := pattern.search(text, at, e):
        at = m.start() + 1
        if (
            (game and "دیدار" in m.group())
            or (interview and within([interview.span()], m.start()))
            or (kind == "visit" and _counted(text, s, m))
        ):
            continue
        going = kind != "visit" or (goes_somewhere(text, inside, m) and _a_site(inside, m))
        if _hosts(inside, m) and going and not (nowhere and BARE_VISIT.fullmatch(m.group())):
            if kind != "visit" or not (to_place_told(m) or _trip_under_way(m)):
                return held_after_all(text, m, e)
            told = told or m
        nowhere = nowhere or not going
    return told


# The part of a trip under way that a clause is set in: «در ادامه سفر خود», «در جریان سفر».
_UNDER_WAY = re.compile(r"(?:ادامه|جریان|حاشیه|خلال|طول|پایان|طی) $")


def _trip_under_way(m: re.Match[str]) -> bool:
    """Whether ``m`` is a bare «سفر» told as the trip under way (:data:`_UNDER_WAY`)."""
    return bool(BARE_VISIT.fullmatch(m.group())) and bool(
        _UNDER_WAY.search(m.string, max(0, m.start() - 8), m.start())
    )


def _talks_of(inside: list[Mention], m: re.Match[str]) -> bool:
    """Talks told by the bare noun are an event when the few words after it name their
    parties («مذاکرات هیئت‌های عالی‌رتبه دو کشور», «مذاکرات بین طرف‌های آمریکایی و …»),
    not where they are held («مذاکرات آب و هوایی جهانی در لهستان») nor nothing at all
    («عامل ایجاد تنش در مذاکرات سازش خواند»)."""
    after = _TALKS_REACH.match(m.string, m.end())
    if not after:
        return False
    if _PARTIES_AFTER.search(after.group()):
        return True
    return any(
        m.end() < x.start <= after.end()
        and x.kind in (*ACTORS, "org", "country")
        and not m.string.endswith(" در ", 0, x.start)
        for x in inside
    )


def _a_site(inside: list[Mention], m: re.Match[str]) -> bool:
    """«از X دیدار کرد» visits X when X is a place, not someone met: «از خانواده شهدا
    دیدار کرد» and «از وزیر دیدار کرد» are no visits, nor «در دیدار از خانواده شهدا»."""
    told = m.group()
    if told.startswith("از ") and told.endswith(" دیدار"):
        whom = m.start() + 3
    elif told.endswith(" از") and "دیدار" in told:
        whom = m.end() + 1
    else:
        return True
    met = any(x.start == whom and x.kind in (*ACTORS, "org") for x in inside)
    return not met and not _GROUP.match(m.string, whom) and not _KIN.match(m.string, whom)


def _hosts(inside: list[Mention], m: re.Match[str]) -> bool:
    """«میزبان X بود» is a meeting when X is someone («میزبان نخست‌وزیر عراق», «میزبان هیئت
    کنفدراسیون»), not a team, a match or a gathering («میزبان شهرداری گرگان است», «میزبان
    رقبای آسیایی خود», «میزبان اجلاس»); so is «دیدار X با Y» told as a noun, not «دیدار
    پرسپولیس با استقلال», nor «دیدار X و Y» of two who are not people, and «در دیدار X»
    meeting X (a trigger that ends in a space)."""
    told = m.group()
    if HOSTED.match(told) or told.endswith(" با "):
        guest = m.start() + len(told.split(" ", 1)[0]) + 1
        guest = _WHEN_TOLD.match(m.string, guest).end()
    elif told in ("ملاقات با", "دیدار با"):
        # or one wished for: «خواستار دیدار با امام جمعه شدند»
        wished = m.string.endswith("خواستار ", 0, m.start())
        return wished or bool(_AFTER_VISIT.search(m.string, max(0, m.start() - 80), m.start()))
    elif told.startswith(_FOR):  # «برای دیدار با وزیر …», not «… با پیکان قزوین»
        guest = m.end() + 1
    elif SESSION_WITH.fullmatch(told):  # «در نشستی با استانداران …», not «در جلسه با ماده ۱»
        # or with them attending: «در جلسه‌ای با حضور دهیاران بخش مرکزی گفت»
        guest = m.end() + 1
        guest += len("حضور ") if m.string.startswith("حضور ", guest) else 0
        named = any(x.start == guest and x.kind in (*ACTORS, "org") for x in inside)
        return named or bool(_GROUP.match(m.string, guest))
    elif _GOING_TO_MEET.fullmatch(told):  # «به دیدار خانواده شهید … رفت», not «… پرسپولیس …»
        # someone named after a title: «به دیدار آیت‌الله سیستانی در نجف رفت»
        guest = m.start() + len("به دیدار ")
        if (
            _KIN.match(m.string, guest)
            or _GROUP.match(m.string, guest)
            or any(guest <= x.start < m.end() and x.kind in ACTORS for x in inside)
        ):
            return True
    elif told.endswith(" و"):  # «با X دیدار و … کرد», not «پس از دیدار و بازدید … کرد»
        whom = _CRITICIZED if told.startswith("انتقاد") else _MET_WITH
        return bool(whom.search(m.string, max(0, m.start() - 80), m.start()))
    elif told.endswith(" "):
        guest = m.end()
    elif told == "بیانیه":  # «از زمان صدور بیانیه تهران»: a declaration named where it was made
        return not any(x.start == m.end() + 1 and x.kind == "city" for x in inside)
    elif told == "مذاکرات":  # «مذاکرات کنسولی ایران و عمان», not «تنش در مذاکرات سازش»
        return _talks_of(inside, m)
    elif PAIR_MET.fullmatch(told):  # «دیدار رهنورد و الچین قلی‌یف», not «دیدار پرسپولیس و …»
        first = next((x for x in inside if x.start == m.end() + 1 and x.kind in ACTORS), None)
        return first is not None and any(
            x.start == first.end + 3 and x.kind in ACTORS and m.string.startswith(" و ", first.end)
            for x in inside
        )
    else:
        return True
    if DELEGATION.match(m.string, guest) or _GROUP_OF.match(m.string, guest):
        return True
    if told.endswith(" ") and _GROUP.match(m.string, guest):
        return True  # «در دیدار اعضای شورای عالی استان‌ها گفت»
    pronoun = m.string.startswith(("او ", "وی "), guest)
    named = any(x.start == guest and x.kind in ACTORS for x in inside)
    return not pronoun and (named or bool(_OFFICE.match(m.string, guest)))


def interviewed(text: str, clause: tuple[int, int], outlets: Sequence[str]) -> re.Match[str] | None:
    """An outlet that talked with someone is an interview, not a meeting («ایسنا درباره
    آمادگی‌ها برای حج با X، رئیس سازمان حج و زیارت، گفت‌وگو کرده است»): the outlet as
    the subject opening the clause, named bare or as the sourcing chain names it; so is
    talking with an outlet («وی که با روزنامه آساهی گفت‌وگو می‌کرد افزود»)."""
    s, e = clause
    if not (AGENCY.match(text, s) or any(text.startswith(f"{name} ", s) for name in outlets)):
        return TALKED_TO_OUTLET.search(text, s, e)
    return TALKED.search(text, s, e)


def interview(text: str, s: int, e: int, outlets: Sequence[str]) -> re.Match[str] | None:
    """«گفت‌وگو با» an outlet of the sourcing chain named bare («با اقتصادآنلاین»)."""
    for m in TALK_WITH.finditer(text, s, e):
        if any(text.startswith(name, m.end()) for name in outlets):
            return m
    return None
