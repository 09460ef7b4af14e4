"""Direct and indirect speech, with the words that name its speaker.

Persian news reports speech in a few fixed shapes, and this module reads exactly those:

* direct: a speech verb and a colon, then «…» or the rest of the paragraph
  («وی افزود: …», «وزیر خارجه روسیه گفت: «…»»), or a paragraph opening with «…» and
  its speaker after it («…»، سخنگوی وزارت بهداشت در ادامه گفت.), and an interview's
  answers, labelled with who answers or after bulleted questions;
* indirect: a speech verb then «که» and a clause («اعلام کرد که …»), a speech verb with the
  clause straight after it («تأکید کرد تحریم‌ها …»), «به گفته X، …», and «با بیان اینکه …»
  (which verbs report a clause is :mod:`khabar.news.indirect_speech`).

Speech carried by a statement or an outlet cited again is read in
:mod:`khabar.news.quote_documents`. The speaker is the subject at the head of the clause
(:mod:`khabar.news.quote_subjects`);
resolving that mention to a person is :mod:`khabar.news.people`'s job. Guillemets
that do not follow a speech verb («سرگئی لاوروف», «مهمان ناخوانده») are names and terms,
not quotes.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from khabar.news.indirect_speech import (
    INDIRECT,
    after_last_comma,
    asks_nothing,
    opens_its_line,
    paragraph_end,
    reported_clause_end,
    reports_nothing,
    requests,
    said_clause_end,
    sayings,
    sentence_end,
    spoken_about,
)
from khabar.news.quote_documents import (
    CITED_DIRECT,
    DOCUMENT_DIRECT,
    DOCUMENT_SAYS,
    READ_ON,
    according_to,
    cited_again,
    document_speaker,
    opens_attribution,
    sender_again,
)
from khabar.news.quote_documents import DOCUMENTS as DOCUMENTS
from khabar.news.quote_subjects import (
    SENTENCE_END,
    clause_start,
    outlet_named,
    subject_before,
    subject_from,
)
from khabar.news.speech_verbs import SAID, SIMPLE_PAST, VERB, perfects

# Real text may leave the colon out before «»: «وی گفت «اگر …»», «تأکید کرد، «مسکو …»»,
# or type a semicolon for it: «مدیرعامل شرکت عنوان کرد؛ صادرات …»; «… می‌نویسند؛ و سپاس …»
# joins a clause on.
_DIRECT = re.compile(rf"{SAID}(?:\s*:\s*|(?P<semicolon> *؛(?! *و ) *)|(?P<bare> *،? *)(?=«))")
# What someone used to say, in the past habitual: «مرتب به او می‌گفتند: …», «پدرم همیشه
# می‌گفت که …», «برخی می‌گفتند دین افیون توده‌هاست». After what was talked of («از
# جبهه می‌گفت», «سخن می‌گفت»), or going on with «و», it is talk, not words reported.
_USED_TO_SAY = re.compile(
    r"(?<![^\s،])(?<!سخن )(?<!حرف )(?<!دروغ )(?<!راست )(?<!را )"
    r"(?P<cue>می[ \u200c]?گفت(?:ند)?)"
    r"(?:\s*:\s*|(?P<that> +که\s+)| +(?P<bare>)(?=[^\s:«(،.])(?!(?:و|نیز|که)[ .…]))"
    r"(?P<comma>(?!))?"
)
# «از خاطرات جنگ می‌گفت …»: what someone used to talk of, in «از» before the verb.
_TALKED_OF = re.compile(r"(?<![^\s،])از (?:[^\s.،:«»]+ ){1,6}$")
# Cues whose source is a publication or an office, never read as a person's name: an
# agency or an office reports («خبرگزاری رویترز گزارش داد که …»), a person says.
WRITTEN_CUES = frozenset(
    {
        "به نوشته",
        "به گزارش",
        "بر اساس اعلام",
        "طبق اعلام",
        "بنا بر اعلام",
        "بنابر اعلام",
        "بنا به اعلام",
        "به نقل از",
    }
    | {form + plural for form in ("گزارش داد", *perfects("گزارش داد")) for plural in ("", "ند")}
)


@dataclass
class Quote:
    text: str
    kind: str  # "direct" or "indirect"
    cue: str
    start: int  # the quoted words
    end: int
    subject: tuple[int, int] | None  # the words naming the speaker
    speaker: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["subject"]
        return data


# «طبق همین نوشته بارسلونا حاضر بود …»: the writing quoted last goes on, in the words of
# whoever wrote it («گزارشگر این نشریه نوشت …»).
_THIS_WRITING = re.compile(
    r"(?<![^\s،])(?P<cue>(?:طبق|بر ?اساس|بنا ?بر|به موجب) (?:این|همین) نوشته)(?: *،)?\s+"
)
_WROTE = re.compile("نوشت|نوشته|گزارش")


# A paragraph that opens with the quote and names its speaker after, in the sentence the
# quote opens: «…»، سخنگوی وزارت بهداشت در ادامه گفت. «…»، وی با بیان این مطلب افزود: …
# «…»؛ وی با بیان این مطلب هشدار داد که … «… دادیم.» سرمربی تیم ملی با بیان این مطلب
# افزود: …
_FRONTED = re.compile(r"(?m)^«")
_SAID_AFTER = re.compile(
    rf"(?:\s*[،؛]|(?<=[.!؟]»))[^.!؟\n«»]{{1,80}}?(?<=\s){VERB}(?=\s*[.:]|\s+که\s)"
)
# A term opening a paragraph («ضیافت افطار»، …) is a few words; a fronted quote is a
# sentence.
MIN_FRONTED_WORDS = 5
# The fronted quote taken up again as the object of the verb after it: «…»، این را …».
_TAKEN_UP = re.compile(r"[،؛]?\s*(?:این|این‌ها|اینها|آن|این سخنان) را ")


# A quote running over paragraphs leaves each but the last open, opens the next with «
# and closes where its last paragraph ends: «… نکرده‌اند.\n\n«در این پویش … می‌روند.»».
_GOES_ON = re.compile(r"(?<=[.!؟])\n\s*«")
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n|$)")


# Real text may also leave the paragraphs a quote runs over unopened, closing it only where
# its last paragraph ends: «رسیدگی … محول شد.\n\nدر پی ارسال گزارش … بازدید نموده است.»
_RUNS_ON_UNOPENED = re.compile(r"[^«»]{1,3000}?[.!؟]»(?=[ \t]*(?:\n|$))")
MAX_UNOPENED_PARAGRAPHS = 3


def _closed_later(text: str, at: int) -> int:
    """The «»» closing, at the end of a later paragraph, a quote left open at the line
    break at ``at`` with no guillemet in between; else -1."""
    m = _RUNS_ON_UNOPENED.match(text, at)
    if m is None or len(m.group().split("\n\n")) > MAX_UNOPENED_PARAGRAPHS + 1:
        return -1
    return m.end() - 1


def _closing_guillemet(text: str, start: int) -> int:
    """The index of the «»» that closes the «««» at ``start``, nested pairs allowed."""
    depth, paragraphs = 0, 1
    i = start
    while i < len(text):
        if text[i] == "«":
            depth += 1
        elif text[i] == "»":
            depth -= 1
            if depth == 0:
                ends = paragraphs == 1 or _PARAGRAPH_END.match(text, i + 1)
                return i if ends else -1
        elif text[i] == "\n":
            goes_on = _GOES_ON.match(text, i) if depth == 1 else None
            if goes_on is None:
                return _closed_later(text, i) if depth == 1 else -1
            i, paragraphs = goes_on.end() - 1, paragraphs + 1
        i += 1
    return -1


# An interview as questions and answers: a paragraph opening with who answers and a colon
# («افشاری‌مقدم: سهمیه ایران …») after a paragraph that asks.
_ANSWER = re.compile(r"(?m)^(?P<cue>[^\s:«»،.؟]+(?: [^\s:«»،.؟]+){0,2}) ?: *(?=\S)")


def _answers(text: str) -> list[re.Match[str]]:
    """The answers of an interview: each answer's label, the speaker's name. An agency's
    dateline is no one answering: «خبرگزاری فارس: …» opens the lead after a headline that
    asks («… پس کجاست؟»)."""
    return [
        m
        for m in _ANSWER.finditer(text)
        if _asked_before(text, m.start()) and not _DATELINE.match(m["cue"])
    ]


_DATELINE = re.compile("خبر ?گزاری ")


def _asked_before(text: str, at: int) -> bool:
    """Whether the text before ``at``, past white space, ends with a question mark."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] in "؟?"


# An interview may mark its questions and leave its answers unlabelled: each question a
# paragraph opening with a bullet («* نسبت این مباحث با معنادرمانی چیست؟») or with the
# asker's label, the outlet or «سؤال» («فارس: در پرسپولیس می‌مانید؟»), the answers the
# paragraphs after it up to the next question, in the words of whom the story talks with
# («در گفت‌وگویی کوتاه با علی رضایی استاد دانشگاه …») or of the label opening the answer
# («مشایی: …» and the paragraphs it goes on in). One bullet or label asking is a list's
# item or a headline's; the layout takes two, each paragraph the label opens asking.
_BULLETED = re.compile(r"(?m)^[*•] [^\n]*")
_LABELLED = re.compile(r"(?m)^(?P<label>[^\s:«»،.؟*•]+(?: [^\s:«»،.؟]+){0,2}) ?: *[^\n]*")
_ASKS = re.compile("[؟?]")
MIN_QUESTIONS = 2
# The cue an answer is read with: no verb says it, the layout does.
_ANSWER_CUE = "پاسخ"
# «گفت‌وگو», spaced or joined, and «گفت‌وگویی».
_TALK = r"گفت[\u200c ]?و[\u200c ]?گو(?:یی)?"
_TALKS_WITH = re.compile(rf"(?<![^\s،]){_TALK}(?: (?!با )[^\s.،:«»]+){{0,2}} با (?=[^\s.،:«»])")
# «ایسنا با مرتضی افشاری‌مقدم، رئیس سازمان حج، گفت‌وگو کرده است»: whom it talked with
# before the verb.
_TALKED_WITH = re.compile(
    rf"(?<![^\s،])با (?=[^\s.،:«»])[^.\n]{{1,120}}? {_TALK} ?"
    r"(?:کرد|کرده|داشت|داشته|انجام)"
)
_PARAGRAPH = re.compile(r"[^\n]+")
# After the last question the story may go on in its own words: a subheading (a short
# line without a final mark), a sentence telling in the past what someone said («رئیس
# سازمان در پایان این گفت‌وگو ابراز امیدواری کرد که …») or one opening with whose words
# follow («به اعتقاد وزیر ورزش، …») ends the answers.
_SAID_IN_THE_PAST = re.compile(rf"(?<![^\s،]){SIMPLE_PAST}(?![^\s:،.])")
_ENDS_A_SENTENCE = re.compile(r"[.!؟?»:]\s*$")


def _questions(text: str) -> list[re.Match[str]]:
    """The questions of an interview laid out as bullets or labels that ask: the
    paragraphs of the first layout with two such, where every paragraph of a label
    asks."""
    bullets = [m for m in _BULLETED.finditer(text) if _ASKS.search(m.group())]
    if len(bullets) >= MIN_QUESTIONS:
        return bullets
    by_label: dict[str, list[re.Match[str]]] = {}
    for m in _LABELLED.finditer(text):
        by_label.setdefault(m["label"], []).append(m)
    for paragraphs in by_label.values():
        if len(paragraphs) >= MIN_QUESTIONS and all(_ASKS.search(m.group()) for m in paragraphs):
            return paragraphs
    return []


def _interviewed(text: str, end: int) -> tuple[int, int] | None:
    """Whom the story says it talks with before ``end``: «در گفت‌وگویی با X …», «با X …
    گفت‌وگو کرده است»."""
    talks = _TALKS_WITH.search(text, 0, end)
    if talks:
        return subject_from(text, talks.end(), sentence_end(text, talks.end()))
    talked = _TALKED_WITH.search(text, 0, end)
    return subject_from(text, talked.start() + len("با "), talked.end()) if talked else None


# An answer's label that names no one: «پاسخ: …», «جواب: …».
_ANSWER_WORDS = frozenset({"پاسخ", "جواب"})


def _answerer(text: str, label: re.Match[str]) -> tuple[int, int] | None:
    """Who an answer labelled at ``label`` is said by: the label, or for «پاسخ:» whom the
    story talks with."""
    if label["cue"] in _ANSWER_WORDS:
        return _interviewed(text, label.start())
    return label.span("cue")


def _interview_answers(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """The unlabelled answers of an interview (:func:`_questions`): each paragraph's span
    and the words naming who answers, the label of the last answer labelled, else the one
    the story says it talks with before the first question."""
    questions = _questions(text)
    if not questions:
        return []
    who = _interviewed(text, questions[0].start())
    answers = []
    for k, question in enumerate(questions):
        last = k + 1 == len(questions)
        end = len(text) if last else questions[k + 1].start()
        for paragraph in _PARAGRAPH.finditer(text, question.end(), end):
            start, stop = paragraph.span()
            label = _ANSWER.match(text, start, stop)
            if label:
                who = _answerer(text, label)
                continue
            if _BULLETED.match(text, start, stop) or not _ENDS_A_SENTENCE.search(text, start, stop):
                if last:
                    break
                continue  # a subheading between the answers («* ۱۵ سال خبرنگار بودم»)
            if last and (
                _SAID_IN_THE_PAST.search(text, start, stop) or opens_attribution(text, start)
            ):
                break
            if who is not None:
                answers.append((*_trimmed(text, start, stop), who))
    return [(s, e, who) for s, e, who in answers if e > s]


def _fronted_quotes(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """Quotes opening their paragraph with the speaker after them: each «'s offset, its
    closing »'s, and the speech verb's match."""
    found = []
    for m in _FRONTED.finditer(text):
        close = _closing_guillemet(text, m.start())
        if close < 0 or len(text[m.start() + 1 : close].split()) < MIN_FRONTED_WORDS:
            continue
        said = _SAID_AFTER.match(text, close + 1)
        if said:
            found.append((m.start(), close, said))
    return found


# «نوشت: «فرانکو فراتینی» وزیر امور خارجه ایتالیا گفت که …»: a name or a term in «» that
# the sentence goes on after is part of the words said, not all of them.
_TERM_OPENING = re.compile(r"«[^«»\n.!؟:]{1,40}» (?!و )(?=[^\W\d_])")
MAX_TERM_WORDS = 4


def _term_opens(text: str, at: int) -> bool:
    """Whether the «» at ``at`` holds a name or term the sentence goes on after."""
    m = _TERM_OPENING.match(text, at)
    return m is not None and len(m.group().split()) <= MAX_TERM_WORDS


_OPENS_NEXT = re.compile(r"\s*«")


def _unclosed_end(text: str, at: int) -> int:
    """Where words opened with a guillemet at ``at`` end when real text never closes it
    (a paragraph «… نوشت: «با این حال دیپلمات‌ها … توصیف کردند.» with no closing mark):
    at the paragraph's end, if no closing guillemet follows in it and the next paragraph
    does not open with one, as a quote running on would; else -1."""
    end = paragraph_end(text, at)
    if "»" in text[at:end] or _OPENS_NEXT.match(text, end):
        return -1
    while end > at and text[end - 1].isspace():
        end -= 1
    return end


_THIRD_PERSON_SPEECH = re.compile(rf"(?<=[.!؟]) ?(?:وی|او) (?:[^\s.]+ ){{0,4}}{VERB}")
# «… برگزار می‌شود. رئیس مجلس نیز اعلام کرد که …»: a sentence telling what someone else
# «also» said that day, its subject before «نیز». A point between digits is a decimal's:
# «تورم 2.5 درصد کاهش یافت و بانک مرکزی نیز اعلام کرد که …» is one sentence.
_ANOTHER_ALSO_SAID = re.compile(
    rf"(?<=[.!؟])(?![0-9۰-۹]) ?[^\s.!؟:«»،][^.!؟:«»،\n]{{0,60}}? نیز (?:[^\s.!؟:«»،]+ ){{0,6}}?"
    rf"{SIMPLE_PAST}(?= که |:)"
)


def _reported_again(text: str, start: int, end: int) -> int:
    """Where words after a colon without guillemets stop being the speaker's: at a
    sentence that reports them in the third person («… بعید است. وی پیش‌بینی کرد که …»),
    tells of one person's request («… معرفی شدند. خرم‌روی از مرزنشینان خواست تا …»)
    or opens another speech verb and colon («… است. مدیرکل اوقاف بیان کرد: …», or after
    a comma only)."""
    m = _THIRD_PERSON_SPEECH.search(text, start, end) or _another_also_said(text, start, end)
    end = m.start() if m else end
    end = min([end, *_requests_of_one(text, start, end)])
    again = _DIRECT.search(text, start, end)
    if again:
        sentence = clause_start(text, again.start(), start)
        # Real text may join the next speaker with a comma: «… نخواهد کرد، اسپنسر گراهام
        # … افزود: …».
        comma = text.rfind("،", start, again.start())
        end = sentence if sentence > start else comma if comma > start else end
    return end


# The speaker among those asked or telling what came of it: «رئیس‌جمهور از ما خواست تا …»,
# «وزیر از اداره‌کل خواست تا … و ما آن را اجرا کردیم» are still the speaker's.
_FIRST_PERSON = re.compile(r"(?<![^\s،])(?:ما|من|بنده|اینجانب)(?![^\s،.])")


def _in_the_first_person(text: str, start: int, at: int) -> bool:
    """Whether the words from ``start`` to the end of the sentence holding ``at`` name the
    speaker in the first person (:data:`_FIRST_PERSON`)."""
    return _FIRST_PERSON.search(text, start, sentence_end(text, at)) is not None


def _requests_of_one(text: str, start: int, end: int) -> list[int]:
    """Where each sentence starts that tells of a request one person made of others, after
    the first sentence from ``start``: the speaker's own words ask in the first person,
    and a request in a sentence that names the speaker («… از ما خواست …», «… خواست و ما
    …») or a group's («فرانسه و انگلیس … خواستند») may be what the speaker tells of."""
    first = SENTENCE_END.search(text, start, end)
    if first is None:
        return []
    starts = []
    for r in requests(text, first.end(), end):
        sentence = clause_start(text, r.start(), start)
        if not r["cue"].endswith("ند") and not _in_the_first_person(text, sentence, r.end()):
            starts.append(sentence)
    return starts


def _another_also_said(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first sentence telling what someone else also said (:data:`_ANOTHER_ALSO_SAID`)
    that is not the speaker's own telling of it in the first person («… اعلام کرد که
    نظارت می‌کند و ما همکاری کردیم»)."""
    for m in _ANOTHER_ALSO_SAID.finditer(text, start, end):
        if not _in_the_first_person(text, m.start(), m.end()):
            return m
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " .،؛":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return start, end


def _unwrapped(text: str, start: int, end: int) -> tuple[int, int]:
    """The words said inside the straight quote marks typed for guillemets around all of
    them («وی افزود:"طرح‌ها اجرا می‌شوند."»), final punctuation included, as between «»."""
    if text[start : start + 1] != '"':
        return start, end
    close = text.rfind('"', start + 1, end)
    if close < 0 or text[close + 1 : end].strip(" .،؛") or '"' in text[start + 1 : close]:
        return start, end
    return start + 1, close


def _semicolon_opens(text: str, m: re.Match[str]) -> bool:
    """Whether a semicolon after a speech verb stands for the colon («مدیرعامل شرکت عنوان
    کرد؛ صادرات …»): only after a verb with no object or complement before it. A verb with
    its object or complement before it («جزئیات حادثه را اعلام کرد؛», «از تصویب لایحه خبر
    داد؛», «بر ضرورت همکاری تأکید کرد؛») has said what it says, and the semicolon joins
    the next clause on; one opening its line is the story's own note («یادآور می‌شود؛»)."""
    if opens_its_line(text, m.start()):
        return False
    start = after_last_comma(text, m.start())
    clause = _FIXED_FROM.sub(" ", f" {text[start : m.start()]} ")
    return not any(f" {word} " in clause for word in _complements(m["cue"]))


# «… را اعلام کرد؛»: any verb's object. «از» and «بر» are complements only of the verbs
# that take them («از … خبر داد», «از … ابراز نگرانی کرد», «بر … تأکید کرد»); before
# another verb they belong to the subject or an adverbial («سخنگوی سازمان حفاظت از محیط
# زیست اعلام کرد؛», «یکی از نمایندگان گفت؛», «وزیر نفت پس از دیدار … گفت؛»).
_TAKES = {
    "از": ("خبر", "ابراز نگرانی", "ابراز امیدواری", "اظهار نگرانی", "اظهار امیدواری"),
    "بر": ("تأکید", "تاکید"),
}
# «از» that opens a subject or an adverbial, even before a verb that takes it.
_FIXED_FROM = re.compile(" (?:یکی|پس|بعد|قبل|پیش|حفاظت) از ")


def _complements(cue: str) -> list[str]:
    """The words that, before the speech verb ``cue`` in its clause, mark what it said."""
    return ["را"] + [word for word, verbs in _TAKES.items() if cue.startswith(verbs)]


def find_quotes(text: str) -> list[Quote]:
    """Every reported speech act in ``text``, in reading order.

    Shapes are tried from the most to the least certain, and a stretch of text claimed
    by one quote is not taken again by a later shape.
    """
    quotes: list[Quote] = []
    fronted = _fronted_quotes(text)
    # A text no one can be read as the sender of is left (:func:`document_speaker`).
    documents = [(m, document_speaker(text, m)) for m in DOCUMENT_DIRECT.finditer(text)]
    documents = [(m, sender) for m, sender in documents if sender is not None]

    def add(kind: str, cue: str, start: int, end: int, subject) -> None:
        if end > start and all(end <= q.start or start >= q.end for q in quotes):
            quotes.append(Quote(text[start:end], kind, cue, start, end, subject))

    def subject(cue: re.Match[str]) -> tuple[int, int] | None:
        # The sentence a fronted quote opens has its subject after the quote, and so has
        # a speaker joined by a comma to words said after a colon.
        floor = text.rfind("\n", 0, cue.start()) + 1
        ends = [close + 1 for _, close, _ in fronted] + [
            q.end + 1 for q in quotes if q.kind == "direct" and text.startswith("،", q.end)
        ]
        floor = max([floor] + [end for end in ends if floor < end <= cue.start()])
        return sender_again(text, subject_before(text, cue.start(), floor), documents)

    def direct(
        m: re.Match[str], who: Callable[[re.Match[str]], tuple[int, int] | None], bare: bool = False
    ) -> None:
        """Words said after the cue ``m``; ``who(m)`` finds the speaker, only for a quote."""
        if text[m.end() : m.end() + 1] == "«" and not _term_opens(text, m.end()):
            close = _closing_guillemet(text, m.end())
            if close < 0 and not bare:
                close = _unclosed_end(text, m.end())
            if close > 0:
                add("direct", m["cue"], m.end() + 1, close, who(m))
        elif not bare:
            end = _reported_again(text, m.end(), paragraph_end(text, m.end()))
            add("direct", m["cue"], *_unwrapped(text, *_trimmed(text, m.end(), end)), who(m))

    for m in _DIRECT.finditer(text):
        if m["semicolon"] is None or _semicolon_opens(text, m):
            direct(m, subject, m["bare"] is not None)
    used_to_say = list(_USED_TO_SAY.finditer(text))
    for m in used_to_say:
        if m["that"] is None and m["bare"] is None:
            direct(m, subject)
    for m in CITED_DIRECT.finditer(text):
        direct(m, lambda cue: outlet_named(text, *cue.span("who")))
    for m, sender in documents:
        direct(m, lambda _, sender=sender: sender)
    # A statement is read on only while no one else has been quoted since.
    for m in READ_ON.finditer(text):
        before = [(cue, sender) for cue, sender in documents if cue.start() < m.start()]
        if not before:
            continue
        cue, sender = before[-1]
        if all(q.subject == sender for q in quotes if cue.start() < q.start < m.start()):
            direct(m, lambda _, sender=sender: sender)
    for m in _answers(text):
        add(
            "direct",
            m["cue"],
            *_trimmed(text, m.end(), paragraph_end(text, m.end())),
            _answerer(text, m),
        )
    for start, end, who in _interview_answers(text):
        add("direct", _ANSWER_CUE, start, end, who)
    for opening, close, said in fronted:
        # «…»، این را رضایی در جمع خبرنگاران گفت: the quote taken up as the object
        taken_up = _TAKEN_UP.match(text, close + 1)
        floor = taken_up.end() if taken_up else close + 1
        add(
            "direct",
            said["cue"],
            opening + 1,
            close,
            subject_before(text, said.start("cue"), floor),
        )
    for m in INDIRECT.finditer(text):
        start, end = _trimmed(text, m.end(), reported_clause_end(text, m.end()))
        if reports_nothing(text, m):
            continue
        if end - start >= 8 and all(end <= q.start or m.start() >= q.end for q in quotes):
            add("indirect", m["cue"], start, end, subject(m))
    for m in used_to_say:
        told = m["that"] is not None or m["bare"] is not None
        talked_of = _TALKED_OF.search(text, max(0, m.start() - 80), m.start())
        if told and not talked_of and not reports_nothing(text, m):
            end = reported_clause_end(text, m.end())
            add("indirect", m["cue"], *_trimmed(text, m.end(), end), subject(m))
    for m, start, who in according_to(text):
        add("indirect", m["cue"], *_trimmed(text, start, sentence_end(text, start)), who)
    for m in _THIS_WRITING.finditer(text):
        written = [q for q in quotes if q.end <= m.start() and _WROTE.search(q.cue)]
        if written:
            end = sentence_end(text, m.end())
            add("indirect", m["cue"], *_trimmed(text, m.end(), end), written[-1].subject)
    for m in cited_again(text):
        who = outlet_named(text, *m.span("who"))
        add("indirect", m["cue"], *_trimmed(text, m.end(), sentence_end(text, m.end())), who)
    for m in DOCUMENT_SAYS.finditer(text):
        who = document_speaker(text, m)
        if who is not None:
            add("indirect", m["cue"], *_trimmed(text, m.end(), sentence_end(text, m.end())), who)
    for m in requests(text):
        add(
            "indirect",
            m["cue"],
            *_trimmed(text, m.end(), reported_clause_end(text, m.end())),
            subject(m),
        )
    for m, end in spoken_about(text):
        add("indirect", m["cue"], m.end(), end, subject(m))
    for m in sayings(text):
        comma = said_clause_end(text, m.end())
        if comma > 0 and not asks_nothing(text, m, comma):
            add("indirect", m["cue"], *_trimmed(text, m.end(), comma), subject(m))
    return sorted(quotes, key=lambda q: q.start)
