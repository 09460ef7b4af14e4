"""The tense of a clause, told by its first verb: a bare weekday is the coming one in a
future or present clause, and «امروز» in reported words saying what is now is no day.

Only the verb forms news writes are read: «خواهد …» and «قرار است» (future), a past
stem with its ending, a preverb («برداشتیم») or «می» (past), «می‌…» and a preverb glued before it
(present), and the present said without «می»: «است», «دارد», «باید» (a state).
"""

import re

from khabar.news.dates.lexicon import L, R
from khabar.text.chars import ZWNJ

_PAST_STEMS = (
    "شد|کرد|بود|رفت|گفت|داشت|داد|آمد|گرفت|رسید|خواست|توانست|زد|ماند|کشید|گشت|یافت|نمود"
    "|گذاشت|ساخت|دید|پرداخت|افتاد|برد|آورد|نشست|پذیرفت|انجامید|نوشت|افزود|خواند|فرستاد"
    "|گریخت|فروخت|ربود"
    # «درگذشت» (died); not a bare «گذشت» («با گذشت و فداکاری») nor «سال گذشته».
    "|(?<=در)گذشت(?!ه)"
)
_STATES = "است|هست(?:ند|یم)?|نیست(?:ند|یم)?|ن?دار(?:د|ند|یم|ید)|باید"
_TENSE_RE = re.compile(
    rf"{L}(?:(?P<future>ن?خواه(?:م|ی|د|یم|ید|ند)|قرار است)"
    # Not the second person «-ی»: «نشستی مشترک», «برداشتی» are a noun and its «ی».
    rf"|(?P<past>ن?(?:می[{ZWNJ} ])?(?:باز|بر|در|فرا|وا)?(?:{_PAST_STEMS})(?:ه|م|یم|ید|ند)?)"
    rf"|(?P<present>ن?می[{ZWNJ} ](?!\d)\w+)"
    # A preverb glued before «می»: «بازمی‌گردد», «برمی‌گردند», «درمی‌آید».
    rf"|(?P<preverb>(?:باز|بر|در|فرا|وا)ن?می[{ZWNJ} ]?\w+)"
    rf"|(?P<state>{_STATES})){R}"
)
# Bare past stems that are far more often nouns («نشست» session, «پرداخت» payment): read
# as a verb only where a verb ends its clause, before punctuation or a conjunction.
_NOUN_STEMS = frozenset({"نشست", "گشت", "برد", "دید", "ساخت", "پرداخت", "داد"})
# So is a bare stem after a preverb: «درآمد» income, «بازداشت» arrest, «برداشت» withdrawal,
# «بازگشت» return, as in «روز یکشنبه بازداشت خواهد شد».
_PREVERB_STEM = re.compile(rf"(?:باز|بر|در|فرا|وا)(?:{_PAST_STEMS})")
_VERB_ENDS = re.compile(r" ?(?:[.،,؛:!?؟\n]|(?:و|که|تا|اما|ولی)(?!\w)|$)")
_SENTENCE_STOPS = ".!?؟\n"
# A point inside a number or a word, which ends no sentence: «۴.۸ میلیارد», «ج.ا.ا».
POINT_IN_WORD = r"\.(?=[^\s.!?؟»\"'()])"
_POINT_IN_WORD = re.compile(POINT_IN_WORD)
_SENTENCE_END = re.compile(rf"[!?؟\n]|(?!{POINT_IN_WORD})\.")


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` ends: its stop, or the text's end."""
    found = _SENTENCE_END.search(text, pos)
    return len(text) if found is None else found.start()


def sentence_start(text: str, pos: int, since: int = 0) -> int:
    """Where the sentence going on at ``pos`` begins: after the last stop before it, or
    at ``since``, looking back no further."""
    point = text.rfind(".", since, pos)
    while point >= 0 and _POINT_IN_WORD.match(text, point):
        point = text.rfind(".", since, point)
    found = max(point, *(text.rfind(stop, since, pos) for stop in _SENTENCE_STOPS[1:]))
    return found + 1 if found >= 0 else since


def first_verb(text: str, start: int, stop: int, states: bool = True) -> re.Match[str] | None:
    """The first verb between ``start`` and ``stop``, its tense in the group that matched
    (``future``, ``past``, ``present``, ``preverb``, ``state``); with ``states`` False a
    state («است», «دارد») is passed over as no verb."""
    for verb in _TENSE_RE.finditer(text, start, stop):
        if _maybe_noun(verb.group()) and not _VERB_ENDS.match(text, verb.end()):
            continue  # «در حاشیه نشست وزیران …»: the noun, not «sat»
        if verb["state"] and not states:
            continue
        return verb
    return None


def _maybe_noun(word: str) -> bool:
    """Whether a past verb's word is as likely a noun: a bare stem of ``_NOUN_STEMS`` or
    one after a preverb, with no ending and no «می»."""
    return word in _NOUN_STEMS or _PREVERB_STEM.fullmatch(word) is not None
