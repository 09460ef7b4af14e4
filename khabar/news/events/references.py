"""What a trigger points back to. News reports an event once and then refers back to it
(«این دیدار …», «پیش از امضای قرارداد»), so a trigger of an earlier event's type, with
no participant that event lacks and in no other place or time, _repeats it; an event in
or after another («در این تماس», «بیانیه پایانی این نشست», on a visit) takes that
one's place, date or participants."""

import re

from khabar.news.events.model import ACTORS, Event, Mention
from khabar.news.events.patterns import ARRIVING, DOCUMENT, GATHERING, PRESS, TALK, VERB_END, Z
from khabar.news.events.places import dateline

_REFERENCE = re.compile(r"(?:(?<![^\s«(،])این(?: [^\s]+ین)?(?: دور از)?|(?:پیش|پس|قبل|بعد) از) $")
# «بیانیه مشترک پایانی این نشست»: the statement that closes a meeting told, or «بیانیه
# پایانی آن» of the meeting just told.
_OF_THIS = re.compile(
    r"(?: (?:مشترک|پایانی|نهایی))* (?:این )?(نشست|اجلاس|دیدار|مذاکرات|کنفرانس)(?![^\s،.])"
    r"|(?: (?:مشترک|پایانی|نهایی))+ آن(?![^\s،.])"
)
_THIS_ONE = re.compile(r"(?<![^\s«(،])این(?: [^\s]+ین)? $")
_THIS_DOCUMENT = re.compile(
    rf"(?<![^\s«(،])(?:این {DOCUMENT}(?: را)? |{DOCUMENT} (?:مذکور|یادشده|یاد شده|فوق) )"
)
_DOCUMENT_NAMED = re.compile(rf"(?<![^\s«(،]){DOCUMENT}(?:ی|{Z}?ای)? [^\s.،]+")
_THIS_PLACE = re.compile(r"(?<![^\s«(،])در (?:این|همین) (?:شهر|کشور)(?![^\s،.])")
_FUTURE = re.compile(r"خواهد|خواهند")
# «در بیانیه‌ای دیگر», «در نامه دیگری»: an event its noun calls another.
_ANOTHER = re.compile(r" دیگری?(?![^\s،.:])")
# A session still to come: «… برگزار می‌شود», «… برگزار خواهد شد», «قرار است … تشکیل شود».
_TO_COME = re.compile(rf"{_FUTURE.pattern}|شود$|شوند$")
# A trip still to come: «پیش از سفر به», «سفر هفته آینده خود به», «به تهران سفر می‌کند»,
# «… سفر خواهد کرد», «که قرار است … سفر کند».
_TRIP_TO_COME = re.compile(
    rf"^(?:پیش|قبل) از |آینده|خواهد|خواهند|(?<![^\s])می[{Z} ]"
    r"|(?<![^\s])(?:کند|کنند|شود|شوند|نماید|نمایند|برود|بروند|برسد|برسند)$"
)
# «جلسه شورای تأمین استان ماه گذشته نیز … برگزار شد»: the same body met another time too;
# «سفارت ایران در ایروان نیز در اطلاعیه‌ای …»: another made a statement too.
_ALSO = re.compile(r" نیز ")
# The body's «also», not a guest's: «با حضور استاندار و نیز نماینده ولی فقیه», «… که
# نماینده ولی فقیه نیز در آن حضور داشت» name who else came to the one sitting.
_SITTING_ALSO = re.compile(r"^(?:(?! که ).)*?(?<! و) نیز ")
# «پیش از آغاز نشست، …»: what happens before or after a meeting is another event.
_BESIDE = re.compile(
    r"(?<![^\s«(،])(?:پیش|قبل|پس|بعد) از (?:آغاز |پایان |برگزاری )?(?:این )?"
    r"(?:نشست|جلسه|اجلاس|مذاکرات)(?![^\s،.])"
)
# A site visited, told by its verb: «از میدان نفتی مجنون بازدید می‌کند».
_SIGHT = re.compile(r"بازدید (?!از)")
# Visits of a site, not trips: «از تالار کانی برازان دیدار», «بازدید از نمایشگاه», «در
# دیدار خود از بیمارستان».
_SITES_SEEN = re.compile(r"از |بازدید|.* از$")
_PLUPERFECT = re.compile(r"ه بود(?:ند|ه)?$")
# An arrival, which in the pluperfect sets the trip told before as the scene («بهرام عین‌اللهی
# که صبح امروز وارد کرمانشاه شده بود، پس از بازدید …»), not a trip apart.
_ARRIVAL = re.compile(rf"(?:{ARRIVING}) ")
# How a statement is made: a press conference, an interview, or in writing. One person's
# letter and their interview later in the article are two statements, not one told again.
_MADE = {
    "press": re.compile(r"(?:نشست|کنفرانس) (?:خبری|مطبوعاتی)|با (?:خبرنگاران|اصحاب رسانه)"),
    "interview": re.compile(rf"{TALK}|مصاحبه"),
    "writing": re.compile(r"بیانیه|اطلاعیه|نامه|پیام|یادداشت|مقاله"),
}
# The words a name may be written out with: «جمهوری اسلامی ایران», «وزارت امور خارجه».
_LONG_FORMS = re.compile(r"(?<![^\s])(?:جمهوری اسلامی |امور )(?=ایران|خارجه)")
_THIS_SERIES = re.compile(r" (?:این|همین) ")
_SESSION_NOUN = re.compile(r"همایش|سمینار|گردهمایی|اجلاس|نشست|جلسه|کنفرانس|کارگاه")
# Words after a session's noun that begin no name of it.
_NO_NAME = frozenset("که با و در از را امروز دیروز روز صبح عصر این آن خود".split())
# Words a session's name ends before, and the divisions a body's name is of: «جلسه شورای
# اداری استان فارس» and «… شهرستان مرودشت» are two councils' sessions.
_NAME_ENDS = (_NO_NAME - {"و", "از"}) | {"به", "نیز", "برگزار", "تشکیل"}
_DIVISIONS = frozenset("استان شهرستان شهر کشور منطقه ناحیه بخش".split())
# Divisions below the province a report is of: «جلسه شورای اداری با حضور استاندار» is the
# province's, «جلسه شورای اداری شهرستان مرودشت» another's.
_LOCAL = _DIVISIONS - {"استان", "کشور"}
_NAME_WORDS = 6
_NUMBERS = {"سه": 3, "چهار": 4, "پنج": 5}
_COUNTED = re.compile(r"(?<![^\s«(،])(" + "|".join(_NUMBERS) + r") (?:کشور|طرف)(?![^\s،؛:.!؟()«»])")
# What «این …» points back to: the last event of that type.
_BACK = {
    "توافق": "agreement",
    "تفاهم": "agreement",
    "نشست": "meeting",
    "جلسه": "meeting",
    "اجلاس": "meeting",
    "دیدار": "meeting",
    "مذاکرات": "meeting",
    "تماس": "call",
    "سفر": "visit",
    "بیانیه": "statement",
}
_THIS = re.compile(r"(?<![^\s«(،])این (" + "|".join(_BACK) + r")")
_IN_THIS = re.compile(
    r"(?<![^\s«(،])(?:در|پس از|در حاشیه|در جریان|طی) این (" + "|".join(_BACK) + r")"
)
# «در این نشست که X حضور داشتند»: who was present at the meeting told (``attended``).
# or as it went on: «X نیز در ادامه نشست گفت».
_ATTENDING = re.compile(
    rf"(?<![^\s«(،])(?:(?:در|طی) (?:این|همین)|در ادامه(?: این| همین)?) "
    rf"(?:نشست|جلسه|اجلاس|{GATHERING})(?![^\s،.])"
)
# Being there, or speaking there: «در این جلسه X نیز گفت», «… تصریح کرد».
_PRESENT = re.compile(
    rf" (?:حضور (?:داشت|داشتند|یافت|یافتند|داشته{Z}?اند)|گفت|افزود"
    r"|(?:اظهار|تصریح|خاطرنشان|بیان) (?:کرد|داشت))"
    r"(?![^\s،.:])"
)
# A press conference, which those speaking at it hold too («در این نشست … گفت»).
_PRESS = re.compile(PRESS)
# «در این بازدید X و Y، وزیر را همراهی کردند»: who came along on the visit told.
_ON_THIS_TRIP = re.compile(r"(?<![^\s«(،])(?:در|طی) (?:این|همین) (?:بازدید|سفر)(?![^\s،.])")
_CAME_ALONG = re.compile(
    rf" را همراهی (?:کرد|کردند|کرده{Z}?اند|می{Z}?کرد|می{Z}?کردند|می{Z}?کنند)(?![^\s،.])"
)
# «در این دیدار که …»: inside an event told (``_told_within``).
_WITHIN_THIS = re.compile(r"(?<![^\s«(،])(?:در|طی|در جریان) این (دیدار|مذاکرات|تماس)(?![^\s،])")


def _repeats(event: Event, earlier: list[Event], text: str) -> Event | None:
    """The event ``event`` refers back to, if any: the same type, and no participant that
    one lacks. One told in the pluperfect («دیدار کرده بودند») happened before, apart;
    one with someone new («وی همچنین با X دیدار خواهد کرد»), in another place or time,
    or in the future after past ones is another, as is one its noun calls so («در بیانیه‌ای
    دیگر») and a statement its clause says was made «also» («سفارت ایران در ایروان نیز در
    اطلاعیه‌ای …» after the embassy in Baku's). «این نخستین سفر» or «پیش از امضای قرارداد»
    points back to the one of its type already told. A sight visited beside a trip in
    its own sentence is another («به بصره می‌رود و از میدان مجنون بازدید می‌کند»)."""
    apart = _PLUPERFECT.search(event.trigger) and not _ARRIVAL.match(event.trigger)
    if apart or _BESIDE.search(text, event.sentence[0], event.start):
        return None
    if _ANOTHER.match(text, event.end) and not VERB_END.search(event.trigger):
        return None
    sight = event.type == "visit" and bool(_SIGHT.match(event.trigger))
    charge = _a_charge(text, event)
    same = [
        e
        for e in earlier
        if e.type == event.type
        and not (sight and e.sentence == event.sentence)
        and _a_charge(text, e) == charge
    ]
    mine = set(event.participants)
    if event.type == "statement":
        same = [e for e in same if _same_way(e, event)]
    if _REFERENCE.search(text, max(0, event.start - 25), event.start) or _signed_this(text, event):
        return same[-1] if same else None
    if same and _same_document(text, event, same[-1]):
        return same[-1]
    named = _gathering(event)
    if named:
        told = next(
            (
                e
                for e in same
                if _same_name(named, _gathering(e))
                and not _elsewhere(text, event, e)
                and _same_sitting(e, event)
            ),
            None,
        )
        if told is not None:
            return told
    if event.type == "statement":
        clause = max(event.sentence[0], text.rfind("،", 0, event.start) + 1)
        if _ALSO.search(text, clause, event.start) and _stated_just_before(earlier, event):
            return None
    if _FUTURE.search(event.trigger) and not any(_FUTURE.search(e.trigger) for e in same):
        return None
    return next(
        (
            e
            for e in same
            if (
                all(any(same_party(p, q) for q in e.participants) for p in mine)
                or _same_charge(event, e)
            )
            and not _elsewhere(text, event, e)
        ),
        None,
    )


def _stated_just_before(earlier: list[Event], event: Event) -> bool:
    """Whether the sentence told just before ``event``'s has a statement, the one its «also»
    is beside («سفارت ایران در باکو در اطلاعیه‌ای …» then «سفارت ایران در ایروان نیز در
    اطلاعیه‌ای …»); after another's act («دبیرکل سازمان ملل این حمله را محکوم کرد») the
    «also» is beside that, and a statement told in the lead may be told again."""
    before = [e for e in earlier if e.sentence != event.sentence]
    return any(e.type == "statement" for e in before if e.sentence == before[-1].sentence)


def _same_sitting(earlier: Event, event: Event) -> bool:
    """Whether a gathering named again may be the sitting told before: not one still to
    come after one held («جلسه شورای تأمین استان … برگزار شد» then «… هفته آینده … برگزار
    می‌شود»), nor one the body «also» held («… ماه گذشته نیز … برگزار شد»)."""
    to_come = [bool(_TO_COME.search(e.trigger)) for e in (earlier, event)]
    return to_come[0] == to_come[1] and not _SITTING_ALSO.match(event.trigger)


def _same_way(a: Event, b: Event) -> bool:
    """Whether two statements may be one: made the same way, or one's trigger does not say
    how («اعلام کرد»)."""
    ways = {next((how for how, rx in _MADE.items() if rx.search(e.trigger)), None) for e in (a, b)}
    return len(ways - {None}) < 2


def _same_charge(event: Event, earlier: Event) -> bool:
    """An accuser's criticism of the same party told again, whatever else its phrase names
    («با انتقاد از مواضع ترکیه …» then «از مواضع ترکیه و حمایت‌های این کشور از جمهوری
    آذربایجان … انتقاد کرد»)."""
    if event.type != "accusation" or len(event.participants) < 2:
        return False
    accuser, *accused = event.participants
    return (
        bool(earlier.participants)
        and same_party(accuser, earlier.participants[0])
        and bool(set(accused) & set(earlier.participants[1:]))
    )


def _a_charge(text: str, event: Event) -> bool:
    """A charge someone is held or tried on («به اتهام نقض حقوق بشر … تحت تعقیب قرار
    دارد») is another accusation than a criticism of them («اقدام … را شرم‌آور خواند»)."""
    return event.type == "accusation" and text.endswith("به ", 0, event.start)


def same_party(name: str, other: str) -> bool:
    """One party named in full and shortened: «کمیسیون امنیت ملی و سیاست خارجی مجلس» is
    «کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی» told again, «سفارت ایران» is
    «سفارت جمهوری اسلامی ایران»; a one-word head («ایران», «سفارت») names too many to be
    the same, and a long form is no shortening of another body («وزارت امور خارجه» is
    Iran's, not «وزارت خارجه عراق»), but is of Iran's («وزارت خارجه ایران»)."""
    bare = sorted((_LONG_FORMS.sub("", name), _LONG_FORMS.sub("", other)), key=len)
    if bare[1] in (bare[0], f"{bare[0]} ایران"):
        return True
    short, long_ = sorted((name, other), key=len)
    return " " in short and long_.startswith(f"{short} ")


def _signed_this(text: str, event: Event, earlier: Event | None = None) -> bool:
    """«این قرارداد را X و Y امضا کردند», «توافقنامه مذکور … به امضا رسید», «این سند در
    حضور X و Y به امضا رسید»: the agreement already told, and who signed it; so is the
    same document told again (``_same_document``)."""
    return event.type == "agreement" and bool(
        _THIS_DOCUMENT.search(text, event.sentence[0], event.start)
        or (earlier is not None and _same_document(text, event, earlier))
    )


def _same_document(text: str, event: Event, earlier: Event) -> bool:
    """«موریتانی و عربستان توافقنامه همکاری نظامی امضا کردند. … X، وزیر دفاع موریتانی، و
    Y … توافقنامه همکاری نظامی امضا کردند»: the last agreement told, its document named
    alike in the next sentence, is told again with its signers."""
    if event.type != "agreement" or earlier.type != "agreement":
        return False
    if text[earlier.sentence[1] : event.sentence[0]].strip():
        return False
    mine, theirs = _document(text, event), _document(text, earlier)
    return mine is not None and mine == theirs


def _document(text: str, event: Event) -> str | None:
    """The document an agreement's sentence names up to its trigger, with the word after
    it, which may follow the trigger: «توافقنامه همکاری», «امضای تفاهم‌نامه همکاری»."""
    found = [
        m
        for m in _DOCUMENT_NAMED.finditer(text, event.sentence[0], event.sentence[1])
        if m.start() < event.end
    ]
    return found[-1].group() if found else None


def _gathering(event: Event) -> tuple[str, ...] | None:
    """A session's name, its noun and the words after it («همایش تجلیل از برگزیدگان …»):
    the lead's gathering named again in the body is the same one. Not a session told by
    an indefinite noun or a clause («جلسه‌ای که با حضور …», «نشست با …»)."""
    words = tuple(event.trigger.split()[:_NAME_WORDS])
    if event.type != "meeting" or len(words) < 3 or not _SESSION_NOUN.fullmatch(words[0]):
        return None
    return None if words[1] in _NO_NAME else words


def _same_name(name: tuple[str, ...], other: tuple[str, ...] | None) -> bool:
    """Whether two sessions' names are one: alike in their first three words and, where
    they part, not on a place («جلسه شورای اداری استان فارس» is not «… شهرستان مرودشت»
    nor «… استان بوشهر»), or where one name has ended («… استان با حضور …») and the other
    goes on with no county or city («جلسه شورای اداری با حضور …» is not «… شهرستان
    مرودشت …»); names parting elsewhere may be one told loosely («همایش تجلیل از
    برگزیدگان فرهنگی و هنری …», «… فرهنگی هنری استان …»)."""
    if other is None or name[:3] != other[:3]:
        return False
    for i, (a, b) in enumerate(zip(name, other, strict=False)):
        if a in _NAME_ENDS or b in _NAME_ENDS:
            return not {a, b} & _LOCAL
        if a != b:
            return not {a, b, name[i - 1]} & _DIVISIONS
    return True


def _pointed(text: str, start: int) -> bool:
    """«این نشست که … برگزار شد»: a demonstrative points back, never to a new event."""
    return bool(_THIS_ONE.search(text, max(0, start - 25), start))


def _told_before(text: str, event: Event, events: list[Event]) -> bool:
    """Whether what a demonstrative points back to is an event found: one of its type or
    told by its noun («نشست خبری … در این نشست»), or any when the text has not named it
    by its noun before; not a session first told with no one in it («نخستین جلسه … در
    حوزه هنری برگزار شد. این جلسه با حضور X …»: told here with who took part)."""
    noun = event.trigger.split(" ", 1)[0]
    told = any(ev.type == event.type or ev.trigger.startswith(noun) for ev in events)
    return told or text.find(noun, 0, event.sentence[0]) < 0


def _elsewhere(text: str, a: Event, b: Event) -> bool:
    """In another place or at another time («قراردادی که نخستین بار در سال 2009 امضا شد»);
    a trip to a city a tour told before lists is that tour («سفر دو روزه خود به شهرهای
    ماکو، ارومیه و مهاباد» … «برنامه‌های سفر کوجی هاندا به ارومیه»)."""
    trip = a.type == "visit" and "سفر" in a.trigger
    listed = trip and a.place is not None and a.place in text[slice(*b.sentence)]
    return (a.place is not None and b.place is not None and a.place != b.place and not listed) or (
        a.date is not None and b.date is not None and a.date != b.date
    )


def _setting(text: str, s: int, at: int, events: list[Event]) -> Event | None:
    """The event a trigger happens in or after: «در این تماس دو طرف توافق کردند», «پس از
    این دیدار … به امضا رسید»; it lends its place and date."""
    for m in _IN_THIS.finditer(text, s, at):
        same = [ev for ev in events if ev.type == _BACK[m.group(1)]]
        if same:
            return same[-1]
    return None


def statement_of(text: str, end: int, events: list[Event]) -> Event | None:
    """«بیانیه مشترک پایانی این نشست»: the meeting a statement closes, the last told by that
    word (not a talk on its sidelines); who took part issue it, where and when it was."""
    m = _OF_THIS.match(text, end)
    meetings = [ev for ev in events if ev.type == "meeting"] if m else []
    named = [ev for ev in meetings if m and m.group(1) and m.group(1) in ev.trigger]
    return (named or meetings or [None])[-1]


def _told_within(text: str, event: Event, events: list[Event]) -> bool:
    """«در این دیدار که … دو وزیر درباره … رایزنی کردند»: what is done in a meeting or
    call already told, of its own type, is that event told again («پس از این دیدار»
    or «در حاشیه این نشست» would be another)."""
    for m in _WITHIN_THIS.finditer(text, event.sentence[0], event.start):
        if any(ev.type == event.type == _BACK[m.group(1)] for ev in events):
            return True
    return False


def pointed_back(text: str, s: int, e: int, events: list[Event]) -> list[str]:
    """The participants of the event «این توافق» or «این نشست» in the sentence points to."""
    for m in _THIS.finditer(text, s, e):
        kind = _BACK[m.group(1)]
        same = [ev for ev in events if ev.type == kind]
        if same:
            return list(same[-1].participants)
    return []


def counted(text: str, s: int, at: tuple[int, int], events: list[Event]) -> list[str]:
    """«سه کشور در پایان نشست توافق کردند»: the last event of that many parties."""
    m = _COUNTED.search(text, s, at[0])
    if not m:
        return []
    n = _NUMBERS[m.group(1)]
    told = [ev for ev in events if len(ev.participants) == n]
    return list(told[-1].participants) if told else []


def series(text: str, at: tuple[int, int], events: list[Event]) -> list[str]:
    """Who a round naming no one is of when it points back («نشست قبلی این سازوکار
    سه‌جانبه …»): those of the last meeting told, the series it belongs to; not a group
    named bare («نشست بعدی وزیران در شهر وان»), which may be others."""
    meetings = [ev for ev in events if ev.type == "meeting"]
    if not _THIS_SERIES.match(text, at[1]):
        return []
    return list(meetings[-1].participants) if meetings else []


def _date_back(earlier: Event, date: str | None, events: list[Event]) -> None:
    """A reference that dates the event it refers to («بر اساس این بیانیه که روز شنبه …
    منتشر شد») dates it and the events told in its sentence."""
    if date is None or earlier.date is not None:
        return
    for ev in events:
        if ev.sentence == earlier.sentence and ev.date is None:
            ev.date = date


def _this_city(text: str, event: Event, visits: list[Event], events: list[Event]) -> None:
    """«… عازم بیروت می‌شود و در این شهر با … دیدار خواهد کرد»: where the visit went."""
    if event.place is None and _THIS_PLACE.search(text, *event.sentence):
        went = [v for v in [*events, *visits] if v.type == "visit" and v.place]
        if went:
            event.place = max(went, key=lambda v: v.start).place


def attended(
    text: str,
    inside: list[Mention],
    sentence: tuple[int, int],
    events: list[Event],
    people: set[str],
) -> None:
    """«در این نشست که X و Y حضور داشتند», «X نیز در این جلسه حضور داشت», «در این جلسه X
    گفت»: the people named as present or speaking take part in the meeting or press
    conference told last, when people take part in it (a session of countries is theirs,
    not their envoys')."""
    s, e = sentence
    _came_along(text, inside, sentence, events)
    present = _PRESENT.search(text, s, e)
    opening = _ATTENDING.search(text, s, present.start()) if present else None
    meetings = [
        ev
        for ev in events
        if ev.type == "meeting" or (ev.type == "statement" and _PRESS.match(ev.trigger))
    ]
    if not opening or not meetings or not people & set(meetings[-1].participants):
        return
    named = [m.name for m in inside if m.kind == "person" and s <= m.start < present.start()]
    told = meetings[-1]
    told.participants = [
        *told.participants,
        *(n for n in dict.fromkeys(named) if n not in told.participants),
    ]


def _came_along(
    text: str, inside: list[Mention], sentence: tuple[int, int], events: list[Event]
) -> None:
    """«در این بازدید X، استاندار خوزستان، و Y، وزیر بازرگانی را همراهی کردند»: the
    people named as coming along take part in the visit told last."""
    s, e = sentence
    along = _CAME_ALONG.search(text, s, e)
    opening = _ON_THIS_TRIP.search(text, s, along.start()) if along else None
    visits = [ev for ev in events if ev.type == "visit"]
    if not opening or not visits:
        return
    named = [
        m.name for m in inside if m.kind == "person" and opening.end() <= m.start < along.start()
    ]
    told = visits[-1]
    told.participants = [
        *told.participants,
        *(n for n in dict.fromkeys(named) if n not in told.participants),
    ]


def _lend(event: Event, setting: Event | None) -> None:
    if setting is not None:
        event.place = event.place or setting.place
        event.date = event.date or setting.date


def part_of_visit(
    text: str, at: int, visits: list[Event], inside: list[Mention], participants: list[str]
) -> bool:
    """A meeting told in the same clause as a visit, with no one the visit lacks («به نجف
    برود و با مراجع دیدار کند», «برای شرکت در نشست وزیران به آستانه می‌رود و با همتایان
    قزاقستانی خود دیدار می‌کند»), is what the visit was for; one with someone named
    («… و در این شهر با رئیس‌جمهور لبنان دیدار خواهد کرد») is an event of its own."""
    actors = {m.name for m in inside if m.kind in (*ACTORS, "org")}
    for visit in visits:
        if _SITES_SEEN.match(visit.trigger) or visit.place is None:
            # a site seen is no trip a meeting is for («… دیدار و از تالار … دیدار و …»), nor
            # is a trip to a region the list of places lacks («در سفر به مناطق زلزله‌زده …
            # با خانواده‌های آسیب‌دیده دیدار کرد»): the meeting is told of its own
            continue
        a, b = visit.start, visit.end
        new = set(participants) & actors - set(visit.participants)
        if (
            "،" not in text[min(a, at) : max(b, at)]
            and not new
            and not _met_there(text, b, at, inside)
        ):
            return True
    return False


def _met_there(text: str, after: int, at: int, inside: list[Mention]) -> bool:
    """Whom a meeting on a trip is with, named after «با» by an office or a body of the
    place («با سلطان عمان دیدار خواهد کرد», «با مدیران بندر یانگشان دیدار خواهد کرد»),
    not counterparts or clerics left unnamed («با همتایان قزاقستانی و روس خود»), nor the
    city the meeting is in («با همتایان خود در مسقط»)."""
    start = text.rfind(" با ", after, at)
    return start >= 0 and any(
        start < m.start < at and not text.endswith(" در ", 0, m.start) for m in inside
    )


def _on_the_trip(text: str, event: Event, trip: Event) -> bool:
    """Whether an event told beside a trip in its sentence takes the trip's place: a
    meeting or agreement placed nowhere else, or any event placed only by the dateline
    («به گزارش … از ارومیه، استاندار … در سفر به تهران با وزیر کشور دیدار کرد»: met in
    Tehran, not where the report is filed from) when the trip is told before it and made,
    not one still to come («پیش از سفر به تهران در نشست خبری گفت», «که قرار است … به
    تهران سفر کند، در نشست خبری گفت») nor one the event tells of («در نشست خبری از سفر
    هفته آینده خود به تهران خبر داد»): those are held where the report is filed from."""
    if event.place is None:
        return event.type in ("meeting", "agreement")
    return (
        event.type != "visit"
        and event.place == dateline(text, event.sentence)
        and trip.start < event.start
        and not _TRIP_TO_COME.search(trip.trigger)
    )


def keep(text: str, events: list[Event], event: Event, visits: list[Event], fresh: bool) -> bool:
    """Add ``event`` unless it refers back to one already found, which it may date or
    complete («این قرارداد را X و Y امضا کردند»); a kept one may take its place and date
    from the event it happens in («در این تماس», «در این شهر», on a visit)."""
    earlier = None if fresh else _repeats(event, events, text)
    if earlier is not None:
        _date_back(earlier, event.date, events)
        if _signed_this(text, event, earlier):
            earlier.participants += [p for p in event.participants if p not in earlier.participants]
        return False
    if _pointed(text, event.start) and _told_before(text, event, events):
        return False
    if not fresh and _told_within(text, event, events):
        return False
    _lend(event, _setting(text, event.sentence[0], event.start, events))
    if event.type == "statement":
        _lend(event, statement_of(text, event.end, events))
    _this_city(text, event, visits, events)
    trips = [v for v in visits if not _SITES_SEEN.match(v.trigger)]
    if trips and _on_the_trip(text, event, trips[-1]):
        event.place = trips[-1].place
    events.append(event)
    return True
