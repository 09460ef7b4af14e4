"""The sourcing chain: who reports the story, and whom they cite.

«به گزارش آران نیوز: به نقل از خبرگزاری «اینترفکس»» names a reporting outlet and a cited
one. The first outlet that reports is the ``reporter``; every outlet, office or paper the
text cites after it is ``cited``. Descriptors that are not part of a name («خبرگزاری»,
«خبرنگار ورزشی», «گروه بین‌الملل») are dropped, and so is a dateline place («از اصفهان»).
"""

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from khabar.news.people.lexicon import PERSON_NOUNS, common_words, given_names
from khabar.news.places import demonyms, places
from khabar.news.quote_subjects import HEAD_WORDS
from khabar.news.speech_verbs import VERB
from khabar.text.chars import ZWNJ


@dataclass(frozen=True)
class Source:
    name: str
    role: str  # "reporter" or "cited"
    start: int  # the name's span in the text
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


_W = rf"[^\s،:؛.!؟()«»{ZWNJ}]+(?:{ZWNJ}[^\s،:؛.!؟()«»]+)*"
# A holy name keeps its blessing: «آستانه مقدسه حضرت معصومه (س)», «دانشگاه امام صادق (ع)».
_BLESSED = r"(?: ?\((?:س|ع|ره|ص|عج)\))?"
# A site's or office's name runs long: «پایگاه اطلاع رسانی دفتر حفظ و نشر آثار حضرت
# آیت‌الله العظمی خامنه‌ای».
_NAME = re.compile(
    rf"(?:{_W} ){{0,3}}«[^»\n]{{1,60}}»|{_W}{_BLESSED}(?: (?:و )?{_W}{_BLESSED}){{0,13}}"
)
# «به» a word of its own: «دوشنبه گزارش داد» holds no «به گزارش».
# Real text writes «به‌نقل از» with a half-space and glues «از» to the name («به نقل
# ازرویترز»).
_CUE = re.compile(
    rf"(?<![^\s،:(«])(?:به[ {ZWNJ}](?:(?:گزارش|نوشته|روایت)\s+|نقل از\s*)"
    r"|(?:بنا ?بر|طبق) گزارش\s+)"
)
# «به گزارش …،» opening a later paragraph, or «بنا بر گزارش …،», «طبق گزارش …،».
_REPORT_OPENS = re.compile(r"(?:به|بنا ?(?:بر|به)|طبق) گزارش ")
# Iranian agencies a dateline may name bare, without «خبرگزاری».
_BARE_AGENCIES = (
    "ایرنا",
    "ایسنا",
    "ایلنا",
    "تسنیم",
    "فارس",
    "مهر",
    "میزان",
    "برنا",
    "پانا",
    "ایکنا",
)
# «خبرگزاری فارس: …» or «تهران- ایرنا-» opening a paragraph; the agency's desk or column
# and its writer may stand between the name and the colon («خبرگزاری فارس، گروه اندیشه
# محسن احمدی: …», «خبرگزاری فارس؛ یادداشت میهمان …:», «خبرگزاری فارس - حوزه هنری:»), and
# the place it reports from («خبرگزاری فارس از رشت -»); a dash is no word of the name.
_DATELINE = re.compile(
    rf"(?m)^(?:(?:{_W} ?)?- ?)?(?P<name>خبرگزاری (?:{_W})(?: (?![\-–_]){_W})?)"
    rf"(?: (?:از|در) {_W}(?: {_W})?)?"
    r"(?: ?[،؛\-–]? ?(?:گروه|سرویس|حوزه|یادداشت) [^\n:\-–_.،؛]{1,50})?\s*[:\-–_]"
    # «تهران - ایرنا -», «بندر عباس- ایرنا-», «تهران (ایرنا) -»: a place, then the agency.
    r"|^[^\W\d_]+(?: [^\W\d_]+)? ?[-–] ?(?P<agency>[^\W\d_]+) ?[-–]"
    r"|^[^\W\d_]+(?: [^\W\d_]+)? ?\((?P<bracketed>[^\W\d_]+)\) ?[-–]"
    # «مهر: وزیر … خبر داد»: an Iranian agency's bare name and a colon.
    rf"|^(?P<bare>{'|'.join(_BARE_AGENCIES)}) ?:"
)

# An outlet the lead says reported or wrote it: «خبرگزاری رویترز روز دوشنبه گزارش داد که
# …», «روزنامه «الشرق الاوسط» امروز نوشت: …»; «یک روزنامه آمریکایی» names none.
_REPORTED = re.compile(
    r"(?<![^\s،])(?<!یک )(?<!این )"
    rf"(?P<name>(?:خبرگزاری|روزنامه|شبکه|هفته{ZWNJ}نامه|مجله|پایگاه خبری) "
    rf"(?:«[^»\n]{{1,40}}»|{_W}(?: {_W}){{0,2}}?))(?: نیز| هم)?"
    rf"(?: (?:روز {_W}|امروز|دیروز|در [^\n.،:«»]{{1,30}}?))? (?:گزارش داد|نوشت)(?![^\s،:])"
)
# Words that describe an outlet rather than name it, dropped from the front of a name.
_DESCRIPTORS = re.compile(
    # «خبرنگار» with its beat, an adjective: «ورزشی», «قضایی», «اعزامی».
    # A desk: «گروه بین‌الملل»; «گروه اقتصاد بین‌الملل», «گروه سیاست خارجی» (a noun and
    # its adjective); any words when an outlet's descriptor follows.
    # «حوزه دولت خبرگزاری فارس» too, but «حوزه هنری» is an office's name.
    rf"^(?:(?:گروه|سرویس|بخش|حوزه)(?: [^\s«»]+){{1,3}} (?=(?:خبرگزاری|روزنامه|پایگاه|شبکه) )|"
    rf"(?:گروه|سرویس|بخش) {_W}(?: (?:بین{ZWNJ}الملل|[^\s«»]+ی))? |"
    # «خبرنگار آموزش و پرورش خبرگزاری فارس»: any beat, when an outlet's descriptor follows.
    rf"خبرنگار(?:ان)?(?: [^\s«»]+){{1,4}} (?=(?:خبرگزاری|روزنامه|پایگاه|شبکه) )|"
    rf"خبرنگار(?:ان)?(?: (?:[^\s«»]+ی|اعزامی|بین{ZWNJ}الملل|"
    rf"حوادث|دانشگاه))? |خبر ?گزار?ی |پایگاه (?:خبری|اطلاع[{ZWNJ} ]رسانی|اینترنتی)(?: تحلیلی)? |"
    # «آژانس خبری …», «آژانس پرنسا لاتینا», but «آژانس بین‌المللی انرژی اتمی» is a name.
    rf"آژانس (?:خبری )?(?!بین[{ZWNJ} ]المللی|فضایی|ملی|امنیت)|"
    # «سایت رسمی باشگاه پرسپولیس»: the club's own site; «سایت سینمایی اسکرین دیلی».
    rf"(?:سایت|وب[{ZWNJ} ]?سایت)(?: رسمی| [^\s«»]+ی(?= \S))? |"
    # «رادیو صدای آلمان», but «رادیو و تلویزیون …» is the name itself.
    r"رادیو (?!و ))+"
)
# Where a name ends: a further cited source, or a clause going on after it («به نقل از
# دادسرای تهران آمده است: …»).
# «پس از», «پیش از» open a time clause, «این» the clause or a reference («به نقل از ستاد
# خبری حوزه هنری این فیلم …», «روابط عمومی این سازمان»; «همین» may be a word of a
# title): «به نقل از آسوشیتدپرس پس از دیدار …».
_NAME_END = re.compile(
    rf" (?:و )?(?:به[ {ZWNJ}]نقل(?: از|$)|"
    r"(?:که|با|طی|امروز|روز|آمده|(?:پس|پیش|بعد|قبل) از|(?:(?:در|از|به|برای) )?این)"
    r"(?: |$)|"
    # Sourcing without its comma runs into the clause: «به نقل از X افزود: …».
    rf"{VERB}(?![^\s]))"
)
# «در» in an office's name says where it is: «سفارت ایران در مسکو»; before anything but a
# place it opens the clause the sourcing ran into: «روابط عمومی جهاد دانشگاهی در این
# جلسه …».
_LOCATIVE = re.compile(r" در (?P<place>\S+)(?: (?P<second>\S+))?")
# A given name after these is a namesake's, part of the office's name: «دانشگاه امام صادق».
_NAMESAKE_TITLES = frozenset({"امام", "حضرت", "شهید", "شهیدان", "علامه", "شیخ"})
# A dateline place after a short outlet name: «فارس از اصفهان», «مهر در گرگان». Longer
# names keep «از»/«در»: «سازمان حفاظت از محیط زیست».
_PLACE = re.compile(r"^(?P<name>\S+(?: \S+)?) (?:از|در) ")
_INSTITUTIONS = frozenset(
    {"سازمان", "وزارت", "اداره", "روابط", "دانشگاه", "بنیاد", "مرکز", "شرکت", "ستاد", "کمیته"}
)
# The second word of a news site's name («امید نیوز», «نسیم آنلاین»): a given name before
# it names the site, no person.
_SITE_WORDS = frozenset({"نیوز", "آنلاین", "پرس", "پلاس"})
# Pronouns, and demonstratives that refer back to an outlet named before («به نوشته این
# روزنامه»): a reference, not a name.
_NOT_A_SOURCE = frozenset({"ما", "این", "آن", "همین", "همان", "وی", "او"})
# An unnamed person or group cited is no outlet or office: «به نقل از یک مقام نزدیک به
# …», «به نقل از مقامات نظامی»; nor an office's bare head left when «این» ended its name.
_UNNAMED = frozenset(
    {"یک", "یکی", "برخی", "چند", "مقامات", "منبع", "منابع", "مسئولان", "کارشناسان"}
)
_BARE_HEADS = frozenset({"روابط عمومی", f"روابط{ZWNJ}عمومی", "ستاد خبری"})


def unnamed(name: str) -> bool:
    """Whether ``name`` leaves its source unnamed: «یک منبع آگاه», «برخی رسانه‌ها»."""
    return name.split(" ", 1)[0] in _UNNAMED


# A body's name listing its portfolios: «وزارت بهداشت، درمان و آموزش پزشکی», «اداره‌کل
# میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان». The list follows a ministry's,
# organization's or head office's first portfolio; after any other name, words set off by commas
# are a person and their title («… شهرداری تهران، جواد عسگری‌پناه، معاون …»).
_LIST_TAIL = re.compile(rf"(?:، {_W}(?: {_W})?)+ و {_W}(?: {_W}){{0,2}}(?=[،:.\s])")
_FIRST_PORTFOLIO = re.compile(
    rf"(?:^| )(?:وزارت|سازمان|اداره{ZWNJ}کل|اداره کل|اداره) {_W}(?: {_W})?$"
)


# A paper, a journal or a network named without «»: the kind of outlet goes («روزنامه
# نیویورک تایمز», «نشریه برنامه»), and so does the country it is from («شبکه الجزیره
# قطر», «خبرگزاری آناتولی ترکیه»), but not a word of a name ending in a country
# («خبرگزاری جمهوری اسلامی ایران»).
# A bare «شبکه» goes only before a foreign name, one ending in a country or an Arabic one
# («شبکه الجزیره», «شبکه المیادین»): «شبکه بهداشت …» is an office.
_OUTLET_KIND = re.compile(
    rf"^(?:(?P<kind>روزنامه|هفته{ZWNJ}نامه|ماهنامه|فصلنامه|نشریه|مجله|شبکه(?: خبری| تلویزیونی))"
    rf"|شبکه|خبرگزاری) (?=\S)"
)
# What kind of paper it is, between its kind and its name: «نشریه داخلی قوه قضائیه».
_KIND_ADJECTIVES = frozenset({"داخلی", "تخصصی", "الکترونیکی", "اینترنتی"})
_NOT_BEFORE_A_COUNTRY = frozenset({"رسمی", "اسلامی", "ملی", "دولتی", "جمهوری", "مرکزی"})


def _without_kind_and_country(name: str, start: int) -> tuple[str, int]:
    """A foreign outlet's own name: «شبکه الجزیره قطر» → «الجزیره», «روزنامه کویتی
    القبس» → «القبس» (where the paper is from, before its name), «نشریه داخلی قوه
    قضائیه» → «قوه قضائیه», with its offset."""
    outlet = _OUTLET_KIND.match(name)
    if outlet is None:
        return name, start
    words, skipped = _before_dateline(name[outlet.end() :]).split(" "), outlet.end()
    while len(words) > 1 and (words[0] in demonyms() or words[0] in _KIND_ADJECTIVES):
        skipped += len(words[0]) + 1
        words = words[1:]
    own = _without_country(words)
    arabic = words[0].startswith("ال") and len(words[0]) > 3
    if own is None and not outlet["kind"] and skipped == outlet.end() and not arabic:
        return name, start
    own = " ".join(own or words)
    if len(own) > 2 and own[0] == own[-1] == '"':
        return own[1:-1], start + skipped + 1
    return own, start + skipped


# «خبرگزاری اینترفکس روسیه از مسکو»: the city the outlet reports from, after its name.
_FROM_PLACE = re.compile(r" (?:از|در) (\S+)")


def _before_dateline(name: str) -> str:
    """``name`` up to the place it reports from, so a country before it ends the name."""
    place = _FROM_PLACE.search(name)
    return name[: place.start()] if place and place[1] in places() else name


def _without_country(words: list[str]) -> list[str] | None:
    """The words of a name before the country it ends with, if it ends with one."""
    for size in (2, 1):
        country, rest = " ".join(words[-size:]), words[:-size]
        if (
            rest
            and places().get(country) == "country"
            and country != "ایران"
            and rest[-1] not in _NOT_BEFORE_A_COUNTRY
        ):
            return rest
    return None


def _clean(name: str, start: int) -> tuple[str, int, int] | None:
    """The outlet's own name inside a matched phrase, with its offsets: the words in «»
    when there are any («روزنامه اسپانیایی «آاس»» → «آاس»), else the phrase without its
    descriptors and whatever follows the name."""
    if "«" in name:
        open_at = name.index("«")
        close = name.find("»", open_at)
        if close > open_at + 1:
            return name[open_at + 1 : close], start + open_at + 1, start + close
        return None
    name, start = _without_kind_and_country(name, start)
    lead = _DESCRIPTORS.match(name)
    if lead:
        name, start = name[lead.end() :], start + lead.end()
        if "اعزامی" in lead.group():
            # «خبرنگار اعزامی ایرنا به هانگژو»: where the reporter was sent.
            name = name.split(" به ", 1)[0]
    cut = _NAME_END.search(name)
    if cut and cut.start() > 0:
        name = name[: cut.start()]
    name = _before_a_person(_without_setting(name))
    place = _PLACE.match(name)
    if place and name.split(" ", 1)[0] not in _INSTITUTIONS:
        name = place["name"]
    if (
        not name
        or name.split(" ", 1)[0] in _NOT_A_SOURCE
        or unnamed(name)
        or name in _BARE_HEADS
        or _names_a_person(name)
    ):
        return None
    return name, start, start + len(name)


# An agent noun, who does what its verb says: «نگارنده», «سراینده», «گردآورنده»,
# «تهیه‌کننده»; not a time, a file or a broadcasting station («آینده», «پرونده», «به نقل
# از فرستنده رادیویی مونت کارلو»).
_AGENT = re.compile(r"[^\s]{2,}ند(?:ه|گان)$")
_NOT_AGENTS = frozenset({"آینده", "پرونده", "فرستنده"})


def _names_a_person(name: str) -> bool:
    """Whether the text cites a person, not an outlet or office: a head, a person noun or
    an agent noun («به نقل از سخنگوی پلیس», «به نقل از نگارنده کتاب»), or a given name
    and a surname («به نقل از سمیر غضبان», «به نقل از "خالد المظف" مسئول …», the name in
    quotes); an agency's one word («تسنیم») may be a given name too, and a site's («امید
    نیوز»)."""
    words = name.replace('"', "").split(" ")
    if words[0] in HEAD_WORDS or words[0] in PERSON_NOUNS:
        return True
    if _AGENT.match(words[0]) and words[0] not in _NOT_AGENTS:
        return True
    return (
        len(words) > 1
        and words[0] in given_names()
        and not {words[0], words[1]} & common_words()
        and words[1] not in _SITE_WORDS
    )


def _without_setting(name: str) -> str:
    """The name up to a «در» that opens no place."""
    for m in _LOCATIVE.finditer(name):
        two = f"{m['place']} {m['second']}" if m["second"] else ""
        if m["place"] not in places() and two not in places():
            return name[: m.start()]
    return name


def _before_a_person(name: str) -> str:
    """The name up to a person's it runs into without the sourcing's comma: «روابط عمومی
    آموزش و پرورش استان علی رضایی» → «روابط عمومی آموزش و پرورش استان». The person's
    given name stands after two words at least, and it or the word after it is no
    ordinary word («دانشگاه آزاد اسلامی» keeps «آزاد»); a surname before a title goes
    too."""
    words = name.split(" ")
    for i in range(2, len(words)):
        if _titled_surname(words, i):
            return " ".join(words[:i])
        if words[i] not in given_names() or words[i - 1] in _NAMESAKE_TITLES:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if words[i] not in common_words() or (after and after not in common_words()):
            return " ".join(words[:i])
    return name


_NEXT_WORD = re.compile(r" (\S+)")


def _name_opening(words: list[str]) -> int:
    """Where the person's name that ``words`` end with starts: its last word, or all of
    it in «» («به نوشته بی‌بی‌سی «فیلیپ هاموند» وزیر خارجه …»)."""
    if words[-1].endswith("»"):
        return max(i for i, w in enumerate(words) if w.startswith("«") or i == 0)
    return len(words) - 1


def _titled_surname(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a person's surname with their title after it: «… صنعت
    ساختمان محارم نجفی مدیرعامل شرکت …»; no office names a head («مدیرعامل», «رئیس»)
    after a word that is no ordinary one or place («دفتر رئیس جمهور» keeps its head)."""
    if i + 1 >= len(words) or words[i + 1] not in HEAD_WORDS:
        return False
    return words[i] not in common_words() and words[i] not in places()


def _as_known(phrase: str, name: str, start: int, known: list[str]) -> tuple[str, int] | None:
    """A source already named that this name runs on from, its sourcing without a comma
    («به گزارش خبرگزاری فارس دومین نمایشگاه …» after «خبرگزاری فارس:»), or that a
    reporter's beat ends with («خبرنگار بهداشت و درمان فارس»), with its offset."""
    for source in known:
        if name.startswith(source + " "):
            return source, start
        if phrase.startswith("خبرنگار") and name.endswith(" " + source):
            return source, start + len(name) - len(source)
    return None


def find_sources(text: str, until: int | None = None, openings: Sequence[int] = ()) -> list[Source]:
    """The outlets the text reports from and cites, in reading order, each name once.

    Only attribution formulas before ``until`` count (the lead, where news states its
    sourcing chain), and «به گزارش …» or «بنا بر گزارش …» opening a later paragraph
    (``openings``, where
    paragraphs start), up to its first comma («به گزارش خبرگزاری فارس، شب گذشته …», «به
    گزارش شبکه خبری بی بی سی، …»); an outlet merely mentioned later in the story is not a
    source, nor one whose writing opens a paragraph («به نوشته بی‌بی‌سی …»: a quote).
    """
    until = len(text) if until is None else until
    found: list[tuple[int, int, str, str]] = []
    # Each pattern's one named group that matched holds the name.
    matches = [
        (m[m.lastgroup or 0], m.start(m.lastgroup or 0))
        for pattern in (_DATELINE, _REPORTED)
        for m in pattern.finditer(text, 0, until)
    ]
    spans = [(0, until)] + [
        (at, comma)
        for at in openings
        if at >= until and _REPORT_OPENS.match(text, at) and (comma := text.find("،", at)) > at
    ]
    cues = [cue for start, end in spans for cue in _CUE.finditer(text, start, end)]
    for cue in cues:
        m = _NAME.match(text, cue.end())
        if m:
            name = m.group()
            if _FIRST_PORTFOLIO.search(name) and (tail := _LIST_TAIL.match(text, m.end())):
                name += tail.group()
            words, after = name.split(" "), _NEXT_WORD.match(text, m.end())
            if after and _titled_surname([*words, after[1]], len(words) - 1):
                name = " ".join(words[: _name_opening(words)])
            matches.append((name, m.start()))
    for phrase, at in matches:
        cleaned = _clean(phrase, at)
        if cleaned:
            name, start, end = cleaned
            found.append((start, end, name, phrase))
    sources: list[Source] = []
    seen: set[str] = set()
    for start, end, name, phrase in sorted(found):
        if known := _as_known(phrase, name, start, [s.name for s in sources]):
            name, start = known
            end = start + len(name)
        if name in seen:
            continue
        seen.add(name)
        sources.append(Source(name, "cited" if sources else "reporter", start, end))
    return sources
