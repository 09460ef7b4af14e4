"""Where an event happens: where a visit goes («به», «وارد») or the site it visits («از
پالایشگاه … بازدید کرد»), the building a meeting is held in, else the city after «در»
nearest the trigger."""

import re

from khabar.news.events.model import ACTORS, Mention
from khabar.news.events.patterns import (
    ARRIVING,
    BECOME,
    DIVIDED,
    GO,
    MAX_PARTY_WORDS,
    SAYING,
    TOWARD,
    TOWARD_REACH,
    VERB_END,
    Z,
)
from khabar.news.events.sentence import clause_span
from khabar.news.events.spans import pointing
from khabar.news.places import places as known_places

# An interview: «گفت‌وگو با خبرنگار فارس», «مصاحبه با شبکه …».
_TALK_WITH = re.compile(r"(?:گفت|مصاحبه)[^.،]* با ")

_POINTING = r"(?:این|آن|همین|همان|آنها|او|وی|ما|شما) "
_WHERE = r"((?:[^\s.،]+ ){0,2}[^\s.،]+)"
# «به شهرستان سرباز رفت», «به گلستان سفر خواهد کرد»: a destination the list may lack
# (not «به این کشور», which points back to one named before).
_DESTINATION = re.compile(
    rf"(?<![^\s])(?:به (?!{_POINTING}){_WHERE} (?:سفر |{GO})"
    rf"|(?:{ARRIVING}) (?!{_POINTING}){_WHERE} {BECOME})"
)
# A division alone names no destination: «به استان سفر کند» points back to the province.
_BARE_DIVISIONS = frozenset({"استان", "شهرستان", "شهر", "کشور", "منطقه", "روستا"})
# A place reached before the visit told («پس از ورود به اهواز از تصفیه‌خانه … بازدید کرد»):
# the site visited is where it goes.
_ARRIVED_BEFORE = re.compile(r"(?:پس|بعد) از (?:ورود|رسیدن) به $")
# Buildings meetings are held in: «در فرمانداری آق‌قلا», «در محل استانداری», «در منزل شهید
# …» (whose family is met, not he), «در دانشگاه‌های …» (several campuses at once).
_SITE_IN = re.compile(
    r"(?<![^\s])در (?:محل )?((?:استانداری|فرمانداری|شهرداری|ساختمان|کاخ|تالار|سالن|مقر|نهاد"
    rf"|دانشگاه|دانشکده|مسجد|حسینیه|هتل|مصلی|فرهنگسرا|منزل)(?:{Z}?ها(?:ی)?)?(?: [^\s.،]+){{0,3}})"
)
# The building a part visited is in, which names where the visit went: «از حوزه امتحان
# نهایی در دبیرستان البرز», «از محل بازجویی … در زندان اوین», or which the visitor is told
# as being at first: «با حضور در کشتارگاه شهرستان خمینی‌شهر از روند کاری … بازدید کرد».
_BUILDINGS = (
    r"(?:زندان|دبیرستان|دبستان|مدرسه|هنرستان|بیمارستان|درمانگاه|کشتارگاه|کارخانه|پالایشگاه"
    r"|نیروگاه|پادگان|ورزشگاه|فرودگاه|پایگاه|اردوگاه|بازداشتگاه|کارگاه|معدن|سد|موزه)"
)
_BUILDING_IN = re.compile(
    rf"(?:(?!(?:بازدید|دیدار)(?![^\s.،]))[^\s.،]+ ){{0,6}}?[^\s.،]* در ({_BUILDINGS}"
    r"(?: (?!(?:بازدید|دیدار|اظهار|گفت|افزود|به|با|از|که|و|نیز)"
    r"(?![^\s.،]))[^\s.،:]+){0,3})(?=[،.:]| (?:بازدید|دیدار|اظهار|گفت|افزود)|$)"
)
_ATTENDED_IN = re.compile(rf"(?<![^\s])با حضور در ({_BUILDINGS}(?: (?!از )[^\s.،:]+){{0,3}}) از ")
# What ends a site's name: a preposition, also one of two words («… در کاخ سعدآباد پس از
# مذاکرات»), a verb of holding or a noun of the act.
_SITE_STOPS = frozenset(
    "در با به از برای و که را تا نیز پس پیش بعد قبل ضمن طی برگزار تشکیل آغاز استوارنامه "
    "حضور دیدار".split()
)
# Where what «بازدید از» visits ends: a preposition, a verb or what is said there.
_SITE_END = re.compile(rf" (?:به|در|با|برای|و|را|که|تا|خبر|{SAYING}|اعلام|سفر|رفت)(?![^\s،.:])")

# Where an interview is given, the town right before the speech verb: «در گفت‌وگو با
# خبرنگار فارس در قوچان اظهار داشت», «… فارس در خوی، گفت», a town no list may hold.
_TOWN_OF_TALK = re.compile(
    r"(?: (?!در )[^\s.،:]+){0,3}? در (?!(?:اینباره|(?:این|آن|همین|ادامه|پایان|حاشیه|پاسخ"
    rf"|خصوص|مورد|جمع)(?:[\s،]|{Z})))([^\s.،:]+)(?=،| (?:اظهار|گفت|افزود|بیان|تصریح|عنوان"
    r"|خاطرنشان|یادآور|اعلام)(?![^\s]))"
)
# «به گزارش خبرگزاری فارس از زاهدان،»: the city a report is filed from (not «به نقل از»),
# perhaps before the office it quotes: «… از تبریز به نقل از روابط عمومی سپاه،».
_FILED = r"\s*به گزارش [^،.:\n]{1,40}?(?<!نقل) از (?!(?:سوی|طریق|روابط|گروه|این|آن) )"
_FILED_FROM = re.compile(rf"{_FILED}([^\s،.:]+?(?: (?!به )[^\s،.:]+)?)(?:،| به نقل از )")
# Without the comma after it, one word: «به گزارش خبرگزاری فارس از بجنورد محمد …».
_FILED_FROM_UNMARKED = re.compile(rf"{_FILED}([^\s،.:]+) ")
# A place after «در», perhaps with the division, zone or crossing it is named with, which
# the recognizer may leave out of its span: «در شهر صنعتی البرز», «در ایستگاه مرزی سرخس».
_IN_PLACE = re.compile(
    r"(?<![^\s])در (?:(?:استان|شهرستان|شهرک|شهر|بندر|جزیره|منطقه|ایستگاه|پایانه|گذرگاه|مرز)"
    r"(?: صنعتی| آزاد(?: تجاری)?| ویژه(?: اقتصادی)?| مرزی)? )?$"
)
_IN_SITE = ("در ", "در محل ")
# The verb a meeting is held with, right after where: «… برگزار شد», «… تشکیل می‌شود».
_HELD = re.compile(rf" (?:برگزار|تشکیل) ?(?:شد|شده|گردید|می{Z}?شود|خواهد شد)(?![^\s،.])")
# A statement put in writing, which what follows it says: «در بیانیه‌ای … را محکوم کرد».
_WRITTEN = re.compile(r"(?:بیانی|اطلاعی|نامه|پیام|یادداشت)")
# Adverbs between what is visited and the verb: «از … نیز بازدید کرد».
_ALSO = frozenset(("نیز", "هم", "همچنین"))


def event_place(
    text: str, found: list[Mention], kind: str, at: tuple[int, int], sentence: tuple[int, int]
) -> str | None:
    """Where: for a visit the place it goes to («به بغداد», not «پیش از بازگشت به تهران،»
    in a clause before) or the site it visits, else the city (or place) after «در» nearest
    the trigger."""
    trigger_at = at[0]
    places = [m for m in found if m.kind in ("city", "country", "post") and not pointing(m.name)]
    after_in = [m for m in places if _IN_PLACE.search(text, max(0, m.start - 30), m.start)]
    cities = [m for m in after_in if m.kind in ("city", "post")]
    if kind == "visit":
        to = [
            m
            for m in places
            if TOWARD.search(text, max(0, m.start - TOWARD_REACH), m.start)
            and not (m.end <= trigger_at and "،" in text[m.end : trigger_at])
            and not (m.start >= at[1] and VERB_END.search(text, *at))
            and not _ARRIVED_BEFORE.search(text, max(0, m.start - 20), m.start)
        ]
        if to:
            return _with_division(text, min(to, key=lambda m: abs(m.start - trigger_at)))
        site = _visit_place(text, at, sentence)
        if site:
            return site
        # where a visitor serves («سفیر ژاپن در ایران») is not where they go
        after_in = [m for m in after_in if m.kind != "post"]
        cities = [m for m in cities if m.kind != "post"]
    # a city named for the event itself wins over where a participant serves
    chosen = [m for m in cities if m.kind != "post"] or cities or after_in
    if kind == "statement" and not chosen:
        town = _TOWN_OF_TALK.match(text, at[1])
        if town and _TALK_WITH.search(text, *at):
            return town.group(1)
    if kind == "meeting":
        site = _meeting_site(text, at, sentence) or _premises(text, found)
        if site:
            return site
    if not chosen:
        return None if kind == "visit" else dateline(text, sentence)
    return min(chosen, key=lambda m: abs(m.start - trigger_at)).name


def _with_division(text: str, place: Mention) -> str:
    """A destination as written, with the division the recognizer leaves out of its span
    («به شهرستان سرباز رفت»)."""
    toward = TOWARD.search(text, max(0, place.start - TOWARD_REACH), place.start)
    return (toward.group(1) if toward and toward.group(1) else "") + place.name


def dateline(text: str, sentence: tuple[int, int]) -> str | None:
    """The city a report is filed from, when its sentence names no other: «به گزارش
    خبرگزاری فارس از زاهدان، … در جلسه شورای هماهنگی … گفت» met in Zahedan, «… از زنجان،
    X در نشست خبری … گفت» spoke to the press there (not where a visit goes)."""
    filed = _FILED_FROM.match(text, sentence[0])
    if filed:
        return filed.group(1)
    # Without its comma, where a listed city ends it: «… فارس از بجنورد محمد علی شجاعی …».
    town = _FILED_FROM_UNMARKED.match(text, sentence[0])
    return town.group(1) if town and known_places().get(town.group(1)) == "city" else None


def _meeting_site(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The building a meeting is held in, which no gazetteer lists and which says more than
    its city: «در فرمانداری آق‌قلا برگزار شد», «در نهاد ریاست‌جمهوری استوارنامه خود را …»;
    the last one in the trigger or its clause before it, with the city after it."""
    start = min(clause_span(text, at, sentence)[0], at[0])
    sites = list(_SITE_IN.finditer(text, start, at[1]))
    if not sites:
        return None
    site = sites[-1]
    end = at[0] if site.start(1) < at[0] else at[1]
    words = text[site.start(1) : min(_named_to_verb(text, site), end)].split()
    cut = next((i for i, w in enumerate(words) if i and w in _SITE_STOPS), len(words))
    city = words[cut + 1 : cut + 2]
    if words[cut : cut + 1] == ["در"] and city and city[0] not in _SITE_STOPS:
        cut += 2  # «کاخ نخست‌وزیری در بغداد»: the city it stands in names it too
    return " ".join(words[:cut])


# «… که در سالن اجتماعات مرکز بزرگ اسلامی غرب کشور برگزار شد»: a site told right before the
# verb it is held with runs to the verb, past the few words a site is read with elsewhere.
_RUNS_TO_HELD = re.compile(rf"((?: [^\s.،:]+){{1,4}}?){_HELD.pattern}")


def _named_to_verb(text: str, site: re.Match[str]) -> int:
    """Where the name of the building a meeting is held in ends: at the verb it is held with
    when that follows a few words on («در سالن جلسات فرمانداری این شهرستان برگزار شد»),
    else where :data:`_SITE_IN` ends it."""
    held = _RUNS_TO_HELD.match(text, site.end(1))
    return held.end(1) if held else site.end(1)


# What a visit inspects that is no site: how a work goes on.
_PROGRESS = frozenset("روند مراحل مرحله پیشرفت نحوه چگونگی وضعیت آخرین".split())


def _visit_place(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """Where a visit goes when no listed place names it: the words before a verb of going
    in its clause («به شهرستان سرباز رفت») or the division after «سفر … به» («به استان
    خوزستان»), else what is visited («از پالایشگاه شوئخات
    بازدید کرد», «در بازدید از آزمایشگاه دانشکده فنی»), a site no gazetteer lists; not
    how a work goes on where the sentence says where it goes on («بازدید از روند اجرای این
    طرح در شهرستان رفسنجان»), but how a site's does («از مراحل اجرایی پروژه میدان شهدا»)."""
    going = _DESTINATION.search(text, *clause_span(text, at, sentence))
    if going and going.group(1) not in _BARE_DIVISIONS:
        return going.group(1)
    divided = DIVIDED.match(text, at[1] + 1) if text.endswith(" به", *at) else None
    if divided:
        return divided.group()
    site = visited_site(text, at, sentence)
    if not site:
        return None
    building = _BUILDING_IN.match(text, site[0]) or _ATTENDED_IN.search(
        text, clause_span(text, at, sentence)[0], site[0]
    )
    if building:
        return building.group(1)
    seen = text[site[0] : site[1]]
    where = text.startswith(" در ", site[1])
    return None if where and seen.split(" ", 1)[0] in _PROGRESS else seen


def visited_site(
    text: str, at: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """The span of what «بازدید» visits: «از X بازدید کرد», «بازدید … از X», without a
    relative clause on it («از بافت فرسوده که برخی از منازل … بازدید کرد»); of a list
    of sites too long for one name, the first."""
    s, e = clause_span(text, at, sentence)
    if text.startswith("از ", at[0]) and text.endswith(" دیدار", at[0], at[1]):
        start, end = at[0] + 3, at[1] - 6  # «از تالار کانی برازان دیدار»
    elif text[at[0] : at[1]].endswith(" از"):
        stop = _SITE_END.search(text, at[1], e)
        start, end = at[1] + 1, stop.start() if stop else e
    elif text.startswith("بازدید", at[0]) and text.rfind(" از ", s, at[0]) >= 0:
        which = text.find(" که ", s, at[0])
        end = which if which >= 0 and text.rfind(" از ", s, which) >= 0 else at[0] - 1
        start = text.rfind(" از ", s, end) + 4
    else:
        return None
    words = text[start:end].split()
    while words and words[-1] in _ALSO:  # «از خط تولید شرکت سایک نیز بازدید می‌کند»
        words.pop()
        end = start + len(" ".join(words))
    if len(words) > MAX_PARTY_WORDS and "و" in words:
        # sites listed («از عمارت کلاه فرنگی ماکو و باغچه جوق این شهرستان»): the first
        end = start + len(" ".join(words[: words.index("و")]))
    return (start, end) if 0 < len(text[start:end].split()) <= MAX_PARTY_WORDS else None


def not_what_is_said(
    text: str, found: list[Mention], kind: str, sentence: tuple[int, int], at: tuple[int, int]
) -> list[Mention]:
    """Without the places in what a statement or an accusation says: what a written
    statement goes on to say («در بیانیه‌ای حمله به هواداران در تبریز را محکوم کرد»), and
    what an accuser condemns or charges («… در دیدار جمعه شب در ریاض را محکوم کرد»), the
    object before «را» after the accuser."""
    if kind == "statement" and _WRITTEN.match(text, at[0]):
        return [x for x in found if x.start < at[0]]
    if kind == "accusation" and text.rfind(" را ", sentence[0], at[0]) >= 0:
        accuser = next((m.start for m in found if m.kind in (*ACTORS, "org", "country")), at[0])
        return [x for x in found if x.start < accuser]
    return found


def _premises(text: str, found: list[Mention]) -> str | None:
    """A body or building whose premises a meeting is held in, named right before the
    verb: «… در حوزه هنری تهران برگزار شد» (a town's one word is where, not whose)."""
    held = [
        m
        for m in found
        if (m.kind == "org" or (m.kind == "city" and " " in m.name))
        and text.endswith(_IN_SITE, 0, m.start)
        and _HELD.match(text, m.end)
    ]
    return held[-1].name if held else None


def not_the_site(
    text: str, sentence: tuple[int, int], participants: list[str], place: str | None
) -> list[str]:
    """Where a meeting is held takes no part in it («… با حضور استاندار اصفهان در
    فرمانداری کاشان برگزار شد»: the governor's office is the place, not a party), nor
    does a body whose building it is («در سالن همایش‌های مرکز پژوهش‌ها برگزار شد»), when
    the sentence names it after «در» and others take part, or it is named right before
    the verb («جلسه … در حوزه هنری تهران برگزار شد»: no one is named to take part)."""
    if not place:
        return participants
    s, e = sentence
    where = max(text.find(f"{prefix}{place}", s, e) for prefix in _IN_SITE)
    if where < 0:
        return participants
    kept = [p for p in participants if f" {p} " not in f" {place} "]
    if kept or _HELD.match(text, text.find(place, where) + len(place)):
        return kept
    return participants
