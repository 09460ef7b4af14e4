"""Names with the word that says what they are: «استان فارس», «شهر مشهد», «شمال عراق»,
«منطقه خاورمیانه», «کتاب حماسه حسینی», «روزنامه کیهان», «هشتمین مسابقات …».

ArmanPersoNER writes such a word into the entity's span. In its fold-1 train split «شهر»
opens 56 places and stands before 4, «استان» 51 and 5, «شهرستان» 23 and 4, «منطقه» 29 and
none, «شمال» 18 and none, «شرق» 11 and 2; «کتاب» opens 10 book titles and stands before 2,
«روزنامه» 85 papers and none; an ordinal opens 71 events and none, «مسابقات» 16 and none.
khabar's own Fars News annotations left such words out (places after «شهر» 89 times
against 1 with it, «استان» 150 against 66, «شمال» 13 against 1), and the recognizer,
trained on both, mostly marks the name alone. Both now follow Arman: the component puts
the word into an entity the recognizer found, and :mod:`khabar.pipeline.fars_ner` reads
the Fars News gold the same way, so entities, the gold they are scored on and future
training agree.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.news.dates.lexicon import CARDINALS
from khabar.text.chars import ZWNJ

_DIRECTIONS = ("شمال", "جنوب", "شرق", "غرب")
# The words that open an entity of each label, as many as stand before it: «هشتمین
# مسابقات قهرمانی کشور».
DESIGNATORS = {
    "LOC": frozenset({"استان", "شهر", "شهرستان", "منطقه", *_DIRECTIONS}),
    "PRO": frozenset({"کتاب", "روزنامه", "هفته\u200cنامه", "ماهنامه", "مجله", "نشریه"}),
    "EVENT": frozenset({"مسابقات", "مسابقه", "رقابت\u200cهای"}),
}
# An ordinal opens an event: «هشتمین جشنواره …», «یکصدمین سالروز …», «نخستین کنفرانس …»;
# not a word that merely ends so («همین», «زمین»).
_HUNDREDS = re.compile(f"(?:یک{ZWNJ}?)?صد|دویست|سیصد|چهارصد|پانصد")


def _ordinal(word: str) -> bool:
    """Whether ``word`` is an ordinal in «-مین» of a number, or «اولین», «نخستین»."""
    stem = word.removesuffix("مین")
    if stem == word:
        return word in ("اولین", "نخستین")
    return stem in CARDINALS or stem == "سو" or _HUNDREDS.fullmatch(stem) is not None


# A direction of two words: «جنوب غربی تهران», «شمال شرق سوریه».
_TWO_WORD_DIRECTIONS = frozenset(
    (first, second) for first in ("شمال", "جنوب") for second in ("شرقی", "غربی", "شرق", "غرب")
)
NAME = "khabar_place_designators"


@Language.component(NAME)
def with_designators(doc: Doc) -> Doc:
    """``doc`` with each place, book or event taking in the designators just before it,
    unless such a word is part of another entity."""
    ents: list[Span] = []
    for ent in doc.ents:
        start = _designated_start(doc, ent, ents[-1].end if ents else 0)
        ents.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label))
    doc.ents = ents
    return doc


def _designated_start(doc: Doc, ent: Span, free_from: int) -> int:
    """Where ``ent`` starts with its designators («شهر شیراز», «جنوب غربی تهران»,
    «هشتمین مسابقات …»), not before ``free_from``."""
    start = ent.start
    while start > free_from:
        word = doc[start - 1].text
        pair = (doc[start - 2].text, word) if start - 2 >= free_from else None
        if ent.label_ == "LOC" and pair in _TWO_WORD_DIRECTIONS:
            start -= 2
        elif word in DESIGNATORS.get(ent.label_, ()) or (ent.label_ == "EVENT" and _ordinal(word)):
            start -= 1
        else:
            break
    return start
