"""Events in a speaker's own words. What someone is quoted as saying is mostly talk about
events, not events; but a meeting or a trip they say they had themselves («در سفر خود به
اصفهان، در جلسه مشترک … شرکت کردم»), or a meeting, trip, call or agreement they report
as done («جلسه‌ای که با حضور وزیر کشور تشکیل شد», «تفاهم‌نامه‌ای … منعقد شده است»), is
news the article reports through them, and so is a condemnation made by saying it («…
را محکوم می‌کنیم»), a trip they announce («سفر رسمی او به تهران اوایل بهمن انجام خواهد
شد») and sessions held with those who came («با برگزاری جلسات آموزشی با مدیران …»). Other
things they say will or may happen stay talk: quoted plans of sessions and dates are too
often what is hoped for. What an outlet writes («روزنامه
الوطن نوشت: …») is no one's words: its events are the news."""

import re
from collections.abc import Sequence

from khabar.news.dates.lexicon import ORDINAL
from khabar.news.dates.tense import sentence_start
from khabar.news.events.model import Mention
from khabar.news.events.patterns import Z
from khabar.news.events.triggers import HOLDING
from khabar.news.events.trips import LEFT_BY_TRIP

# A verb in the first person past: «شرکت کردم», «نشستیم», «مذاکره داشتیم», «سفر کرده‌ایم».
_DID_MYSELF = re.compile(
    rf"(?<![^\s])(?:کرد|داشت|رفت|نشست|بود|رسید|آمد)(?:م|یم)(?![^\s،.!؟:»])"
    rf"|(?<![^\s])(?:کرده|داشته|رفته|آمده){Z}?(?:ام|ایم)(?![^\s،.!؟:»])"
)
_OWN_KINDS = ("meeting", "visit")
# Condemning in the first person present, an act done by saying it: «… را به شدت محکوم
# می‌کنیم» in a body's statement.
_CONDEMNING = re.compile(rf"محکوم می[ {Z}]?کنیم$")
# A verb in the third person past: «جلسه‌ای با رئیس فدراسیون داشت», «منعقد شده است»,
# the formal «بازدید نموده است».
_DID = re.compile(
    rf"(?<![^\s])(?<!خواهد )(?<!خواهند )(?:کرد|نمود|داشت|رفت|رسید|آمد|شد|گرفت)(?:ند)?"
    r"(?![^\s،.!؟:»])"
    rf"|(?<![^\s])(?:کرده|نموده|داشته|رفته|آمده|شده|گرفته){Z}?(?:است|اند| است| بود| بودند)"
    r"(?![^\s،.!؟:»])"
)
_OTHERS_KINDS = ("meeting", "visit", "agreement", "call")
# A session the speaker announces as held or to be held with those who attend it or whom
# it honours: «همایشی با حضور صدها نفر از مردم … برگزار خواهد شد»; the guidelines annotate it as
# reported. One told without them is as often only planned («نخستین نشست دو کمیسیون اوایل
# تیر برگزار می‌شود»).
_HELD_SESSION = re.compile(
    rf"(?:همایش|سمینار|گردهمایی|کارگاه|جلسه|نشست|اجلاس)[^.!؟:«»]*"
    # or in honour of those it is of: «همایش … به بهانه تجلیل از پیشتازان … برگزار می‌شود»
    r" (?:با حضور|(?:تجلیل|قدردانی) از|تکریم) [^.!؟:«»]*"
    rf"(?:برگزار|تشکیل) ?(?:شد|می{Z}?شود|خواهد شد|گردید|می{Z}?گردد|خواهد گردید)$"
)
# A session the speaker is unsure of («نمی‌دانم جلسه‌ای با حضور استاندار برگزار می‌شود یا
# نه», «معلوم نیست …», «اگر …») or one held as a habit («هر هفته جلسه‌ای با حضور … برگزار
# می‌شود»): no one session reported.
_NOT_ONE_BEFORE = re.compile(
    rf"(?<![^\s«])(?:نمی{Z}?دانم|نمی{Z}?دانیم|معلوم نیست|مشخص نیست|شاید|آیا|اگر|چنانچه"
    rf"|بعید است|قرار نیست|هر (?:روز|هفته|ماه|سال|ساله|فصل)|هرساله|همه ساله|معمولا|معمولاً|همواره"
    rf"|همیشه)(?![^\s،])"
)
# What a speaker doubts, wishes, asks for or holds possible or due, and a habit, before a
# trip or a holding: «اگر», «شاید», «باید», «ممکن است», «می‌تواند», «امیدواریم», «هر سال».
_UNSURE = re.compile(
    rf"{_NOT_ONE_BEFORE.pattern}"
    rf"|(?<![^\s«])(?:باید|نباید|ممکن|احتمال|احتمالا|احتمالاً|امیدوار|امیدواریم|امیدوارم"
    rf"|بعید|خواستار|تمایل|آماده|(?:می|نمی){Z}?(?:توان|تواند|توانند|توانیم))(?![^\s،])"
)
_WILL_WORD = r"(?<![^\s])(?:خواهد|خواهند)(?= )"
_WILL = re.compile(_WILL_WORD)
# A trip to come or under way: «… انجام خواهد شد», «به تهران سفر می‌کند», «عازم … می‌شود».
_COMING = re.compile(rf"{_WILL_WORD}|(?<![^\s])می{Z}?(?:کند|کنند|شود|شوند|رود|روند)(?![^\s،.!؟:»])")
_ON_THE_EVE = re.compile(r"در آستانه $")
# A holding only possible, due, asked for or proposed: «امکان برگزاری», «لزوم برگزاری».
_MAYBE_HELD = re.compile(r"(?:امکان|احتمال|لزوم|ضرورت|پیشنهاد|درخواست|خواستار) برگزاری $")
# Who came, named right after the sessions' noun phrase: «با حضور …», «با مدیران …».
_WITH_GUESTS = re.compile(r"(?: [^\s.،:«»]+){0,3}? با (?:حضور |مشارکت )?[^\s.،:«»]")
_UNSURE_AFTER = re.compile(r" ?(?:یا نه|یا خیر|؟)")
_DOUBT_REACH = 60
# An event that only sets the time of what the speaker tells: «پس از گفت‌وگوی تلفنی با X
# همه چیز روشن شد», «همزمان با سفر رئیس‌جمهور … افتتاح شد».
_SETTING = re.compile(r"(?:(?:پس|پیش|بعد|قبل) از|در پی|همزمان با) $")
# A trip counted among others made: «سفر دوم رئیس جمهوری به گلستان», «سفر گذشته».
_TRIP_COUNTED = re.compile(rf"سفر(?:{Z}?های)? (?:{ORDINAL}|قبلی|پیشین|گذشته)(?![^\s،.!؟:»])")
# Where the clause of a trigger's verb ends: what comes after is told of something else.
_CLAUSE_END = re.compile(r"[،؛:]| (?:و|که|اما|ولی) ")


# An outlet, and its verb of writing closing what it writes: «… افزود:», «… نوشت:».
_OUTLET = re.compile(
    rf"(?:این )?(?:سایت|وبگاه|پایگاه|روزنامه|نشریه|هفته{Z}?نامه|خبرگزاری|شبکه)(?![^\s])"
)
_WRITES = re.compile(
    rf" (?:نوشت|نوشته است|افزود|می{Z}?افزاید|می{Z}?نویسد|ادامه داد|گزارش داد|آورده است)"
    r" ?:$"
)


def told_as_own(text: str, kind: str, quote: tuple[int, int], at: tuple[int, int], e: int) -> bool:
    """Whether a meeting or visit triggered in a direct quote is one the speaker tells in
    the first person past, in the trigger's sentence after it, or a condemnation the
    speaker makes by saying it."""
    if kind == "accusation":
        return bool(_CONDEMNING.search(text, at[0], at[1]))
    return kind in _OWN_KINDS and bool(_DID_MYSELF.search(text, at[0], min(e, quote[1])))


def with_speaker(
    text: str, quote: tuple[int, int], mentions: Sequence[Mention], participants: list[str]
) -> list[str]:
    """The participants of what a speaker tells in the first person, the speaker first:
    the subject of the sentence that opens the quote («احدی در گفت‌وگو … درباره مبارزات
    قاسمی‌پور اظهار داشت: …», not who it is about), else the last person named before
    the quote in its paragraph («یزدانی خرم … . وی افزود: …»); not a name read on into
    the speaker's verb («مسئولان باشگاه شرکت کردم»)."""
    paragraph = text.rfind("\n", 0, quote[0]) + 1
    opening = sentence_start(text, quote[0], paragraph)
    before = [m for m in mentions if m.kind == "person" and paragraph <= m.start < quote[0]]
    subject = next((m for m in before if m.start >= opening), before[-1] if before else None)
    others = [p for p in participants if not _DID_MYSELF.search(p)]
    return list(dict.fromkeys([subject.name, *others])) if subject else others


def told_of_others(
    text: str, kind: str, quote: tuple[int, int], at: tuple[int, int], e: int
) -> bool:
    """Whether an event triggered in a direct quote is one the speaker reports as done, in
    the third person past of its own clause («… اسکوچیچ جلسه‌ای با رئیس فدراسیون داشت»,
    «تفاهم‌نامه‌ای … با سازمان نوسازی منعقد شده است»), a trip announced or sessions held
    with their guests, not one that only sets when something else happened: news the
    article reports through them."""
    if kind not in _OTHERS_KINDS or _SETTING.search(text, max(quote[0], at[0] - 12), at[0]):
        return False
    if kind == "agreement":
        # one to come or hoped for is news too: «قرارداد … امضا خواهد شد», «کشورمان آماده
        # است تا … امضا کند»; not one the speaker doubts («معلوم نیست … توافق کنند») nor
        # the speaker's own («ما با همتای خود توافق کردیم»), which the talks told are
        before = max(quote[0], at[0] - _DOUBT_REACH)
        end = min(e, quote[1])
        return not (
            _NOT_ONE_BEFORE.search(text, before, at[0]) or _DID_MYSELF.search(text, at[0], end)
        )
    if kind == "meeting" and _HELD_SESSION.match(text, at[0], at[1]):
        before = max(quote[0], at[0] - _DOUBT_REACH)
        return not (_NOT_ONE_BEFORE.search(text, before, at[0]) or _UNSURE_AFTER.match(text, at[1]))
    end = min(e, quote[1])
    clause = _CLAUSE_END.search(text, at[1], end)
    if kind == "visit" and (
        announced_trip(text, quote, at, clause.start() if clause else end)
        or made_trip(text, quote, at)
    ):
        return True
    if kind == "meeting" and HOLDING.fullmatch(text, *at):
        return held_with_guests(text, quote, at, e)
    return bool(_DID.search(text, at[0], clause.start() if clause else end))


def announced_trip(text: str, quote: tuple[int, int], at: tuple[int, int], end: int) -> bool:
    """Whether a trip a speaker tells is one announced to come or under way: «سفر رسمی او
    به تهران اوایل بهمن انجام خواهد شد», «هیئتی از بازرگانان … به تهران سفر می‌کند», «در
    آستانه سفر هیئت دولت به استان … قرار گرفته‌ایم»; not one that may, should or could be
    made («اگر … به تهران سفر کند», «باید به منطقه سفر کند»)."""
    if _unsure_before(text, quote, at):
        return False
    eve = _ON_THE_EVE.search(text, max(quote[0], at[0] - 12), at[0])
    return bool(eve) or bool(_COMING.search(text, at[0], end))


def made_trip(text: str, quote: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether a trip a speaker tells is one made, known by what it left behind («از محل
    اعتبارات سفر رئیس‌جمهور …», «مصوبات سفر رئیس جمهور») or counted among others («در
    جریان سفر دوم رئیس جمهوری به گلستان»)."""
    if LEFT_BY_TRIP.search(text, max(quote[0], at[0] - 20), at[0]):
        return True  # what is due is done with its resolutions: «باید مصوبات سفر … حل شود»
    return bool(_TRIP_COUNTED.match(text, at[0])) and not _unsure_before(text, quote, at)


def held_with_guests(text: str, quote: tuple[int, int], at: tuple[int, int], e: int) -> bool:
    """Whether sessions a speaker tells by their holding were held, with those who came:
    «با برگزاری جلسات آموزشی با مدیران شهرک‌ها …», «برگزاری کارگاه‌های آموزشی با حضور
    دهیاران …»; not a holding that may or should come («امکان برگزاری جلسه فوق‌العاده …
    وجود دارد», «باید … برگزار شود», «… با مدیران برگزار خواهد شد»)."""
    end = min(e, quote[1])
    opening = sentence_start(text, at[0], quote[0])
    if _unsure_before(text, quote, at) or _MAYBE_HELD.search(text, opening, at[0]):
        return False
    return bool(_WITH_GUESTS.match(text, at[1], end)) and not _WILL.search(text, at[1], end)


def _unsure_before(text: str, quote: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether the speaker doubts, wishes or holds due what the trigger tells, in its
    sentence before it: «اگر …», «باید …», «ممکن است …»."""
    opening = sentence_start(text, at[0], quote[0])
    return bool(_UNSURE.search(text, opening, at[0]))


def outlet_writes(text: str, quote: tuple[int, int], outlets: Sequence[str]) -> bool:
    """«این سایت خبری افزود: …», «روزنامه الوطن نوشت: …»: what an outlet writes is its
    report, whose events are the news, not someone's words about them."""
    opening = sentence_start(text, quote[0])
    intro = text[opening : quote[0]].strip(" «")
    if not _WRITES.search(intro):
        return False
    return bool(_OUTLET.match(intro)) or intro.startswith(tuple(o for o in outlets if o))
