"""When an event happens: the date nearest before the trigger in its sentence, from the
event's side of it (not one quoted, reported or agreed on), and the lead's date for the
lead's undated events."""

import re
from collections.abc import Sequence

from khabar.news.dates.lexicon import INCIDENT
from khabar.news.events.model import Context, Mention, within
from khabar.news.events.patterns import GATHERING, VERB_END, Z
from khabar.news.events.sentence import TOPIC, aside, content_start, topic_of
from khabar.news.speech_verbs import SAID

# How far before a date a topic phrase makes it what is spoken about («با اشاره به کسری
# بودجه سال ۹۹»).
_TOPIC_REACH = 60
_SPEAKS = re.compile(SAID)
# A day, as a time adverb tells when something is said: «امروز», «روز دوشنبه», «صبح دیروز».
_DAY = re.compile(r"امروز|دیروز|فردا|امشب|دیشب|روز|شنبه|جمعه|صبح|عصر|ظهر|بامداد|شامگاه")
# A happening a day after it is the day of: «حادثه دیروز», «سیل روز جمعه», «جلسه صبح امروز».
_HAPPENING = re.compile(
    rf"(?<![^\s])(?:حادثه|سیل|زلزله|انفجار|حمله|حملات|تصادف|آتش{Z}?سوزی|جلسه|نشست|اجلاس"
    rf"|مراسم|راهپیمایی|انتخابات|تظاهرات|اعتراضات|سخنان|اظهارات|بیانات|دیدار|سفر|بازی"
    rf"|مسابقه|{GATHERING})(?: روز)? $"
)


# An incident's day right after it, before the trigger, is when the incident happened, not
# the event: «از بافت فرسوده … که بر اثر زلزله روز گذشته خسارت دیده بود بازدید کرد». Not
# one the incident only describes, spaced: «در سفر به مناطق زلزله زده روز گذشته … دیدار کرد».
_INCIDENT_DAY = re.compile(
    rf"(?<![^\s]){INCIDENT}(?: (?!(?:زده|دیده|زدگان|دیدگان)(?![^\s.،]))[^\s.،]+)? $"
)
_INCIDENT_REACH = 40


# What is announced, «از …» before «خبر داد»: «از افزایش ۲۰ درصدی حقوق در سال آینده خبر داد».
_ANNOUNCED_FROM = re.compile(r"(?<![^\s])از ")
_ANNOUNCED = re.compile(rf"(?<![^\s])خبر (?:داد|دادند|داده|می{Z}?دهد|می{Z}?دهند)(?![^\s.،])")


def _announcing(text: str, start: int, span: tuple[int, int], end: int) -> re.Match[str] | None:
    """The «خبر داد» (up to ``end``) that announces what stands at ``span``, after an
    «از» from ``start``: «… از افزایش حقوق در سال آینده خبر داد»."""
    if not _ANNOUNCED_FROM.search(text, start, span[0]):
        return None
    return _ANNOUNCED.search(text, span[1], end)


def _spoken_of(text: str, date: tuple[int, int], start: int, end: int, news: bool = True) -> bool:
    """Whether ``date`` is in what someone speaks of: after a topic phrase from ``start``
    and before a speech verb up to ``end`` («… با اشاره به کسری بودجه سال ۹۹ اظهار کرد»),
    not when the session it follows was held («نشست … درباره سوریه روز پنجشنبه … برگزار
    شد»), nor a day right before the verb, when it was said («درباره وضعیت بازار امروز
    اظهار کرد», «درباره قرارداد گازی روز دوشنبه گفت‌وگو کرد»), unless it follows a
    happening, whose day it is («با اشاره به حادثه دیروز اظهار کرد»); so is a date in
    what «از … خبر داد» announces, with ``news``: not for an event that news is of."""
    ds, de = date
    announced = _announcing(text, start, date, end) if news else None
    said = announced or (_SPEAKS.search(text, ds, end) if TOPIC.search(text, start, ds) else None)
    if not said:
        return False
    when_said = _DAY.search(text, ds, de) and not text[de : said.start()].strip()
    return not when_said or bool(_HAPPENING.search(text, start, ds))


def event_date(
    text: str,
    dates: Sequence[tuple[int, int, str | None]],
    sentence: tuple[int, int],
    at: tuple[int, int],
    context: Context,
    after: bool = False,
) -> str | None:
    """The date nearest before the trigger in its sentence, else the first after it when
    the trigger is a noun (a verb ends its clause: «به دمشق می‌رود و ۲۴ رمضان به تهران
    بازمی‌گردد») and the date is not in what someone speaks of («در گفت‌وگو با … با اشاره
    به بودجه سال ۹۹ اظهار کرد»); ``after`` (a next round of talks) looks after it first.
    A date quoted, unless before an event told in the same quote («در ماه مارس، من و X
    نشستیم») or inside its trigger («جلسه‌ای … فردا در فرمانداری برگزار خواهد شد»), or
    one outside the quote an event is told in (when it was said), in what is reported
    («نوشت که … در ۴ نوامبر») or agreed («توافق کردند که … تا پایان اوت»), in a relative
    clause the trigger is not in («، که روز پنجشنبه … رفته بود،»),
    or before the topic word of an event spoken about is another event's."""
    s, e = sentence
    speech = within(context.reported, at[0])
    said = within(context.quoted, at[0])
    topic = topic_of(text, [Mention(s, s, "", "")], at)
    content = content_start(text, at, e)
    kept = []
    for ds, de, v in dates:
        if not (s <= ds and de <= e and v) or (topic is not None and ds < topic):
            continue
        if topic is None and within(context.reported, ds) not in (None, speech):
            continue
        quote = within(context.quoted, ds)
        # A date inside the event's own quote or both outside one: an event told in a quote
        # («X روز چهارشنبه … افزود: در سفر خود به اصفهان …») is not dated when it was said.
        if quote != said or (quote is not None and ds > at[0] and de > at[1]) or ds >= content:
            continue
        if ds < at[0] and _INCIDENT_DAY.search(text, max(s, ds - _INCIDENT_REACH), ds):
            continue
        if not aside(text, ds, at[0], s):
            kept.append((ds, de, v))
    before = [v for ds, _, v in kept if ds < at[0]]
    verb = VERB_END.search(text, at[0], at[1])
    # «از برگزاری نشستی … در هفته آینده خبر داد»: the event is the news, the date its own
    news = _announcing(text, s, at, e) is None
    later = [
        v
        for ds, de, v in kept
        if ds >= at[0]
        and (ds < at[1] or not verb)
        and not _spoken_of(text, (ds, de), at[1], e, news)
    ]
    if after:
        return (later or before[-1:] or [None])[0]
    if verb and not before:
        # inside a trigger its verb ends, the date nearest the verb tells when: «جلسه ستاد
        # امتحانات نیمسال دوم ۹۹-۹۸ … که روز گذشته … برگزار شد»
        inside = [v for ds, _, v in kept if at[0] <= ds < at[1]]
        return inside[-1] if inside else (later[0] if later else None)
    return before[-1] if before else (later[0] if later else None)


def date_of_lead(
    text: str,
    dates: Sequence[tuple[int, int, str | None]],
    lead: tuple[int, int] | None,
    said: Sequence[tuple[int, int]],
) -> str | None:
    """The lead's first date outside what someone said (``said``: reported speech and
    quotes) and what they speak about, lent to the lead's undated events: «وزیر … در دیدار
    با … گفت: … تا پایان ماه ژوئن …» dates a plan, not the meeting, and «… با اشاره به
    کسری بودجه سال ۹۹ گفت» the budget, not the interview."""
    if not lead:
        return None
    return next(
        (
            v
            for s, e, v in dates
            if lead[0] <= s
            and e <= lead[1]
            and v
            and not within(said, s)
            and not _spoken_of(text, (s, e), max(lead[0], s - _TOPIC_REACH), lead[1])
        ),
        None,
    )
