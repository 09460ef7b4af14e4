"""Headline, lead, subheadings and body paragraphs of an article's text.

The text holds one paragraph per line (blank lines are ignored): the first is the
headline, the next the lead. A subheading is a short line between paragraphs that does
not end a sentence: news subheadings carry no final punctuation. A bulleted line («* …»,
«- …») is one wherever it stands, up to a closing quote, «!» or «؟», since a digest lists
its headlines so, the last among them; with a full stop it is a note of a list. Three
short lines in a row are a table's rows, verse or a list. A short line ending in a colon
(«خبرگزاری فارس:», «وی افزود:») only introduces the line after it, so the two are one
paragraph.
"""

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from khabar.gazetteer import given_names
from khabar.news.dates.lexicon import CARDINALS
from khabar.news.speech_verbs import VERB
from khabar.text.chars import ZWNJ

MAX_SUBHEADING_WORDS = 10
# Real news also heads a part with a whole clause («دادستان اصفهان در زمین‌خواری‌های محمود
# آباد ورود پیدا کرده است»); a line that long is a subheading only alone between
# paragraphs, since runs of such lines are verse, a table or a list of headlines.
MAX_LONE_SUBHEADING_WORDS = 14
# A digest's item headlines run longer still («با درگیری میان ازبک‌ها و قزاق‌ها/ آژیر خطر
# …», 15–20 words), alone before the item's paragraph; one that long with a colon is a
# label and its value («سیدحسین هاشمی: مدرس حوزه، …») or a sentence missing its full stop
# («در ماده ۱ آمده است: …»), and with «؟» an interviewer's question.
MAX_LONE_HEADLINE_WORDS = 20
# Up to 35 when «/» joins its parts, as news headlines join theirs («معاون وزیر خارجه
# اسکاتلند در گفت‌وگوی اختصاصی با فارس/ در همه‌پرسی … پیروز می‌شویم/ …»).
MAX_LONE_JOINED_HEADLINE_WORDS = 35
_JOINED = re.compile(r"[^\W\d_] ?/ [^\W\d_]")
MAX_INTRODUCING_WORDS = 4
MIN_ROWS = 3
MAX_SIGNATURE_WORDS = 3
# A name and the writer's title; a longer line after the name is a headline's clause
# («محمود عباس، مصادره اراضی کرانه باختری را … دانست»).
MAX_CREDITED_WORDS = 6
# A signature closes a letter or decree, with at most its title, date and notes after it;
# a name alone further up heads a part on that person («مهدی باکری», then his life), but
# a name with the writer's title after a comma credits a piece wherever it stands.
MAX_CLOSING_LINES = 5
_PLURALS = ("ان", "ها", f"{ZWNJ}ها")
# A digest of headlines («عناوین مهم روزنامه‌ها») sets each one on a bulleted line, a whole
# headline with its speaker («- سخنگوی دولت: …»); a bulleted line this long is a paragraph
# of its own.
MAX_BULLETED_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?؟:؛،…»\")\]]\s*$")
# A bullet, then a space or a letter: «-5 درجه» is a temperature, not a bulleted line.
_BULLET = re.compile(r"^[*•■▪●\-–](?: (?=[^\W_]|[«\"(])|(?=[^\W\d_]|[«\"(]))")
# What a bulleted headline does not end with: a colon or comma runs on into the next line,
# and a full stop ends a sentence of a bulleted list of notes («* کرار لنگان راهی رختکن
# شد.»), but for a digest's headlines.
_RUNS_ON = re.compile(r"[:؛،][»\")\]\s]*$")
_ENDS_A_SENTENCE = re.compile(r"[.…:؛،][»\")\]\s]*$")
# A headline or lead that calls what follows headlines of news or papers («عناوین مهم
# روزنامه نیوز», «عناوین صفحه اول روزنامه‌ها», «سرخط خبرهای امروز»): there a bulleted line
# with its full stop is a headline too. «عناوین شغلی», «عناوین کتاب‌ها», «با کسب عناوین
# قهرمانی» are titles of another kind.
_HEADLINES = re.compile(
    rf"(?:عناوین|سرخط)(?! (?:شغلی|کتاب|کتب|درسی|آثار))(?:[ {ZWNJ}]\S+){{0,3}}?[ {ZWNJ}]"
    "(?:خبر(?!نگار)|اخبار|روزنامه|نشریات|مطبوعات)"
)
# A headline naming the papers as what it gathers («گزیده روزنامه‌های صبح امروز», «سرمقاله‌های
# روزنامه‌های تهران») announces a digest too; «وزیر ارشاد: روزنامه‌ها باید …» does not.
_PAPERS = re.compile(
    rf"(?:گزیده|مرور|نگاهی به|پیشخوان|صفحه اول|(?:سرمقاله|تیتر)[{ZWNJ} ]?های) روزنامه[{ZWNJ} ]?ها"
    rf"|روزنامه[{ZWNJ} ]?های (?:صبح|عصر|امروز)"
)
# A full stop with words after it: a second sentence, so a paragraph, not one headline.
_SECOND_SENTENCE = re.compile(r"[.!?؟]\s+[^\W\d_]")
# A part's number before its head («۲. واکنش مسئولان», «یک. آیه ۲۷ سوره ابراهیم») ends no
# sentence; a footnote's number is bracketed («[1]. دانش آموخته دانشگاه تهران»).
_NUMBERED = re.compile(rf"^(?:[0-9۰-۹]{{1,2}}|{'|'.join(CARDINALS)})\. ")
# A dash opens an item of a list an introduction opened («… به این شرح اعلام کرد:», «وی
# گفت:»); a star heads a part even there («در ذیل می‌آید:» and «* همشهری»).
_DASHED = re.compile(r"^[•■▪●\-–]")
_FULL_STOP = re.compile(r"\.[»\")\]\s]*$")
# An exclamation opening with a conjunction or «چه» is a sentence of the body.
_WRITERS_CRY = re.compile(r"^(?:و|اما|ولی|چه|عجب)\s")
# A speaker's label of one or two words opening a turn of an interview («فارس: … چیست؟»,
# «کاظمی: پیش‌بینی ما بارش نرمال است»).
_LABELLED = re.compile(r"^[^\W\d_][^\s:]*(?: [^\s:]+)?: ")
# A label ending in a speech verb introduces a quote in a report («وی افزود: …»), no turn:
# the part head beside it («سناریوی دوم: جنگ فرسایشی») stays one.
_QUOTE_LABEL = re.compile(rf"(?:^|\s)(?:{VERB}): ")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    role: str  # "headline", "lead", "subheading" or "body"

    def to_dict(self) -> dict:
        return asdict(self)


# A rule of «=» or «-» between parts of a report has no words to head anything with.
_WORD = re.compile(r"[^\W_]")


# A line with Arabic short vowels is verse quoted («کَانُواْ لاَ یَتَنَاهَوْنَ …»), not a
# heading; a shadda alone is Persian spelling («مصلحت اندیشی ولیّ»).
_VOWELLED = re.compile("[\u064b-\u0650\u0652]")
# A credit or contact line names where the text came from or how to reach someone («منبع:
# فصلنامه مطالعات تفسیر», «تلفن بخش کنسولی: …», an address with «@»); it heads nothing.
_CREDIT = re.compile(
    rf"^(?:منبع|منابع|مترجم|ترجمه|عکس|عکاس|تلفن|نمابر|ایمیل|پست الکترونیک|نشانی)"
    rf"(?:[ {ZWNJ}][^\s:]+){{0,3}} ?:|\S@\S"
)
# A letter's or decree's formulas: the invocation it opens with and whom it addresses
# («بسم الله الرحمن الرحیم», «برادر گرامی جناب آقای …»).
_FORMULA = re.compile(r"^«?بسم ?ال|(?:جناب|سرکار) (?:آقای|خانم)")
# A byline: who wrote the report, a given name and a surname («گزارش از فاطمه احمدی», «به
# قلم علی رضایی»); «گزارش از مهران» reports from a town named like a man, «گزارش از علی
# آباد کتول», «گزارشی از مهدی شهر» from one named after a man.
_BYLINE = re.compile(
    rf"^(?:(?:گزارش|گزارشی|گفت[{ZWNJ} ]?و[{ZWNJ} ]?گو|یادداشت|ترجمه) از|به قلم) (\S+)"
    r"(?: (?!(?:و|آباد|شهر)(?: |$))\S+){1,2}$"
)


def _is_subheading(line: str, limit: int = MAX_SUBHEADING_WORDS) -> bool:
    short = len(line.split()) <= limit
    return (
        short
        and (not _SENTENCE_END.search(line) or _asks_or_exclaims_unlabelled(line))
        and not _holds_a_second_sentence(line)
        and _WORD.search(line) is not None
        and _VOWELLED.search(line) is None
        and _CREDIT.search(line) is None
        and _FORMULA.search(line) is None
        and not _is_byline(line)
    )


def _holds_a_second_sentence(line: str) -> bool:
    numbered = _NUMBERED.match(line)
    return _SECOND_SENTENCE.search(line, numbered.end() if numbered else 0) is not None


def _is_byline(line: str) -> bool:
    byline = _BYLINE.match(line)
    return byline is not None and byline[1] in given_names()


def _signs(line: str) -> bool:
    """Whether the line is a name alone, as under a letter or decree («محمد مهدی
    طهرانچی»), or with the writer's title after a comma («الهام احمدی، پژوهشگر مسائل
    آمریکا»): a given name and a word or two that are no ordinary words, nor their plural
    («علی و ایرانیان», «امیر مؤمنان», «امید جوانان» head parts)."""
    # The people package reads paragraphs from here: its lexicon is imported when needed.
    from khabar.news.people.lexicon import common_words

    words = line.split("،", 1)[0].split()
    ordinary = {stem for word in words[1:] for stem in _with_singular(word)}
    return (
        1 < len(words) <= MAX_SIGNATURE_WORDS
        and len(line.split()) <= MAX_CREDITED_WORDS
        and words[0] in given_names()
        and not common_words() & ordinary
        and "و" not in words
    )


def _with_singular(word: str) -> list[str]:
    """The word and, for a plural («مؤمنان», «جوان‌ها»), its singular; «ی» before «ان»
    ends a surname («احمدیان»), not an ordinary word's stem, and a given name is none
    («محمد مهران», «حسن رحمان» sign)."""
    stems = [word]
    if word in given_names():
        return stems
    for plural in _PLURALS:
        stem = word.removesuffix(plural)
        if stem != word and not stem.endswith("ی"):
            stems.append(stem)
    return stems


def _is_bulleted_heading(line: str, digest: bool) -> bool:
    """«* ادامه دیدارهای هیئت رئیسه», «- معاون وزیر بازرگانی: نان گران می‌شود»: a bullet
    marks a headline of a digest or the head of a part, with a closing quote, «!» or «؟»
    too; in a ``digest`` of headlines with its full stop as well."""
    return (
        _BULLET.match(line) is not None
        and len(line.split()) <= MAX_BULLETED_WORDS
        and (_RUNS_ON if digest else _ENDS_A_SENTENCE).search(line) is None
        and not _holds_a_second_sentence(line)
    )


def _asks_or_exclaims_unlabelled(line: str) -> bool:
    """«علیخانی کیست؟», «* تجارب شهودی بر کدام لوب اثر می‌گذارند؟», «اول حاجی بعد
    لاری!»: a part may be headed with a question or an exclamation; an interviewer's
    question carries its label («فارس: … چیست؟»), and an exclamation that goes on from
    the paragraph before («و این است عدالت آمریکایی!») or cries «چه …!» is the writer's."""
    exclaims = line.endswith("!") and _WRITERS_CRY.match(line) is None
    return (line.endswith(("؟", "?")) or exclaims) and ":" not in line


def _is_lone_subheading(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether line ``i``, a clause too long for a plain subheading, stands alone between
    paragraphs that end their sentences."""
    line = lines[i][2]
    limit = MAX_LONE_SUBHEADING_WORDS
    if ":" not in line and not _SENTENCE_END.search(line):
        limit = MAX_LONE_JOINED_HEADLINE_WORDS if _JOINED.search(line) else MAX_LONE_HEADLINE_WORDS
    # The last line, counted as a table's row too, has no line after it.
    return _is_subheading(line, limit) and not any(
        _is_subheading(lines[j][2], MAX_LONE_HEADLINE_WORDS)
        for j in (i - 1, i + 1)
        if j < len(lines)
    )


def find_paragraphs(text: str) -> list[Paragraph]:
    """Every non-empty line of ``text`` with its role."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            lines.append((start, start + len(stripped), stripped))
        offset += len(line) + 1
    lines = _with_introductions(lines)
    # A line an introduction joined («نویسندگان:» and the names) is a paragraph's.
    alone = [end - start == len(line) for start, end, line in lines]
    # The last line and one an introduction joined count as rows of a table too.
    closing = len(lines) - MAX_CLOSING_LINES
    looks = _rows_apart(
        [
            i > 1
            and (_is_subheading(line) or _is_lone_subheading(lines, i))
            and not (_signs(line) and (i >= closing or "،" in line))
            for i, (_, _, line) in enumerate(lines)
        ]
    )
    plain = [looks[i] and alone[i] and i < len(lines) - 1 for i in range(len(lines))]
    digest = any(_HEADLINES.search(line) for _, _, line in lines[:2]) or (
        bool(lines) and _PAPERS.search(lines[0][2]) is not None
    )
    listed = _listed(lines, alone) if not digest else [False] * len(lines)
    paragraphs = []
    for i, (start, end, line) in enumerate(lines):
        if i == 0:
            role = "headline"
        elif i == 1:
            role = "lead"
        elif not listed[i] and (plain[i] or (alone[i] and _is_bulleted_heading(line, digest))):
            role = "subheading"
        else:
            role = "body"
        paragraphs.append(Paragraph(start, end, role))
    return paragraphs


def _listed(lines: list[tuple[int, int, str]], alone: list[bool]) -> list[bool]:
    """Whether each line is what an introduction announced, an item of a list or a turn
    of a dialogue, not a headline: the line after one ending in a colon («… در جمع
    خبرنگاران افزود:», «ما آماده همکاری هستیم»), unless a star heads it («در ذیل می‌آید:»,
    «* همشهری»); a dashed line an introduction joined or after another item («بهادری
    جهرمی گفت:», «- دولت حقوق کارمندان را ۲۰ درصد افزایش می‌دهد», «- …»); and every line
    of a run of dashed lines one of which ends with a full stop, as notes and an
    interview's answers do («- برنامه دولت برای مهار تورم چیست؟», «- ما سه برنامه
    داریم.»); a labelled line beside another in the body, a turn of an interview."""
    dashed = [_DASHED.match(line) is not None for _, _, line in lines]
    labelled = [i > 1 and _is_turn_label(line) for i, (_, _, line) in enumerate(lines)]
    listed = [False] * len(lines)
    for i in range(1, len(lines)):
        announced = lines[i - 1][2].endswith(":") and not lines[i][2].startswith("*")
        turn = labelled[i] and (labelled[i - 1] or labelled[min(i + 1, len(lines) - 1)])
        listed[i] = announced or turn or (dashed[i] and (not alone[i] or listed[i - 1]))
    for start, end in _runs(dashed):
        if any(_FULL_STOP.search(line) for _, _, line in lines[start:end]):
            listed[start:end] = [True] * (end - start)
    return listed


def _is_turn_label(line: str) -> bool:
    """Whether the line opens with a speaker's label, as a turn of an interview does
    («کاظمی: …»), not with a speech verb's subject («وی افزود: …»)."""
    label = _LABELLED.match(line)
    return label is not None and _QUOTE_LABEL.search(label[0]) is None


def _rows_apart(heads: list[bool]) -> list[bool]:
    """``heads`` without its runs of three or more: a part is headed once, maybe under the
    head of a larger part, so short lines one after another are a table's rows («سایپا
    صفر - مس کرمان صفر»), verse or a list, not subheadings (bulleted lines are read
    apart)."""
    kept = list(heads)
    for start, end in _runs(heads):
        if end - start >= MIN_ROWS:
            kept[start:end] = [False] * (end - start)
    return kept


def _runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of true values in ``flags``."""
    i = 0
    while i < len(flags):
        run = i
        while run < len(flags) and flags[run]:
            run += 1
        if run > i:
            yield i, run
        i = run + 1


def _with_introductions(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each short line ending in a colon joined to the line after it (never the headline)."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in lines:
        if len(out) > 1 and _introduces(out[-1][2]):
            first = out.pop()[0]
            out.append((first, end, line))
        else:
            out.append((start, end, line))
    return out


def _introduces(line: str) -> bool:
    return line.endswith(":") and len(line.split()) <= MAX_INTRODUCING_WORDS
