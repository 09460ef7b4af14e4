"""Reading an article sentence by sentence: find each type's trigger, read who, where
and when, and keep the events that are not told again."""

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from khabar.news.dates.tense import POINT_IN_WORD
from khabar.news.events.attendance import attendees, held_for, with_attendees
from khabar.news.events.bodies import (
    body_told_before,
    convening,
    cooperating,
    countries_in,
    countries_of_session,
    delegations,
    gathering_held,
    group_met,
    joined_bodies,
    named_from,
    sat_before,
    session_group,
    session_of,
    this_body,
)
from khabar.news.events.dates import date_of_lead, event_date
from khabar.news.events.issuers import (
    addressed,
    anonymous_source,
    issuer_after,
    unnamed_speaker,
)
from khabar.news.events.matching import (
    amid,
    beyond_setting,
    first_trigger,
    interview,
    interviewed,
    onward,
    played,
)
from khabar.news.events.model import ACTORS, Context, Event, Mention, within
from khabar.news.events.participants import (
    about,
    candidates,
    criticized,
    dropped_subject,
    interviewee,
    met_group,
    one_sided,
    received,
    sentence_participants,
    subject_pronoun,
    two_countries,
)
from khabar.news.events.parties import capitals, parties
from khabar.news.events.patterns import DELEGATION, GROUP, PRESS, SAYING, SPACE, TALK, Z
from khabar.news.events.places import event_place, not_the_site, not_what_is_said
from khabar.news.events.quoted import outlet_writes, told_as_own, told_of_others, with_speaker
from khabar.news.events.references import (
    attended,
    counted,
    keep,
    part_of_visit,
    pointed_back,
    series,
    statement_of,
)
from khabar.news.events.sentence import (
    TOPIC,
    asked,
    clause_span,
    content_start,
    only_possible,
    topic_of,
    turned_at,
)
from khabar.news.events.spans import (
    before_meeting_noun,
    delegation_body,
    joint_bodies,
    met_unnamed,
    not_described,
    object_country,
    one_team,
    two_bodies,
    untimed,
)
from khabar.news.events.travellers import (
    delegation_told,
    in_relative_clause,
    not_the_sender,
    travelling_group,
    visitor,
)
from khabar.news.events.triggers import (
    COMPILED_TRIGGERS,
    HABIT,
    HOLDING,
    ROUND,
    SESSION,
    TALK_WITH,
    TALKED,
)
from khabar.news.events.trips import CALLED_OFF, LEFT_BY_TRIP, goes_somewhere
from khabar.news.structure import find_paragraphs
from khabar.news.titles import HEAD_WORDS

# A sentence, up to its stop; a point inside a number or word is none.
_SENTENCE = re.compile(rf"(?:[^.!?؟\n]|{POINT_IN_WORD})+[.!?؟]?")
# «آنها», «ایشان»: people told before, never the bodies or places of the sentence.
_PRONOUN = rf"آنها|آن{Z}ها|ایشان"
_THEM = re.compile(rf"(?<![^\s«(،])(?:{_PRONOUN})(?![^\s،؛:.!؟()«»])")
_THEY = re.compile(
    rf"(?<![^\s«(،])(?:{_PRONOUN}|دو طرف|طرفین|دو (?:{HEAD_WORDS}))(?![^\s،؛:.!؟()«»])"
)
# Signed by whom the words after it name: «به امضای دو وزیر رسید».
_SIGNED_BY = "به امضای "
# A group opening the clause, who agreed among themselves: «وزیران نفت کشورهای عضو اوپک».
_GROUP_SUBJECT = re.compile(rf"(?:{GROUP}|کشورهای)(?![^\s])")
# Those one came among and then talked with: «در جمع معلمان این مدرسه حضور یافت و با آنان».
_AMONG_THEM = re.compile(
    r"در (?:جمع|میان) (?P<group>[^.،:«»]{2,60}?) "
    r"(?:حضور (?:یافت|یافتند|پیدا کرد|پیدا کردند)|حاضر (?:شد|شدند))"
    rf" و با (?:آنان|آنها|آن{Z}ها|ایشان) $"
)
# Talk told by its verb: «گفتگو کرد», «رایزنی کردند», the talk of a call told beside it.
_TALKED_ON = re.compile(rf"(?:{TALK}|رایزنی|مذاکره|صحبت) ")
# A meeting told by its noun, whose name may list the countries that meet.
_TALKS_NOUN = re.compile(rf"(?:مذاکرات|نشست|اجلاس|جلسه|گفت{Z}?و{Z}?گوها|رایزنی{Z}?ها)$")
# «در نشست آتی … شرکت خواهد کرد»: someone takes part in the session, not only speaks of it.
_TAKES_PART = re.compile(
    rf"[^.،:«]*? (?:شرکت|حضور) (?:خواهد|خواهند|می{Z}?[^\s.،]+|کرد|کردند|کند|کنند|یافت|یافتند"
    r"|داشت|داشتند|دارد|دارند)(?![^\s،.])"
)
_PRESS = re.compile(PRESS)
# A statement spoken of, not made: «با اشاره به بیانیه وزارت امور خارجه گفت: …», «درباره
# متن بیانیه …»; whoever quotes it speaks (``_issuer``).
_SPOKEN_OF = re.compile(rf"{TOPIC.pattern}(?:[^\s.،]+ )?$")
# «در این دیدار …» as the body's first word of a meeting (``_headline_told``).
_MEETING_NOUN = r"(?:دیدار|نشست|جلسه|اجلاس|ملاقات|همایش)(?![^\s،.])"
_IN_THIS_MEETING = re.compile(
    r"(?<![^\s«(،])(?:در|طی|در جریان|در حاشیه|در ابتدای|در پایان|در طول) این " + _MEETING_NOUN
)
_MEETING_NAMED = re.compile(r"(?<![^\s])" + _MEETING_NOUN)
# A speech verb right after a session's noun: «در همایش بیان کرد», «در جلسه گفت».
_SPOKEN_AT = re.compile(rf" (?:{SAYING})(?![^\s،.:])")


@dataclass
class _Reading:
    """What one article's reading has found so far."""

    text: str
    context: Context
    people: set[str]
    events: list[Event] = field(default_factory=list)
    days: dict[int, str | None] = field(default_factory=dict)  # each date's value by its start

    @property
    def dated(self) -> tuple[int, ...]:
        """Where each date expression starts."""
        return tuple(self.days)

    @cached_property
    def countries(self) -> frozenset[str]:
        """The names of the countries the article mentions."""
        return frozenset(name for _, name in self.context.countries)


def _trimmed(text: str, at: tuple[int, int]) -> tuple[str, int, int]:
    """A trigger's words and offsets without the spaces its pattern took in on either side
    («دیدار لاریجانی با »), so that the offsets point at the trigger as written."""
    start, end = at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[start:end], start, end


def _persons_or_countries(reading: _Reading, participants: list[str]) -> bool:
    """Whether any participant is someone or a country, not only a body or a site."""
    return bool(set(participants) & (reading.people | reading.countries))


def _all_after(inside: list[Mention], participants: list[str], at: int) -> bool:
    """Whether every participant is named only after ``at``, the trigger's end."""
    named = [m for m in inside if m.name in participants]
    return bool(named) and all(m.start >= at for m in named)


def _who(
    reading: _Reading,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    fresh: bool,
) -> list[str]:
    """The participants: the parties named («میان X و Y», «دو کشور») or the sentence's,
    else those it points back to («آنها», «دو وزیر», «این توافق», the delegation that
    came: «اعضای هیئت … بازدید کردند»), and a speaker whose speech leaves its subject
    out. An office counted in «دو رئیس‌جمهور» is the two told before, not one holder."""
    text, context, earlier = reading.text, reading.context, reading.events
    s, e = sentence
    if kind == "meeting" and HOLDING.fullmatch(text, *at):
        return gathering_held(text, inside, at, e)
    if kind == "visit":
        inside = in_relative_clause(text, not_the_sender(text, inside, at), at, sentence)
    # those who signed, named in the trigger: «… به امضای دو وزیر رسید»
    they = _THEY.search(text, s, at[1] if text.startswith(_SIGNED_BY, at[0]) else at[0])
    if they:
        inside = [m for m in inside if not they.start() <= m.start < they.end()]
    participants: list[str] = []
    if kind in ("agreement", "meeting"):
        participants = (
            parties(text, at, s) or two_countries(text, s, at, context) or cooperating(text, s, at)
        )
    if kind == "statement" and not _PRESS.match(text, at[0]):
        # a press conference is its holder's («در کنفرانس مطبوعاتی پایان اجلاس»)
        told = statement_of(text, at[1], earlier)
        participants = list(told.participants) if told else []
    if kind == "visit" and LEFT_BY_TRIP.search(text, max(s, at[0] - 20), at[0]):
        # «اعتبارات سفر رئیس‌جمهور …»: the traveller is whose trip it is, not the clause's
        participants = [m.name for m in inside if m.start == at[1] + 1 and m.kind in ACTORS]
    participants = participants or sentence_participants(text, inside, kind, sentence, at, context)
    if kind == "meeting" and (among := _AMONG_THEM.search(text, s, at[0])):
        # «در جمع معلمان حضور یافت و با آنان گفت‌وگو کرد»: the group «آنان» stands for
        participants = list(dict.fromkeys([*participants, among["group"]]))
    if kind == "meeting":
        # «توافق کردند که کمیته مشترک … تشکیل جلسه دهد»: the body convenes, not who agreed
        participants = convening(text, at, sentence, context) or participants
    if kind == "meeting" and text.endswith("شرکت در ", 0, at[0]):
        # «برای شرکت در نشست وزیران خارجه کشورهای همسایه عراق … دعوت کرد»: whose
        # meeting it is, not who invites or is invited to it
        participants = named_from(text, text.find(" ", at[0]) + 1, e) or participants
    if fresh:
        # «نشست آتی شورای حکام آژانس»: the body whose round it is, not who speaks of it,
        # with whoever takes part in it
        body = [m.name for m in inside if m.start == at[1] + 1 and m.kind == "org"]
        if body and text.endswith("در ", 0, at[0]) and _TAKES_PART.match(text, at[1], e):
            body = list(dict.fromkeys([*participants, *body]))
        participants = body or countries_of_session(text, context, at, e) or participants
        participants = (
            participants or pointed_back(text, s, e, earlier) or series(text, at, earlier)
        )
    elif kind == "meeting" and _TALKS_NOUN.search(text, at[0], at[1]):
        # «دومین دور مذاکرات کنسولی ایران و عمان … به ریاست X و Y»: the countries too
        listed = countries_of_session(text, context, at, e)
        participants = list(dict.fromkeys(listed + participants))
    # «آنها … در حاشیه نشست سازمان همکاری اسلامی با یکدیگر دیدار کرده بودند»: the two the
    # pronoun stands for, not the body whose session is the setting, nor the bodies named
    # after the verb in what they agreed («دو رئیس‌جمهور توافق کردند که کمیسیون مشترک …»),
    # one country too («دو طرف توافق کردند که نخستین قسط وام روسیه … پرداخت شود»); two
    # are the sides («… توافق کردند که کارگروه مشترک بانکی ایران و چین …»)
    agreed = (
        len(participants) == 1
        and _all_after(inside, participants, at[1])
        and text.startswith(" که ", at[1])
    )
    only_bodies = (
        participants
        and they
        and (_THEM.search(text, s, at[0]) or _all_after(inside, participants, at[1]))
        and (agreed or not _persons_or_countries(reading, participants))
    )
    if (not participants and they) or only_bodies:
        # sides that met, talked or agreed, or held a press conference together; not an
        # accuser and the accused
        sides = [
            ev
            for ev in earlier
            if ev.type != "accusation"
            and (ev.type != "statement" or len(set(ev.participants) & reading.people) >= 2)
        ]
        pairs = [ev for ev in sides if len(set(ev.participants) & reading.people) >= 2]
        # two groups a gathering was of are no two sides «آنها» stands for
        pairs = pairs or [
            ev
            for ev in sides
            if len(ev.participants) == 2 and _persons_or_countries(reading, ev.participants)
        ]
        participants = list(pairs[-1].participants) if pairs else participants
    if not participants:
        participants = counted(text, s, at, earlier)
    if not participants and within(context.reported, at[0]):
        participants = pointed_back(text, s, e, earlier)
    if not participants and kind in ("accusation", "agreement", "call"):
        participants = capitals(text, inside, s, at)
    if kind == "meeting" and amid(text, s, at[0]):
        participants = session_of(text, at, e) or participants
    elif kind == "meeting":
        participants = joined_bodies(participants, sat_before(text, at) or session_of(text, at, e))
    if kind == "meeting" and not participants:
        participants = (
            this_body(text, at, sentence)
            or body_told_before(text, at, s)
            or delegations(text, at, sentence)
        )
    if kind in ("meeting", "call", "agreement") and set(participants) <= reading.countries:
        # «نشست سه‌جانبه معاونان وزیران امور خارجه ایران، پاکستان و چین», «وزیران نفت
        # ایران و عراق توافقنامه‌ای را به امضا رساندند»: countries in a title are parties
        # too when only countries take part
        listed = countries_in(text, context, sentence, at)
        participants = listed if set(participants) <= set(listed) else participants
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    if not participants and kind == "agreement" and _GROUP_SUBJECT.match(text, opening):
        # «وزیران نفت کشورهای عضو اوپک … توافق کردند»: the group that agreed
        participants = named_from(text, opening, at[0], fewest=1)
    if not participants and DELEGATION.match(text, opening):
        visits = [ev for ev in earlier if ev.type == "visit"]
        participants = list(visits[-1].participants) if visits else []
    if kind == "visit":
        participants = travelling_group(text, inside, at, sentence, reading.dated) or participants
        participants = delegation_told(
            participants, [ev.participants for ev in earlier if ev.type == "visit"]
        )
    if kind in ("visit", "meeting", "call", "agreement"):
        participants = dropped_subject(text, inside, at, context) + participants
    if kind == "statement":
        if unnamed_speaker(text, inside, at, sentence):
            # an interview an anonymous source gives is its own: «یک منبع موثق در
            # فرمانداری دامغان در گفتگو با خبرنگار فارس اظهار داشت»; what it says or
            # announces is no statement («یک منبع … گفت:», «… اعلام کرد»)
            source = anonymous_source(text, clause_span(text, at, sentence)[0], at[0])
            return [source] if source and TALK_WITH.match(text, at[0]) else []
        if not issuer_after(text, inside, at):
            # «او می‌گوید در سال ۱۹۹۲ نامه‌ای به شرکتی … فرستاد»: the speaker wrote it, not
            # «… گفت در بیانیه شورای امنیت آمده است»: the council's
            participants = dropped_subject(text, inside, at, context) or participants
        if TALKED.fullmatch(text, *at):
            return interviewee(text, inside, at, participants)
        return addressed(text, inside, at, participants)
    if kind == "accusation":
        return criticized(text, inside, at, participants)
    if kind == "meeting":
        participants = list(dict.fromkeys([*participants, *group_met(text, at, e)]))
        return held_for(text, at, e, _met(reading, inside, at, sentence, participants))
    return participants


def _met(
    reading: _Reading,
    inside: list[Mention],
    at: tuple[int, int],
    sentence: tuple[int, int],
    participants: list[str],
) -> list[str]:
    """A meeting's parties: those present «با حضور …», else whom it was with, a group it
    was of, or who received whom."""
    text, (s, e) = reading.text, sentence
    if present := attendees(text, inside, at):
        return with_attendees(text, at, participants, present, reading.people | reading.countries)
    participants = met_unnamed(text, inside, at, s, participants)
    grouped = met_group(text, inside, at, s, participants)
    sides = reading.countries | set(reading.context.holders.values())
    if grouped == participants and not set(participants) & sides:
        # «نشست ماهانه شهرداران استان مازندران» when no one else attends it; not
        # «نشست سه‌جانبه معاونان وزیران امور خارجه ایران، عراق و سوریه», whose
        # countries, or the named holders of its offices, are its parties
        grouped = joined_bodies(participants, session_group(text, at, e))
    return received(text, inside, at, grouped)


def _where(
    reading: _Reading,
    inside: list[Mention],
    kind: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    fresh: bool,
) -> str | None:
    """The place, from the event's side of the sentence: not what a «که» clause after
    its verb says nor what the event is about («درباره بازداشت … در کاخ سلطنتی ریاض»),
    not a clause before the turn to it («… اما دادستانی … اعلام کرد»), not where a
    speaker's office is, and for a next round after it."""
    text = reading.text
    found = about(text, candidates(text, inside, at, reading.context), sentence, at)
    turn = turned_at(text, sentence[0], at[0])
    found = [x for x in found if turn <= x.start < content_start(text, at, sentence[1])]
    if kind in ("statement", "accusation"):
        found = [x for x in found if x.kind != "post"]
    found = not_what_is_said(text, found, kind, sentence, at)
    if fresh:
        found = [x for x in found if x.start > at[1]]
    return event_place(text, found, kind, at, sentence)


def _issuer(
    reading: _Reading, inside: list[Mention], sentence: tuple[int, int], said: tuple[int, int]
) -> list[str]:
    """Who speaks a direct quote that a statement of its sentence opens («جامعه اسلامی
    دانشجویان … طی بیانیه‌ای اعلام کرد: ما … را محکوم می‌کنیم»): the statement's
    issuer, often a body, where ``with_speaker`` looks for a person; not a statement the
    speaker tells of («با اشاره به بیانیه وزارت امور خارجه گفت: …»); a press conference's
    holder alone, its co-host no party to what its speaker condemns. Read before the
    statement is, since a sentence's statement comes last."""
    issued = COMPILED_TRIGGERS["statement"].search(reading.text, sentence[0], said[0])
    if not issued or _SPOKEN_OF.search(reading.text, sentence[0], issued.start()):
        return []
    issuer = _who(reading, inside, "statement", sentence, issued.span(), False)
    return issuer[:1] if _PRESS.match(issued.group()) else issuer


def _session_named(reading: _Reading, s: int, e: int) -> re.Match[str] | None:
    """The session someone speaks at («در همایش ملی آب گفت»); not one named by nothing but
    its speech verb after a meeting was told («توضیحاتی را برای حاضرین در همایش بیان
    کرد»): that one, whose speakers the sentence adds no event for. Only a meeting told by
    the same noun is that one, and only on its day: after «جلسه شورای شهر … برگزار شد» or
    a «دیدار», «در همایش گفت» is another gathering, and so is «روز گذشته در جلسه گفت»
    after a session told of Saturday (one told with no day may be any)."""
    session = SESSION.search(reading.text, s, e)
    if session is None or not _SPOKEN_AT.match(reading.text, session.end()):
        return session
    noun = session.group().rsplit(" ", 1)[-1]
    told = {
        event.date
        for event in reading.events
        if event.type == "meeting" and noun in event.trigger.split()
    }
    own = {day for at, day in reading.days.items() if s <= at < session.start()}
    return None if told and (None in told or own <= told) else session


def _headline_told(reading: _Reading, body: int, s: int, e: int) -> re.Match[str] | None:
    """«رهبر انقلاب در این دیدار گفت …» with no event told before: the meeting only the
    headline names, which the body first reports here (after a press conference told, «در
    این نشست» is that one); not the game a sentence about a match played named before it
    («به تساوی یک بر یک رسید تا با چهار امتیاز از دو دیدار …. در این دیدار … گلزنی
    کردند»), nor one in a sentence about a match itself («در این دیدار … گلزنی کردند»)."""
    told = None if reading.events else _IN_THIS_MEETING.search(reading.text, s, e)
    if told is None or played(reading.text, s, e):
        return None
    noun = told.group().rsplit(" ", 1)[-1]
    games = (
        sentence
        for sentence in _SENTENCE.finditer(reading.text, body, s)
        if played(reading.text, *sentence.span())
    )
    named = {m.group() for game in games for m in _MEETING_NAMED.finditer(game.group())}
    return None if noun in named else told


def _other_side_of_colon(
    reading: _Reading,
    matches: list[tuple[str, re.Match[str] | None]],
    sentence: tuple[int, int],
    inside: list[Mention],
) -> re.Match[str] | None:
    """A sentence's second meeting, across the colon between someone speaking at one and
    their words telling of another: «… در نشست مقابله با کرونا اظهار داشت: … جلسه شورای
    سلامت … تشکیل شد». Either may be the one the sentence's triggers found first."""
    text, quoted = reading.text, reading.context.quoted
    met = next((m for kind, m in matches if kind == "meeting" and m), None)
    if met is None:
        return None
    after = text.find(": ", met.end(), sentence[1])
    if after >= 0 and within(quoted, after + 2) is not None:
        later = [m for m in inside if m.start > after]
        return first_trigger("meeting", text, after + 2, sentence[1], later)
    before = text.rfind(": ", sentence[0], met.start())
    if before >= 0 and within(quoted, met.start()) is not None:
        return _session_named(reading, sentence[0], before)
    return None


def find_events(
    text: str,
    mentions: Sequence[Mention],
    dates: Sequence[tuple[int, int, str | None]],
    lead: tuple[int, int] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    body: int = 0,
    reported: Sequence[tuple[int, int]] = (),
    countries: Sequence[tuple[int, str]] = (),
    outlets: Sequence[str] = (),
    speakers: Sequence[str | None] = (),
    holders: Mapping[int, str] | None = None,
) -> list[Event]:
    """Events in reading order; ``lead`` lends its date to the lead's undated events.

    A trigger inside a direct quote (``quoted``) is what someone said, not what the
    article reports, and a phone call is not also a meeting. Only text from ``body`` on
    is read: a headline repeats an event the body reports, without its date or place.
    ``reported`` are the spans of indirect speech and ``speakers`` who says each;
    ``countries`` every country the text names (inside titles too), for «دو کشور»;
    ``outlets`` the sourcing chain's names, since «در گفت‌وگو با اقتصادآنلاین» is an
    interview as «… با خبرنگار X» is; ``holders`` who holds the office a country in a
    plural title names, by where the country is.
    """
    context = Context(quoted, reported, countries, speakers, holders or {})
    reading = _Reading(
        text,
        context,
        {m.name for m in mentions if m.kind in ACTORS},
        days={a: value for a, _, value in dates},
    )
    lead_date = date_of_lead(text, dates, lead, (*reported, *quoted))
    topic: str | None = None
    cleaned = [
        x
        for m in mentions
        for o in object_country(m)
        for u in untimed(o)
        for b in two_bodies(u)
        for x in joint_bodies(before_meeting_noun(delegation_body(b)), countries)
    ]
    mentions = not_described(text, one_team(text, sorted(cleaned, key=lambda m: (m.start, -m.end))))
    starts = [m.start for m in mentions]
    # A subheading names what the paragraphs after it report; one with its full stop is
    # a digest's headline («- … راهی هند شدند.»), the only telling of its news.
    headings = [
        (p.start, p.end)
        for p in find_paragraphs(text)
        if p.role == "subheading" and not text[p.start : p.end].rstrip().endswith(".")
    ]
    for sentence in _SENTENCE.finditer(text, body):
        s, e = sentence.span()
        if within(headings, SPACE.match(text, s).end()):
            continue
        inside = [
            m for m in mentions[bisect_left(starts, s) : bisect_left(starts, e)] if m.end <= e
        ]
        inside = subject_pronoun(text, s, inside, topic) + inside
        # «یک منبع آگاه عراقی … خبر داد. وی در گفت‌وگو با خبرنگار فارس افزود»: «وی» is
        # the source when no one is named
        topic = next(
            (m.name for m in inside if m.kind == "person"), anonymous_source(text, s, e) or topic
        )
        in_lead = bool(lead and lead[0] <= s < lead[1])
        found_here: set[tuple[int, int]] = set()
        kinds: set[str] = set()
        called = False
        visits: list[Event] = []
        matches = [(kind, first_trigger(kind, text, s, e, inside)) for kind in COMPILED_TRIGGERS]
        matches.append(("round", ROUND.search(text, s, e)))
        matches.append(("statement", interview(text, s, e, outlets)))
        matches.append(("meeting", beyond_setting(text, s, e, inside, matches)))
        matches.append(("visit", onward(text, s, e, inside, matches)))
        matches.append(("meeting", _other_side_of_colon(reading, matches, (s, e), inside)))
        if not matches[list(COMPILED_TRIGGERS).index("meeting")][1]:
            matches.append(
                (
                    "meeting",
                    _session_named(reading, s, e)
                    or _headline_told(reading, body, s, e)
                    or HOLDING.search(text, s, e),
                )
            )
        # an outlet's talk with someone is read before any meeting it would be
        matches.insert(
            0, ("statement", interviewed(text, (SPACE.match(text, s).end(), e), outlets))
        )
        for kind, m in matches:
            if not m or any(a < m.end() and m.start() < b for a, b in found_here):
                continue
            fresh = kind == "round"
            kind = "meeting" if fresh else kind
            # a call's talk is no meeting, but the next session it announces is
            said = within(context.quoted, m.start())
            at = (m.start(), m.end())
            own = said is not None and not fresh and told_as_own(text, kind, said, at, e)
            others = (
                said is not None
                and not own
                and not fresh
                and told_of_others(text, kind, said, at, e)
            )
            if (said and not own and not others and not outlet_writes(text, said, outlets)) or (
                kind == "meeting"
                and not fresh
                and ("call" in kinds or (called and _TALKED_ON.match(text, *at)))
            ):
                continue
            participants = _who(reading, inside, kind, (s, e), at, fresh)
            if said is not None and own:
                issuer = _issuer(reading, inside, (s, e), said) if kind == "accusation" else []
                participants = (
                    list(dict.fromkeys([*issuer, *participants]))
                    if issuer
                    else with_speaker(text, said, mentions, participants)
                )
            if (
                (kind == "meeting" and HABIT.search(text, m.start(), m.end()))
                or only_possible(text, s, m)
                or asked(text, m.start(), e)
            ):
                continue
            if kind == "visit" and (
                not goes_somewhere(text, inside, m) or CALLED_OFF.match(text, m.end(), e)
            ):
                continue
            if not participants or (
                kind == "agreement" and one_sided(text, inside, at, participants)
            ):
                continue
            if kind == "visit" and not visitor(text, s, at, inside, participants):
                continue
            if (
                kind == "meeting"
                and not fresh
                and part_of_visit(text, m.start(), visits, inside, participants)
            ):
                continue
            date = event_date(text, dates, (s, e), at, context, after=fresh)
            if not date and in_lead and said is None and not topic_of(text, inside, at):
                date = lead_date
            place = _where(reading, inside, kind, (s, e), at, fresh)
            if kind == "meeting":
                participants = not_the_site(text, (s, e), participants, place)
                if not participants:  # its only party was where it is held
                    continue
            event = Event(kind, *_trimmed(text, at), (s, e), participants, place, date)
            # a call told again («در گفتگوی تلفنی با X … گفتگو کرد» after the lead's) is
            # what the sentence's talk is, but not a session it speaks of
            called = called or kind == "call"
            if keep(reading.text, reading.events, event, visits, fresh):
                found_here.add(at)
                kinds.add(kind)
                if kind == "visit":
                    visits.append(event)
        if not kinds:
            attended(text, inside, (s, e), reading.events, reading.people)
    return sorted(reading.events, key=lambda ev: ev.start)
