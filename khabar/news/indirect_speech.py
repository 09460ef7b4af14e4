"""Indirect speech: where a speech verb reports a clause, and where it reports nothing.

A speech verb with «که» or its clause straight after it («اعلام کرد که …», «تأکید کرد
تحریم‌ها …»), a request («از اسلام‌آباد خواست تا …») and «با بیان اینکه …» report what
was said; the same verbs closing a clause with «که», naming news of a thing or pointing to
a relative clause do not. :mod:`khabar.news.quotes` reads the quotes these gates let
through.
"""

import re

from khabar.news.quote_subjects import SENTENCE_END, clause_start
from khabar.news.speech_verbs import BELIEFS, FINITE, SAID, VERB

# The clause follows on the same line: a verb ending a headline does not report the lead.
# A comma may stand for «که»: «وی گفت، دولت برنامه‌ای برای … ندارد». «گفت و گو»,
# «گفت گو», «گفت وگوها» written apart are a conversation.
INDIRECT = re.compile(
    rf"{SAID}(?![ \u200c]*(?:و[ \u200c]*گو|گو[ \u200cیه]))"
    r"(?: +(?P<that>که)\s+| *(?P<comma>،) *(?=[^\s:«(])(?!و )| +(?=[^\s:«(])(?!(?:و|نیز)[ .…]))"
)
# A hope or a worry is said in a clause with «که»; without it what follows is the story
# going on («… ابراز نگرانی کردند به ویژه پس از اینکه …»).
_FEELINGS = ("ابراز امیدواری", "ابراز نگرانی", "اظهار امیدواری", "اظهار نگرانی")
# Confirming, denying, expressing or raising is said with «که» too; without it something
# was approved, denied or raised («شورای نگهبان مصوبه را تأیید کرد و …»).
# A suggestion or a point made is too: «پیشنهاد کرد که …», «به این نکته اشاره کرد که …».
_WITH_THAT = (
    *_FEELINGS,
    *BELIEFS,
    "تأیید",
    "تایید",
    "تکذیب",
    "ابراز کرد",
    "مطرح کرد",
    "پیشنهاد",
    "اشاره",
)
# A hope goes on without «که» into its clause («ابراز امیدواری کرد مقصود او تهدید نبوده
# باشد»), not into a phrase of the story («… ابراز نگرانی کردند به ویژه پس از …»).
_PHRASE_OPENERS = frozenset("به از در با و برای تا پس پیش بعد قبل ضمن طی".split())
_NEXT_WORD = re.compile(r"[^\s،.:]+")
# What is hoped for is in the subjunctive, the story goes on in the past: «… ابراز
# امیدواری کردند با این طرح مشکلات کاهش یابد», «… پس از اینکه … آتش زدند».
_SUBJUNCTIVE_END = re.compile(
    r"(?<![^\s\u200c])(?:ب(?!ود)[^\s]+|باش|شو|یاب|کن|گرد|نما|ده|گیر|رس|پذیر)(?:د|ند)$"
)


def _wants_that(text: str, cue: re.Match[str]) -> bool:
    """Whether a verb reporting only with «که» («تأیید کرد», «ابراز امیدواری کرد»)
    stands here without it, and so reports nothing. A suggestion without its object
    goes on into a clause in the subjunctive too: «وی پیشنهاد کرد این گفت‌وگو از
    تلویزیون نیز پخش شود»."""
    if cue["that"] or not cue["cue"].startswith(_WITH_THAT):
        return False
    if cue["comma"]:
        return True
    after = _NEXT_WORD.match(text, cue.end())
    if cue["cue"].startswith("پیشنهاد"):
        an_object = text.endswith(" را ", 0, cue.start())
        if an_object or after is None or after.group() == "تا":
            return True
    elif not cue["cue"].startswith(_FEELINGS):
        return True
    elif after is None or after.group() not in _PHRASE_OPENERS:
        return False
    clause = text[cue.end() : sentence_end(text, cue.end())].rstrip(" .،؛»")
    return _SUBJUNCTIVE_END.search(clause) is None


# «به این نکته اشاره کرد که …» points ahead to its clause; «به مسائلی اشاره کرد که …», like
# «نکاتی را پیشنهاد کرد که …», has a relative clause on what it points to or suggests.
_POINTS_AHEAD = re.compile(r"به (?:این|همین)(?: [^\s،.]+){1,2} $")


def _a_relative_clause(text: str, cue: re.Match[str]) -> bool:
    """Whether «که» after «اشاره کرد» or «پیشنهاد کرد» opens a relative clause, or after
    «عنوان کرد» or «اعلام کرد» that names something («رشته‌ها را گرایش‌هایی عنوان کرد که
    …», «فهرستی را اعلام کردند که …»): its object with «را» stands after the clause's last
    comma but those of a list."""
    if cue["cue"].startswith("اشاره"):
        return not _POINTS_AHEAD.search(text, max(cue.start() - 40, 0), cue.start())
    if cue["cue"].startswith(("عنوان", "اعلام")) and cue["that"]:
        clause = text[_naming_clause_start(text, cue.start()) : cue.start()]
        if cue["cue"].startswith("اعلام"):
            # «… را رد کرد و اعلام کرد که …»: the object is of the verb before «و».
            clause = clause.rsplit(" و ", 1)[-1]
        return " را " in f" {clause}"
    return cue["cue"].startswith("پیشنهاد") and text.endswith(" را ", 0, cue.start())


# A list's item between commas is a few words: «هواپیماهای شکاری مانند F14، F7، pc7».
MAX_ITEM_WORDS = 3


def _naming_clause_start(text: str, at: int) -> int:
    """Where the clause of the verb at ``at`` starts: after its sentence's last comma,
    or where a list that runs up to the verb begins («وجه تمایز را هواپیماهایی مانند F14،
    F7، pc7 عنوان کرد»: its items between commas are a few words each)."""
    start = clause_start(text, at, 0)
    commas = [m.start() for m in _COMMA.finditer(text, start, at)]
    if not commas:
        return start
    k = len(commas) - 1
    while k > 0 and len(text[commas[k - 1] + 1 : commas[k]].split()) <= MAX_ITEM_WORDS:
        k -= 1
    if k == len(commas) - 1:
        return commas[-1] + 1
    return commas[k - 1] + 1 if k > 0 else start


_COMMA = re.compile("،")


# «ضمن اشاره به این مطلب که …», «با بیان آن که …»: the clause is named before it opens.
# Real text glues «با» and «بر» on: «بابیان اینکه», «با تاکیدبر اینکه»; it swaps or drops
# the preposition («با تصریح بر اینکه», «با تاکید به اینکه», «با اشاره اینکه») and may put
# a comma after «که» («با تاکید بر این که، …»). A hope or a worry is named the same way:
# «با ابراز امیدواری از اینکه …»; a question asked is reported so too: «با طرح این پرسش
# که …».
# What a clause is named as: «این موضوع که …», «این پرسش که …».
_TOPIC = "(?:مطلب|مساله|مسئله|موضوع|نکته)"
_QUESTION = "(?:پرسش|سؤال|سوال)"
_NAMED_CLAUSE = (
    r"(?:بیان|اشاره(?: به)?|ت[أا]کید ?(?:بر|به)|یادآوری|اعلام|اذعان به|تصریح (?:به|بر)"
    r"|ابراز(?: (?:امیدواری|نگرانی) (?:از|به|بر))?|طرح) "
    r"(?:(?:این|آن) ?که|(?:این|آن)\u200cکه"
    rf"|این (?:{_TOPIC}|(?P<asked>{_QUESTION})) که)"
)
# A complaint names whom it is of, then what is complained of in a clause: «ضمن گلایه از
# رسانه‌ها که چرا از این فیلم حرفی به میان نمی‌آید، …» (whatever it asks: it names no
# question, as «با طرح این پرسش که» does).
_COMPLAINT = r"گلایه از (?:[^\s،.:«»]+ ){1,4}?که"
SAYING = re.compile(
    rf"(?<![^\s،])(?P<cue>(?:با ?|ضمن )(?:{_NAMED_CLAUSE}|{_COMPLAINT}))(?:\s*،)?\s+"
)
# Real text may drop «با» after the subject: «مسئول بسیج اشاره به اینکه ۲۵ نفر تجلیل
# می‌شوند، خاطرنشان کرد: …»; «بدون اشاره به اینکه …» tells what was not said.
_SAYING_WITHOUT_WITH = re.compile(
    rf"(?<=[^\s،.:؛] )(?<!با )(?<!ضمن )(?<!بدون )(?<!بی )(?P<cue>{_NAMED_CLAUSE})(?:\s*،)?\s+"
)
# A question reported asks something: «با طرح این پرسش که چرا …», «… که تکلیف طرح چیست»;
# without a word that asks, «که» opens a relative clause on the question («با طرح این
# سؤال که در مجلس مطرح شده بود مخالفت کرد»).
_ASKING = re.compile(
    r"(?<![^\s،])(?:چرا|آیا|چه|چگونه|چطور|کجا|کجاست|کدام|چند|چقدر|کی|چیست|کیست|مگر)"
    r"(?![^\s،؟\u200c])|؟"
)


def asks_nothing(text: str, saying: re.Match[str], end: int) -> bool:
    """Whether ``saying`` names a question («با طرح این سؤال که …») whose clause, up to
    ``end``, asks nothing: a relative clause, not the question reported."""
    return bool(saying["asked"]) and _ASKING.search(text, saying.end(), end) is None


# The verbs of a request, and those that cannot be a wish in a clause, as «خواست» may.
_ASKED_FOR = "(?:دعوت کرد|درخواست کرد|خواستار شد)(?:ند)?"
_REQUEST = f"(?:خواست(?:ند)?|{_ASKED_FOR})"
# A request reports what was asked for: «از اسلام‌آباد خواست تا …», «از مسافران دعوت کرد
# که …»; real text often leaves «تا» out: «از دولت خواست به این پرونده رسیدگی کند».
_ASKED = re.compile(
    rf"(?<![^\s،])(?<!مورد )(?P<cue>{_REQUEST})(?: +| *، *)"
    r"(?:(?:تا|که)\s+|(?P<bare>)(?=[^\s،.:«(])(?!(?:و|را) ))"
)
# Whom it was asked of, in the words before the verb: «از مقامات عراقی خواست …»; «از
# اینکه» opens a clause, not the one asked. In a relative clause the request is of a story
# told, not news: «… اشاره دارد که از این حضرت خواستند …».
_ASKED_OF = re.compile(r"(?<![^\s،])(?<!که )از (?!این ?که )(?:[^\s.،:«»]+ ){1,6}$")


def requests(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Each request that reports a clause: with «تا» or «که», or without them after
    whom it was asked of («از X خواست …»; «خواستار شد» without them wants a thing) or
    after «درخواست کرد», which wants nothing else («درخواست کرد، برای … تلاش بیشتری
    شود»).
    ``start`` and ``end`` bound the search, for words after each colon to look only at
    their own."""
    return [
        m
        for m in _ASKED.finditer(text, start, len(text) if end is None else end)
        if m["bare"] is None
        or m["cue"].startswith("درخواست")
        or (
            not m["cue"].startswith("خواستار")
            and _ASKED_OF.search(text, max(m.start() - 120, 0), m.start())
        )
    ]


def sentence_end(text: str, at: int) -> int:
    m = SENTENCE_END.search(text, at)
    return m.start() if m else len(text)


def paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# «… دعوت کرد تا … استفاده کنند و خاطرنشان کرد: …»: a second speech verb joined by «و»
# opens the next thing said, and so does one set against the first by «اما», «ولی» with
# a colon («… اما افزود: …»); with «که» the sentence goes on saying («… ببرد، اما هشدار
# داد که …»). The «و» of «گفت و گو» (talks) joins nothing: «… اعلام کردند که آماده‌اند
# با عراق گفت و گو کنند اما …», «گفت و گوی»; the «و» after any other «گفت» does: «… به
# مردم دروغ نگفت و افزود: …».
_AND_SAID = re.compile(
    rf" (?:و(?! گو(?:ی|ها|های)?[\s\u200c])(?P<that>)|اما|ولی) (?:[^\s.،:]+ ){{0,3}}{VERB}"
    r"(?=\s*:|(?P=that)\s+که\s)"
)


def reported_clause_end(text: str, at: int) -> int:
    """Where a reported clause from ``at`` ends: at its sentence's end, or before a speech
    verb the sentence goes on to with «و»."""
    end = sentence_end(text, at)
    again = _AND_SAID.search(text, at, end)
    return again.start() if again else end


# A request ends «با بیان اینکه …» as a speech verb does: «با بیان اینکه … است درخواست کرد، …»;
# a bare «خواست» may be anyone's wish in the clause («شاید خدا خواست …»).
_SPEECH_VERB = re.compile(rf"(?<![^\s،])(?:{VERB}|{_ASKED_FOR})(?![^\s:،.])")
_REPORTS_ON = re.compile(r"\s*:|\s+که\s")
_COLON_AFTER = re.compile(r"\s*:")


# «با بیان اینکه کارهای فرهنگی، مذهبی و عمرانی در بقاع انجام می‌شود گفت: …»: words after
# the last comma that end in a finite verb close the clause itself, the comma was a list's.
# «میلیارد», «میلاد» only look like verbs in «می».
_ENDS_A_CLAUSE = re.compile(
    r"(?:\s(?:است|هستند|نیست|نیستند|باشد|باشند)"
    r"|(?<![^\s])ن?می(?!لیارد|لاد)[\u200c ]?[^\s،.]+(?:د|یم))\s*$"
)


_VERB_AFTER_COMMA = re.compile(rf"،\s*{VERB}")


def sayings(text: str) -> list[re.Match[str]]:
    """Each «با بیان اینکه …» (:data:`SAYING`), and each written without its «با» whose
    clause closes at a comma right before the speech verb: a noun phrase «بیان اینکه …»
    («نحوه بیان اینکه …، اهمیت دارد») goes on otherwise."""
    found = list(SAYING.finditer(text))
    for m in _SAYING_WITHOUT_WITH.finditer(text):
        if _VERB_AFTER_COMMA.match(text, said_clause_end(text, m.end())):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def said_clause_end(text: str, at: int) -> int:
    """Where «با بیان اینکه …» ends: at the last comma before the sentence's speech verb
    («با تأکید بر اینکه پزشکان، پرستاران و … باید همراهی کنند، افزود: …») or at the
    verb itself, when no comma or a list's comma comes before it; without a verb at the
    first comma, or where the sentence ends when real text leaves it without its main
    clause («با اشاره به اینکه … بیاورد.»)."""
    end = sentence_end(text, at)
    verbs = list(_SPEECH_VERB.finditer(text, at, end))
    # The main verb reports on: «با بیان اینکه … بیان کرده‌اند، ادامه داد: …»; one with a
    # colon before one with «که», which the clause may report itself: «با بیان اینکه رهبری
    # تصریح فرمودند که دولت … باشد گفت: …».
    verb = next((v for v in verbs if _REPORTS_ON.match(text, v.end())), None)
    verb = next((v for v in verbs if _COLON_AFTER.match(text, v.end())), verb)
    verb = verb or (verbs[0] if verbs else None)
    if verb is not None:
        last = text.rfind("،", at, verb.start())
        if last < 0 or _ENDS_A_CLAUSE.search(text, last, verb.start()):
            return verb.start()
        return last
    comma = text.find("،", at, end)
    return end if comma < 0 else comma


# «سخنانی را در خصوص این موضوع که کار خیر از بین نمی‌رود بیان کرد»: what a speaker spoke
# about, named as a clause, is what was said.
_ABOUT = re.compile(
    r"(?<![^\s،])(?P<cue>(?:در خصوص|درباره|در باره|در مورد|پیرامون) (?:این|آن) "
    rf"{_TOPIC} که)\s+"
)
# «در پاسخ به سؤالی درباره این موضوع که … گفت», «کتابی درباره این موضوع که … نوشت»: the
# clause is the topic of a question or a work, not what was said; so it is after one a
# preposition governs, whose own words may come between («در پاسخ به پرسش خبرنگار فارس
# درباره …», «در کتاب تازه خود درباره …»). The bare noun ending the speaker's subject is
# no such work: «مدیر نمایشگاه کتاب درباره …», «کارگردان این فیلم مستند درباره …»; nor is
# one after «از», what an occasion is of («در مراسم رونمایی از کتاب سلام درباره …»); nor
# a film after «در», where the speaker plays or works («بازیگر نقش اول در فیلم سینمایی
# رستاخیز درباره …»), as a question or a text after «در» is what is asked or written.
_WRITTEN = rf"(?:{_QUESTION}|کتاب|مقاله)"
_WORK = rf"(?:{_WRITTEN}|فیلم|مستند)"
_TOPIC_OF = re.compile(
    rf"(?<![^\s])(?:(?:به {_WORK}|در {_WRITTEN})(?:\u200cهای?)?(?: [^\s،.:«»]+){{0,3}}"
    rf"|{_WORK}(?:ی|\u200cای)) $"
)
# How far back the question or work may stand.
_TOPIC_REACH = 60


def spoken_about(text: str) -> list[tuple[re.Match[str], int]]:
    """Each clause a speaker spoke about (:data:`_ABOUT`) and where it ends: at its last
    finite verb before the speech verb closing its sentence. Where the sentence goes on
    after the verb («… درباره این موضوع که … گفت: …») the clause is the topic of what
    follows; where no speech verb closes it («در مورد این موضوع که … تحقیق شد»), or the
    clause asks («درباره این موضوع که آیا …»), nothing was said."""
    found = []
    for m in _ABOUT.finditer(text):
        if _TOPIC_OF.search(text, max(m.start() - _TOPIC_REACH, 0), m.start()):
            continue
        end = sentence_end(text, m.end())
        verbs = list(_SPEECH_VERB.finditer(text, m.end(), end))
        if not verbs or text[verbs[-1].end() : end].strip() or _ASKING.search(text, m.end(), end):
            continue
        own = list(_FINITE.finditer(text, m.end(), verbs[-1].start()))
        if own:
            found.append((m, own[-1].end()))
    return found


# «آن», «آنها» taking up a noun named before.
_THAT_ONE = "(?:آن|آنها|آن‌ها)"
# «… خبر داد که بر اساس آن …», «… که طی آن …»: a clause opening with a phrase that points
# back to the news.
_ON_THE_NEWS = re.compile(
    rf"(?:بر ?اساس|طبق|طی|به موجب|بنا ?بر|در|با|از|به|برای) {_THAT_ONE}(?![^\s،])"
)

# «وزیر از طریق پیامی خبر داد که …»: «از» naming how the news was given, not what of.
_BY_WAY_OF = re.compile(r" از (?:طریق|سوی|جانب|زبان) ")


def _news_of_a_thing(text: str, cue: re.Match[str]) -> bool:
    """«از امضای تفاهم‌نامه‌ای … خبر داد که بر اساس آن …»: «خبر داد» has its news in «از
    …», so a «که» clause pointing back to it is on that news, not what was said, and what
    follows without «که» is the story going on («از ورود به موضوع خبر داد و....»). A
    clause that does not point back tells what the news is: «از راه‌اندازی بخش عربی
    پایگاه خبر داد که دسترسی پژوهشگران منطقه را آسان می‌کند»; one after a noun with its
    indefinite «ی» says which thing («از افتتاح طرحی خبر داد که ۲۰ میلیارد ریال هزینه
    داشته است»)."""
    if not cue["cue"].startswith("خبر داد"):
        return False
    if (
        cue["that"]
        and not _ON_THE_NEWS.match(text, cue.end())
        and not text.endswith("ی ", 0, cue.start())
    ):
        return False
    clause = f" {text[clause_start(text, cue.start(), 0) : cue.start()]}"
    if cue["that"] and _BY_WAY_OF.match(clause, clause.rfind(" از ")):
        return False
    return " از " in clause


# «همانطور که …», «چنان که …» set a comparison off by commas, leaving the clause main.
# «که» after a noun in «ی» opens a relative clause on it, closed before the verb: «مرد
# شماره دو القاعده در نواری که دیروز پخش شد اعلام کرد، …»; «زمانی که», «در حالی که» are
# of time and contrast, but the cleft «این در حالی است که …» leaves its clause main.
_SUBORDINATE = re.compile(
    r"(?<![^\s،])(?<!همانطور )(?<!همان‌طور )(?<!همانگونه )(?<!همان‌گونه )(?<!چنان )"
    r"(?:(?<!ی )(?<!ست )(?<!بود )که|اینکه|این‌که|آنکه|آن‌که|وقتی|هنگامی|زمانی"
    r"|حالی(?! (?:است|بود) )|چون)(?=\s)"
)


def _ends_a_subordinate_clause(text: str, cue: re.Match[str]) -> bool:
    """«پس از این که وزارت خارجه … تأکید کرد، سازمان با مشکلات مواجه شد»: a speech verb
    closing a clause with «که» is followed by the main clause, not by what was said. The
    clause of «با تأکید بر اینکه …» closes before the verb that reports it («… با تأکید
    بر اینکه ملت باید متحد باشد هشدار داد، …»)."""
    if not cue["comma"]:
        return False
    at = clause_start(text, cue.start(), 0)
    saying = SAYING.search(text, at, cue.start())
    said_end = said_clause_end(text, saying.end()) if saying else at
    if said_end <= cue.start():
        at = max(at, said_end)
    return _SUBORDINATE.search(text, at, cue.start()) is not None


def opens_its_line(text: str, at: int) -> bool:
    """«نوشت فاطمه، شاعر زبانش الکن شد»: a verb with no subject opening its line is a
    poem's, not a report."""
    return at == 0 or text[at - 1] == "\n"


_FINITE = re.compile(FINITE)


def after_last_comma(text: str, at: int) -> int:
    """Where the clause of the verb at ``at`` starts: its sentence's start, or after the
    sentence's last comma before ``at``."""
    start = clause_start(text, at, 0)
    return max(start, text.rfind("،", start, at) + 1)


def _takes_an_object(text: str, cue: re.Match[str]) -> bool:
    """«رژیم مشرف این گروه را ممنوع‌الفعالیت اعلام کرد مجددا …»: a speech verb with its
    object before it, «که» and a comma left out, names or declares a thing (as «X را Y
    دانست» does) and reports no clause after it."""
    if cue["that"] or cue["comma"]:
        return False
    start = after_last_comma(text, cue.start())
    obj = text.rfind(" را ", start, cue.start())
    if obj < 0 or text.find(" که ", start, obj) >= 0:  # perhaps a relative clause's object
        return False
    # «… را رد و ۸۳ درصد نیز اعلام کردند …», «… را حرام اعلام و تأکید کردند …»: the object
    # is of a verb before «و» that leaves its light verb out.
    return not _FINITE.search(text, obj + 4, cue.start()) and " و " not in text[obj : cue.start()]


# «به آنچه خداوند می‌فرماید عمل کنند», «کسی که باور دارد که می‌تواند، …»: a speech verb
# a word or two after «آنچه» or an indefinite one with «که» is in a relative clause, on
# what is said or on whoever says it, and tells no one's words.
_FREE_RELATIVE = re.compile(
    r"(?<![^\s،])(?:هر ?)?(?:آن[ \u200c]?چه|(?:کسی|کسانی|هر ?کس|هر ?کسی|چیزی) که)"
    r"(?: [^\s،.:«»]+){0,2} $"
)


def _in_a_free_relative(text: str, cue: re.Match[str]) -> bool:
    """Whether the verb at ``cue`` closes a relative clause on «آنچه» or «کسی که»."""
    rel = _FREE_RELATIVE.search(text, max(cue.start() - 60, 0), cue.start())
    return rel is not None and not _FINITE.search(text, rel.start(), cue.start())


# «با قرائت قطعنامه‌ای که نهاد کتابخانه‌ها آن را نوشته بود، پایان یافت»: «آن را» before
# the verb takes up the noun «که» follows, so the verb closes that relative clause.
_TAKEN_UP = re.compile(rf"(?<![^\s،])که (?:[^\s،.:]+ ){{1,8}}{_THAT_ONE} را $")


def _closes_a_relative_clause(text: str, cue: re.Match[str]) -> bool:
    """Whether the verb at ``cue`` has «آن را» before it taking up a noun of a «که»
    clause (:data:`_TAKEN_UP`)."""
    return _TAKEN_UP.search(text, max(cue.start() - 120, 0), cue.start()) is not None


def reports_nothing(text: str, cue: re.Match[str]) -> bool:
    """Whether the speech verb matched by :data:`INDIRECT` at ``cue`` reports no clause."""
    return (
        _news_of_a_thing(text, cue)
        or _takes_an_object(text, cue)
        or _wants_that(text, cue)
        or _a_relative_clause(text, cue)
        or _ends_a_subordinate_clause(text, cue)
        or opens_its_line(text, cue.start())
        or _in_a_free_relative(text, cue)
        or _closes_a_relative_clause(text, cue)
        or _asked(text, cue)
    )


def _asked(text: str, cue: re.Match[str]) -> bool:
    """Whether what «they» say is asked about, an interviewer's question: «* برخی
    می‌گویند خدمات کاروان‌ها کیفیت لازم را ندارد؟» reports no one's words; a question
    someone is said to ask stays theirs."""
    end = sentence_end(text, cue.end())
    return text[end : end + 1] in ("؟", "?") and cue["cue"].rstrip().endswith("ند")
