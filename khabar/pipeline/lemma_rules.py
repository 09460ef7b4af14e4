"""Rule-based repairs of the trainable lemmatizer's lemmas, in PerDT's conventions.

The edit-tree lemmatizer learns from about a thousand sentences, so it copies the form
for closed-class words it saw too rarely and leaves writing debris in its lemmas. These
rules fix what is regular in Persian whatever the training data held:

* a lemma never ends in a half-space or an ezafe hamza («خانه‌» «نتیجهٔ» → «خانه»
  «نتیجه»): those are written on the form only, before the next word;
* pronominal clitics split off a word (UD multiword tokens) are a closed class: «ش» «اش»
  «یش» → «او», «مان» → «ما» …, and a copula clitic (AUX) is «#هست» («#است» for «ست»);
* «خود» followed by a clitic keeps the whole word as its lemma («خودش» → «خودش»), as
  PerDT writes it;
* the plural «ها» (with an ezafe or indefinite after it: «پاهای» «نیروهایی») on a noun
  or adjective, and the comparative «تر»/«ترین» on an adjective, come off when what
  remains is a noun or adjective in hazm's lexicon and the whole form is not in it
  («تنها» stays); so does the plural «ان»/«گان» on a word the morphologizer tagged
  plural («نخبگان» → «نخبه»). The indefinite «ی» is left to the lemmatizer: too many
  words end in it («اسلامی») for a tag lexicon to tell, and so is Arabic «ات», which
  PerDT keeps on many words («تسهیلات», «عملیات»).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from khabar.pipeline.lexicon_features import normalize_key
from khabar.text.chars import ZWNJ

EZAFE_HAMZA = "\u0654"

_PERSONS = {"م": "من", "ت": "تو", "ش": "او", "مان": "ما", "تان": "شما", "شان": "آنها"}
# after a vowel the clitic takes a glide: «خانه‌اش», «پایش», «رویمان»
PRONOUN_CLITICS = {
    glide + clitic: lemma for clitic, lemma in _PERSONS.items() for glide in ("", "ا", "ی")
}
COPULA_CLITICS = frozenset(("م", "ی", "یم", "ید", "ند", "ام", "ای", "ایم", "اید", "اند", "یند"))

# the plural «ها» with the ezafe or indefinite after it, longest first
_NOMINAL_ENDINGS = ("هایی", "های", "ها")
_COMPARATIVE_ENDINGS = ("ترین", "تر")
_NOMINAL_TAGS = frozenset(("N", "AJ"))
# a shorter stem before «ان» is more often part of a word («بحران», «همگان») than a
# singular the lemmatizer did not know
_MIN_AN_STEM = 4

Lookup = Callable[[str], str | None]


def lexicon_lookup(table: dict[str, str]) -> Lookup:
    """hazm's tags of a word (``lexicon_features``' table), also when written without
    its half-spaces; None for a word outside the lexicon."""

    def lookup(word: str) -> str | None:
        key = normalize_key(word)
        return table.get(key) or table.get(key.replace(ZWNJ, ""))

    return lookup


def clean(lemma: str) -> str:
    """The lemma without a trailing half-space or ezafe hamza (never part of a lemma)."""
    return lemma.rstrip(ZWNJ + EZAFE_HAMZA) or lemma


def clitic_lemma(token: Token, first: int) -> str | None:
    """The lemma of a clitic split off the word starting at ``first``, or None."""
    form = token.text
    if token.i > first and token.pos_ == "AUX" and form in COPULA_CLITICS:
        return "#هست"
    if token.i > first and token.pos_ == "AUX" and form == "ست":
        return "#است"
    if token.pos_ != "AUX" and form in PRONOUN_CLITICS:
        return PRONOUN_CLITICS[form]
    return None


def is_nominal(tags: str | None) -> bool:
    """Whether hazm tags a word as a noun or adjective, and neither a broken plural
    («PL») nor a numeral: PerDT keeps «صدها» «ده‌ها» («hundreds») whole."""
    if not tags:
        return False
    parts = set(tags.split(","))
    return bool(parts & _NOMINAL_TAGS) and not parts & {"PL", "NUM"}


def nominal_stem(form: str, lookup: Lookup, endings: tuple[str, ...]) -> str | None:
    """``form`` without one of ``endings`` when the rest is a noun or adjective in the
    lexicon and ``form`` itself is not in it: «پاهای» → «پا»."""
    if lookup(form):
        return None
    for ending in endings:
        if not form.endswith(ending) or len(form) <= len(ending) + 1:
            continue
        stem = form[: -len(ending)].rstrip(ZWNJ)
        if is_nominal(lookup(stem)):
            return stem
    return None


def an_plural_stem(form: str, lookup: Lookup) -> str | None:
    """The singular of a plural in «ان»: «دشمنان» → «دشمن», «نخبگان» → «نخبه» (silent
    «ه» turns into «گ»), «دانشجویان» → «دانشجو» (glide after a vowel), «ایرانیان» →
    «ایرانی» (the «ی» of a relational adjective stays); None unless the singular, or
    what it is derived from, is a noun or adjective in the lexicon."""
    if not form.endswith("ان") or len(form) < _MIN_AN_STEM + 2:
        return None
    stem = form[:-2].rstrip(ZWNJ)
    if stem.endswith("گ") and len(stem) >= _MIN_AN_STEM and is_nominal(lookup(stem[:-1] + "ه")):
        return stem[:-1] + "ه"
    if stem.endswith("ی") and stem[-2] in "او":
        return stem[:-1] if is_nominal(lookup(stem[:-1])) else None
    if stem.endswith("ی") and (is_nominal(lookup(stem)) or is_nominal(lookup(stem[:-1]))):
        return stem
    return stem if len(stem) >= _MIN_AN_STEM and is_nominal(lookup(stem)) else None


def nominal_lemma(token: Token, lookup: Lookup) -> str | None:
    """A better lemma for a noun or adjective left inflected by the lemmatizer, or None.
    The plural «ان» is taken off only where the morphologizer found a plural: too many
    singular words end in it («جهان», «میزان») for the lexicon alone to tell."""
    if token.pos_ not in ("NOUN", "ADJ") or clean(token.lemma_) != clean(token.text):
        return None
    form = clean(token.text)
    stem = nominal_stem(form, lookup, _NOMINAL_ENDINGS)
    if stem is None and token.pos_ == "ADJ":
        stem = nominal_stem(form, lookup, _COMPARATIVE_ENDINGS)
    if stem is None and "Plur" in token.morph.get("Number"):
        stem = an_plural_stem(form, lookup)
    return stem


def clitic_groups(doc: Doc) -> dict[int, int]:
    """Token index → index of the first word of its multiword token."""
    first_of: dict[int, int] = {}
    for first, last, _form in doc._.multiword:
        for i in range(first, last + 1):
            first_of[i] = first
    return first_of


def repair(doc: Doc, lookup: Lookup) -> None:
    """Apply the rules above to every token's lemma, in place."""
    first_of = clitic_groups(doc)
    for token in doc:
        lemma = clean(token.lemma_)
        if token.i in first_of:
            first = first_of[token.i]
            lemma = clitic_lemma(token, first) or lemma
            if token.i == first and token.text == "خود" and token.i + 1 in first_of:
                lemma = token.text + token.doc[token.i + 1].text
        token.lemma_ = nominal_lemma(token, lookup) or lemma
