"""Rule-based repairs of the trainable lemmatizer's lemmas, in PerDT's conventions.

The edit-tree lemmatizer learns from about a thousand sentences, so it copies the form
for closed-class words it saw too rarely and leaves writing debris in its lemmas. These
rules fix what is regular in Persian whatever the training data held:

* a lemma never ends in a half-space or an ezafe hamza («خانه‌» «نتیجهٔ» → «خانه»
  «نتیجه»): those are written on the form only, before the next word;
* pronominal clitics split off a word (UD multiword tokens) are a closed class: «ش» «اش»
  «یش» → «او», «مان» → «ما» …, and a copula clitic (AUX) is «#هست» («#است» for «ست»);
* a demonstrative pronoun keeps its plural «ان»: «آنان», «اینان», as PerDT writes them;
* «خود» followed by a clitic keeps the whole word as its lemma («خودش» → «خودش»), as
  PerDT writes it;
* the plural «ها» (with an ezafe or indefinite after it: «پاهای» «نیروهایی») on a noun
  or adjective, and the comparative «تر»/«ترین» on an adjective, come off after a
  half-space, or when what remains is a noun or adjective in hazm's lexicon and the
  whole form is not («تنها», «برتر» stay);
* the plural «ان»/«گان» (with an indefinite «ی» after it: «کارگرانی») comes off a word
  the morphologizer tagged plural or, outside a name, hazm's lexicon has no tags for
  («نخبگان» → «نخبه»); the indefinite «ی» is left to the lemmatizer: too many words end
  in it («اسلامی») for a tag lexicon to tell, and so is Arabic «ات», which PerDT keeps
  on many words («تسهیلات», «عملیات»);
* an adjective in «ی» whose stem hazm has only as a noun is a relational adjective
  and keeps its «ی» («رفاهی», «میدانی»), where the lemmatizer took it for the
  indefinite;
* the ezafe «ی» after a final «ا» or «و» comes off a noun, adjective or name the
  lexicon has without it («دنیای» → «دنیا», «شورای» → «شورا»);
* an Arabic broken plural that hazm tags plural and the morphologizer plural becomes
  the singular its pattern allows and the lexicon has («مفاهیم» → «مفهوم», «مناطق» →
  «منطقه», «علما» → «عالم»).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.attrs import ENT_TYPE, LEMMA, MORPH, ORTH, POS
from spacy.lang.fa.lex_attrs import _num_words as CARDINALS
from spacy.lang.fa.lex_attrs import like_num
from spacy.symbols import ADJ, NOUN, NUM, PRON, PROPN
from spacy.tokens import Doc, Token

from khabar.pipeline.common_verbs import COMMON_VERBS
from khabar.pipeline.lexicon_features import normalize_key
from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)
from khabar.text.chars import ZWNJ

EZAFE_HAMZA = "\u0654"
_HALF_INDEFINITE = "ه" + ZWNJ + "ا"

# the pronominal clitics and the pronoun each stands for
CLITIC_PRONOUNS = {"م": "من", "ت": "تو", "ش": "او", "مان": "ما", "تان": "شما", "شان": "آنها"}
# after a vowel the clitic takes a glide: «خانه‌اش», «پایش», «رویمان»
PRONOUN_CLITICS = {
    glide + clitic: lemma for clitic, lemma in CLITIC_PRONOUNS.items() for glide in ("", "ا", "ی")
}
DEMONSTRATIVES = frozenset(("آن", "این"))
COPULA_CLITICS = frozenset(("م", "ی", "یم", "ید", "ند", "ام", "ای", "ایم", "اید", "اند", "یند"))

# the plural «ها» with the ezafe or indefinite after it, longest first
_NOMINAL_ENDINGS = ("هایی", "های", "ها")
_COMPARATIVE_ENDINGS = ("ترین", "تر")
_NOMINAL_TAGS = frozenset(("N", "AJ"))
_NOT_NOUN_ONLY = frozenset(("AJ", "ADV", "PL"))
_NOT_FEMININE_SINGULAR = frozenset(("AJ", "PL"))
_NOMINAL_POS = frozenset((NOUN, ADJ, PROPN))
# words whose lemma is never a verb's «past#present», whatever the lemmatizer says
NAMING_POS = frozenset((NOUN, PROPN))
# hazm's tags of a word that is only ever a noun: a classifier («نوع») or a noun that
# heads a relative clause («حد») is still one
_NOUN_ONLY = frozenset(("N", "RES", "CL"))
# present stems long enough to tell a verbal noun by («‌گیر», «ساز», «گذار»): two-letter
# ones end too many plain nouns («رهبر», «مادر»)
_MIN_PRESENT_STEM = 3
# «نجات», «مناجات» are words of their own
_MIN_JAT_FORM = 6
_VOWELS = ("ا", "و", "ی")
PRESENT_STEMS = frozenset(
    present for verb in COMMON_VERBS if len(present := verb.split("#")[-1]) >= _MIN_PRESENT_STEM
)
# a shorter stem before «ان» is more often part of a word («بحران», «همگان») than a
# singular the lemmatizer did not know
_MIN_AN_STEM = 4
# the plural «ان», bare or with an indefinite or ezafe «ی» after it
_AN_ENDINGS = ("ان", "انی")

# Arabic broken plurals, as templates over the root's letters (digits): each plural
# pattern with the singular patterns it comes from, the likelier first. «ه»/«ت» singulars
# come first after «م» and «و» patterns («مناطق» ← «منطقه», not «منطق»), the bare root
# first in «افعال» («اوراق» ← «ورق», not «ورقه»).
BROKEN_PLURALS = (
    ("ا12ا3", ("123", "1ا23", "123ه", "123ت", "1ا3")),  # افراد ← فرد, اصحاب ← صاحب, اموال ← مال
    ("آ1ا2", ("ا12",)),  # آثار ← اثر: «آ» is «ا» and a hamza root letter
    ("12و3", ("123", "12")),  # امور ← امر, فنون ← فن
    ("م1ا23", ("م123ه", "م123ت", "م123")),  # مناطق ← منطقه, مراکز ← مرکز
    ("12ا3ی4", ("123و4", "123ا4", "123ی4", "1ا3و4")),  # مفاهیم تعالیم فرامین قوانین
    # وسایل ← وسیله, دلایل ← دلیل, حقایق ← حقیقت, وقایع ← واقعه, صنایع ← صنعت
    ("12ای3", ("12ی3ه", "12ی3ت", "12ی3", "1ای3ه", "1ای3", "1ا23ه", "123ت")),
    ("12ائ3", ("12ی3ه", "12ی3ت", "12ی3", "1ای3ه", "1ا23ه", "123ت")),  # عقائد, مصائب
    ("1وا23", ("1ا23ه", "1ا23")),  # حوادث ← حادثه, عوامل ← عامل
    ("123ا", ("12ی3", "1ا23")),  # شهدا ← شهید, علما ← عالم
    ("123اء", ("12ی3", "1ا23")),
    ("ا12ا", ("ا1ی2", "12و", "12")),  # اسرا ← اسیر, امرا ← امیر, اعضا ← عضو
    ("ا12اء", ("12و", "12ء")),  # اشیاء ← شیء
    ("123", ("12ت", "12ا3", "12ی3")),  # ملل ← ملت, کتب ← کتاب, طرق ← طریق
    ("12ا3", ("123", "123ه")),  # رجال ← رجل, نقاط ← نقطه
    ("12ا34", ("1234",)),  # عناصر ← عنصر
    ("12ایا", ("12یه", "12یت")),  # قضایا ← قضیه, رعایا ← رعیت
)
_SOUND_PLURALS = ("ات", "ها", "های", "ان")

Lookup = Callable[[str], str | None]
_ATTRS = [ORTH, LEMMA, POS, MORPH, ENT_TYPE]
_MODIFIED = frozenset((NOUN, ADJ, PROPN, NUM))
# entities whose words are names, not inflected nouns («صادقیان», «زاهدان», «لاریجانی»)
NAME_LABELS = frozenset({"PER", "LOC"})
_CACHED_WORDS = 1 << 16


class Word(NamedTuple):
    """What the rules read of a word: its form, the lemmatizer's lemma, its UPOS, whether
    the morphologizer found it plural, whether it lies in a named entity, whether it
    follows a noun, adjective, numeral or name (``modifies``), as a relational adjective
    or a surname does («مسئولان استانی», «علی جمالی»), and whether the entity names a
    person or place, whose words are names with no plural or indefinite to take off
    («صادقیان», «زاهدان», «لاریجانی»; a body's name is made of inflected nouns:
    «مجلس خبرگان»)."""

    form: str
    lemma: str
    pos: int
    plural: bool = False
    named: bool = False
    modifies: bool = False
    person_or_place: bool = False


def _template(pattern: str) -> tuple[re.Pattern[str], list[int]]:
    """A plural pattern as a regular expression (a root letter is never «ا») and the
    order of the root letters it captures."""
    regex = "".join("([^اآ])" if c.isdigit() else c for c in pattern)
    return re.compile(f"^{regex}$"), [int(c) for c in pattern if c.isdigit()]


# Broken plurals PerDT lemmatizes as themselves, every time in its tune part: «حدود»
# («about», «limits»; 5 of 5, and «حدودی» → «حدود»).
WHOLE_PLURALS = frozenset({"حدود"})
_BROKEN_PLURALS = tuple((_template(p), singulars) for p, singulars in BROKEN_PLURALS)


def lexicon_lookup(table: dict[str, str]) -> Lookup:
    """hazm's tags of a word (``lexicon_features``' table), also when written without
    its half-spaces; None for a word outside the lexicon."""

    def lookup(word: str) -> str | None:
        key = normalize_key(word)
        return table.get(key) or table.get(key.replace(ZWNJ, ""))

    return lookup


def clean(lemma: str) -> str:
    """The lemma without a trailing half-space or ezafe hamza (never part of a lemma),
    or without the «‌ا» left of an indefinite «‌ای» after a silent «ه» half taken off
    («جاده‌ای» → «جاده‌ا» → «جاده»)."""
    lemma = lemma.rstrip(ZWNJ + EZAFE_HAMZA) or lemma
    return lemma[:-2] if lemma.endswith(_HALF_INDEFINITE) else lemma


def clitic_lemma(token: Token, first: int) -> str | None:
    """The lemma of a clitic split off the word starting at ``first``, or None. A
    clitic that can be a pronoun or a copula («م», «ام», «یم») is told apart by its tag;
    one that can only be a copula («اند», «ید», «ست» of «سال‌هاست») is one whatever its
    tag."""
    form = token.text
    copula = token.i > first and (
        form in COPULA_CLITICS and (token.pos_ == "AUX" or form not in PRONOUN_CLITICS)
    )
    if copula:
        return "#هست"
    if token.i > first and form == "ست":
        return "#است"
    if token.pos_ != "AUX" and form in PRONOUN_CLITICS:
        return PRONOUN_CLITICS[form]
    return None


def is_nominal(tags: str | None) -> bool:
    """Whether hazm tags a word as a noun or adjective and not as a broken plural
    («PL»). Its «NUM» tag is no guide: «راه» and «چاله» carry it."""
    if not tags:
        return False
    parts = set(tags.split(","))
    return bool(parts & _NOMINAL_TAGS) and "PL" not in parts


def relational(stem: str, lookup: Lookup) -> bool:
    """Whether an adjective of ``stem`` and «ی» is a relational adjective («نوروزی»,
    «رفاهی»), not an adjective with the indefinite «ی» («جدیدی»): hazm tags the stem as
    a singular noun and never as an adjective or adverb, and it does not end in a vowel
    (after which a «ی» is the ezafe: «پیکارجوی»)."""
    tags = lookup(stem)
    if not tags or stem.endswith(("ا", "و")):
        return False
    parts = set(tags.split(","))
    return "N" in parts and not parts & _NOT_NOUN_ONLY


def _suffix_stem(form: str, lookup: Lookup, endings: tuple[str, ...]) -> str | None:
    """``form`` less the first of ``endings`` it ends in: always after a half-space
    («راه‌های» → «راه», «اصلی‌ترین» → «اصلی»), else when the lexicon has the rest as a
    noun or adjective and not ``form`` itself («پاهای» → «پا», but «تنها», «برتر»)."""
    for ending in endings:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            if stem.endswith(ZWNJ):
                return stem.rstrip(ZWNJ)
            return stem if not lookup(form) and is_nominal(lookup(stem)) else None
    return None


def plural_stem(form: str, lookup: Lookup) -> str | None:
    """``form`` less the plural «ها» (and an ezafe or indefinite after it). A numeral's
    plural stays whole, as PerDT keeps it: «ده‌ها», «صدها» («tens», «hundreds»)."""
    stem = _suffix_stem(form, lookup, _NOMINAL_ENDINGS)
    return None if stem is None or like_num(stem) else stem


def comparative_stem(form: str, lookup: Lookup) -> str | None:
    """An adjective less the comparative «تر» or superlative «ترین»."""
    return _suffix_stem(form, lookup, _COMPARATIVE_ENDINGS)


def indefinite_stem(form: str, lookup: Lookup) -> str | None:
    """A common noun less its indefinite «ی» («نگاهی» → «نگاه», «چیزی» → «چیز»), where
    hazm has the rest only as a noun and not the form itself, and the form is no verbal
    noun («دسترسی»). A noun-only stem rarely takes a derivational «ی»: that makes
    adjectives and abstract nouns of adjectives («آزادی»), which hazm tags «AJ». Not
    after a vowel, where «ی» is a glide, an ezafe or a word's own («جایی», «دنیای»), and
    not in a word written with a half-space («دانش‌آموزی»), whose parts hazm lists apart."""
    if len(form) < 3 or not form.endswith("ی") or form[-2] in _VOWELS or ZWNJ in form:
        return None
    stem = form[:-1]
    tags = lookup(stem)
    if not tags or lookup(form) or verbal_noun(stem, lookup):
        return None
    parts = set(tags.split(","))
    return stem if "N" in parts and parts <= _NOUN_ONLY else None


def verbal_noun(stem: str, lookup: Lookup) -> bool:
    """Whether ``stem`` ends in a verb's present stem after a word of its own
    («جلوگیر», «سرمایه‌گذار», «گروگانگیر»): with «ی» after it, it is nearly always the
    verbal noun («جلوگیری» «prevention»), seldom an agent noun with the indefinite. Not
    after a vowel, where the «ی» is an ezafe or a glide («سینمای», «گفت‌وگویی»), nor
    after a word hazm has as an adjective only («چشمگیری» «a remarkable»)."""
    tags = lookup(stem)
    if stem.endswith(_VOWELS) or (tags and "N" not in tags.split(",")):
        return False
    return any(stem[-n:] in PRESENT_STEMS for n in range(_MIN_PRESENT_STEM, len(stem) - 1))


def ezafe_stem(form: str, lookup: Lookup) -> str | None:
    """A word in «ا» or «و» less the ezafe «ی» written after it («دنیای» → «دنیا»,
    «بازوی» → «بازو»), when the lexicon has the word and not the form."""
    if form.endswith(("ای", "وی")) and not lookup(form) and is_nominal(lookup(form[:-1])):
        return form[:-1]
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


def broken_plural_singular(form: str, lookup: Lookup) -> str | None:
    """The singular of an Arabic broken plural that hazm's lexicon tags plural («PL»),
    also with an ezafe or indefinite «ی» after it («شهدای», «تصاویری»): the first
    singular its patterns allow that the lexicon has as a noun or adjective («مفاهیم» →
    «مفهوم», «مناطق» → «منطقه»); None for any other word."""
    if not _tagged_plural(form, lookup) and form.endswith("ی"):
        form = form[:-1]
    if not _tagged_plural(form, lookup):
        return None
    letters = normalize_key(form).replace("أ", "ا")
    for (regex, order), singulars in _BROKEN_PLURALS:
        match = regex.match(letters)
        if not match:
            continue
        root = dict(zip(order, match.groups(), strict=True))
        for singular in singulars:
            word = "".join(root[int(c)] if c.isdigit() else c for c in singular)
            for spelling in (word, "آ" + word[1:] if word.startswith("ا") else word):
                if spelling != form and is_nominal(lookup(spelling)):
                    return spelling
    return None


def _tagged_plural(form: str, lookup: Lookup) -> bool:
    """Whether hazm tags ``form`` as a plural other than a sound one («ات» «ها» «ان»)."""
    tags = lookup(form)
    return bool(tags) and "PL" in tags.split(",") and not form.endswith(_SOUND_PLURALS)


def nominal_lemma(word: Word, lookup: Lookup) -> str | None:
    """The lemma of a noun, adjective or name, or None for other words.

    Where the lemmatizer left the form as written, or only took an ezafe or indefinite
    «ی» off («زنانی» → «زنان»), the rules above take the rest off; where it made up a
    lemma the lexicon does not know for a plural in «ان», «ات» or a broken plural, or a
    word with the ezafe after a vowel («نخبگان» → «نخبگ», «خاطرات» → «خاطرت», «مقاصد» →
    «مقصده», «انتهای» → «انت»), the word the lexicon has replaces it («نخبه», «خاطره»,
    «مقصد», «انتها»), unless it is a spelling of that word.
    A noun's or a name's lemma is never a verb's «past#present»: one the lemmatizer
    took for a verb keeps its form («به نوشته» «according to»). A cardinal takes no
    indefinite «ی»: «یکی» («one of them», «someone») is a word of its own, not «یک» +
    «ی»."""
    if word.pos not in _NOMINAL_POS:
        return None
    form, lemma = clean(word.form), clean(word.lemma)
    indefinite_off = form == lemma + "ی" and not lemma.endswith(_VOWELS)
    if word.person_or_place and (indefinite_off or _an_off(form, lemma)):
        return form
    if word.pos in NAMING_POS and "#" in lemma:  # «پرداخت» «payment» is no «پرداخت#پرداز»
        lemma = form
    if lemma == form and (stem := ezafe_stem(form, lookup)):
        return stem
    if word.pos == PROPN:  # a name's inflection only where the lemmatizer saw one
        return form if lemma == form else lexicon_word(form, lemma, word, lookup)
    if lemma in CARDINALS and form == lemma + "ی":  # «یکی» «one of them» is no «a one»
        return form
    if word.pos == ADJ and form == lemma + "ی" and relational(lemma, lookup):
        return form
    if word.pos == NOUN and lemma == form and not (word.named or word.modifies):
        lemma = indefinite_stem(form, lookup) or lemma
    if form in (lemma + "ات", lemma + "اتی") and (singular_h := at_singular_in_h(lemma, lookup)):
        return singular_h
    if word.pos == NOUN and (singular_at := at_indefinite_singular(word, lookup)):
        return singular_at
    if _only_ezafe_off(form, lemma):
        verbal = form == lemma + "ی" and verbal_noun(lemma, lookup)
        if inflected_broken_plural(form, lemma, lookup):
            word = word._replace(plural=True)
        return singular(lemma, word, lookup) or (form if verbal else lemma)
    return lexicon_word(form, lemma, word, lookup)


def inflected_broken_plural(form: str, lemma: str, lookup: Lookup) -> bool:
    """Whether the lemmatizer took an ezafe or indefinite «ی» off a word hazm tags as a
    broken plural («مسائلی» → «مسائل», «رقبای» → «رقبا»): a plural whatever the
    morphologizer says, for :func:`singular` to undo; not one PerDT keeps whole as a
    word of its own («تا حدودی» → «حدود», as «حدود» is «حدود»: :data:`WHOLE_PLURALS`)."""
    return lemma != form and lemma not in WHOLE_PLURALS and _tagged_plural(lemma, lookup)


def lexicon_word(form: str, lemma: str, word: Word, lookup: Lookup) -> str | None:
    """The lexicon's word behind ``form`` where the lemmatizer's ``lemma`` is no word
    of the lexicon nor a spelling of that word, else None: a singular the rules above
    find, else the form itself where the lexicon has it as a word that is no plural
    («الان» → «ال» → «الان», «آپارتمان» → «آپارتم» → «آپارتمان»)."""
    if lookup(lemma):
        return None
    stem = an_plural_stem(form, lookup) or ezafe_stem(form, lookup) or jat_plural_stem(form, lookup)
    if stem is None and word.plural:
        stem = at_plural_stem(form, lookup) or broken_plural_singular(form, lookup)
    if stem is None and is_word(form, lookup):
        stem = form
    return stem if stem and not _spelling_of(lemma, stem) else None


def is_word(form: str, lookup: Lookup) -> bool:
    """Whether hazm has ``form`` as a word of its own, not as a plural."""
    tags = lookup(form)
    return bool(tags) and "PL" not in tags.split(",")


def _spelling_of(lemma: str, stem: str) -> bool:
    """Whether the lemmatizer's ``lemma`` is the lexicon's ``stem`` as well: the two differ
    only in how the hamza is written, or the lemma has a «ی» after a consonant, a
    singular in «ی» the lexicon lacks (PerDT's «دیگری» for «دیگران»; after a vowel the
    «ی» is a glide: «آقای» for «آقایان» is «آقا»)."""
    if lemma == stem + "ی" and not stem.endswith(("ا", "و")):
        return True
    return _unhamzated(stem) == _unhamzated(lemma)


def _unhamzated(word: str) -> str:
    """``word`` without its hamza, whatever its seat: «مسأله» and «مسئله» are one word."""
    return re.sub("[أإئؤء]", "", word)


def singular(text: str, word: Word, lookup: Lookup) -> str | None:
    """``text`` (``word``'s lemma) less its plural (or comparative, for an adjective)
    ending, or None. The plural «ان» is undone where the morphologizer found a plural
    or, outside a name («حجاریان», «مهاجرانی»), the lexicon has no tags for the word:
    too many singular words end in «ان» («جهان», «میزان»), and hazm tags those, not the
    plurals («کارگران»). Broken plurals are undone only where the morphologizer found a
    plural (or :func:`inflected_broken_plural` did): the masdar «افعال» looks like one
    («اعلام» «announcement», «اعمال» «applying»)."""
    stem = plural_stem(text, lookup)
    if stem is None and word.pos == ADJ:
        stem = comparative_stem(text, lookup)
    an_plural = text.endswith(_AN_ENDINGS)
    if stem is None and an_plural and (word.plural or not (word.named or lookup(text))):
        stem = an_plural_stem(text, lookup) or an_indefinite_plural_stem(text, lookup)
    if stem is None and word.plural:
        stem = broken_plural_singular(text, lookup)
    return stem or jat_plural_stem(text, lookup)


def jat_plural_stem(form: str, lookup: Lookup) -> str | None:
    """The singular of a plural in «جات», which Persian makes of a word in silent «ه»
    («کارخانجات» → «کارخانه», «میوه‌جات» → «میوه») or in «ی» («سبزیجات» → «سبزی»), where
    the lexicon has it."""
    return _plural_stem(form, "جات", _MIN_JAT_FORM, ("ه", ""), lookup)


def an_indefinite_plural_stem(form: str, lookup: Lookup) -> str | None:
    """The singular of a plural in «ان» with an indefinite or ezafe «ی» after it
    («کارگرانی» → «کارگر»), where neither the form nor the plural is a word of the
    lexicon of its own («زمانی» is «زمان» + «ی», «جهانی» a word)."""
    if not form.endswith("انی") or lookup(form) or lookup(form[:-1]):
        return None
    return an_plural_stem(form[:-1], lookup)


def at_plural_stem(form: str, lookup: Lookup) -> str | None:
    """The singular of a plural in Arabic «ات» the lexicon has: in «ه» («خاطرات» →
    «خاطره»), bare («اعتبارات» → «اعتبار») or in «ت» («حرکات» → «حرکت»)."""
    return _plural_stem(form, "ات", 5, ("ه", "", "ت"), lookup)


def _plural_stem(
    form: str, ending: str, shortest: int, restores: tuple[str, ...], lookup: Lookup
) -> str | None:
    """The first of the stem before ``ending`` with each of ``restores`` after it that
    the lexicon has as a noun or adjective; None for a form under ``shortest`` letters."""
    if not form.endswith(ending) or len(form) < shortest:
        return None
    stem = form[: -len(ending)].rstrip(ZWNJ)
    return next((w for w in (stem + r for r in restores) if is_nominal(lookup(w))), None)


def at_indefinite_singular(word: Word, lookup: Lookup) -> str | None:
    """The singular of a plural in «ات» with an indefinite «ی» after it, where the
    lemmatizer left the form or took only the «ی» off («مشکلاتی», «مذاکراتی» → «مشکل»,
    «مذاکره»). Only where the morphologizer found a plural, and not after a noun or
    adjective, where a word in «اتی» is more often a relational adjective tagged as a
    noun («نظام مالیاتی», «اردوی تدارکاتی»)."""
    form, lemma = clean(word.form), clean(word.lemma)
    inflected = word.plural and not word.modifies and form.endswith("اتی")
    if not inflected or lemma not in (form, form[:-1]):
        return None
    return at_plural_stem(form[:-1], lookup)


def at_singular_in_h(stem: str, lookup: Lookup) -> str | None:
    """The singular in «ه» of a plural in «ات» the lemmatizer took «ات» off, where the
    lexicon has the rest only as a noun and the word in «ه» as one too: «حملات» → «حمل» →
    «حمله», «ذرات» → «ذره»: Arabic makes «ات» plurals of its nouns in «ة» («حملة»), and
    where the lexicon has both words the plural is more often the «ه» one's (in the
    treebanks' tune parts, every time). The rest of an adjective's plural stays
    («موضوعات» → «موضوع», «صادرات» → «صادر»)."""
    tags = lookup(stem)
    if not tags or set(tags.split(",")) & _NOT_FEMININE_SINGULAR:
        return None
    return stem + "ه" if is_nominal(lookup(stem + "ه")) else None


def _an_off(form: str, lemma: str) -> bool:
    """Whether ``lemma`` is ``form`` less a final «ان» or «انی» (and more)."""
    return form.endswith(_AN_ENDINGS) and len(lemma) < len(form)


def _only_ezafe_off(form: str, lemma: str) -> bool:
    """Whether ``lemma`` is ``form`` or ``form`` less a final ezafe or indefinite «ی»."""
    return lemma == form or any(form == lemma + e for e in ("ی", "یی", ZWNJ + "ی", "ای"))


def plural_pronoun(word: Word) -> str | None:
    """A demonstrative's plural in «ان» the lemmatizer took the plural off («آنان» →
    «آن»), or None: PerDT lemmatises «آنان» and «اینان» as themselves, as it does «آنها»."""
    if word.pos == PRON and word.lemma in DEMONSTRATIVES and word.form == word.lemma + "ان":
        return word.form
    return None


def clitic_groups(doc: Doc) -> dict[int, int]:
    """Token index → index of the first word of its multiword token."""
    first_of: dict[int, int] = {}
    for first, last, _form in doc._.multiword:
        for i in range(first, last + 1):
            first_of[i] = first
    return first_of


def repair(doc: Doc, lookup: Lookup) -> None:
    """Apply the rules above to every token's lemma, in place."""
    Repairs(lookup)(doc)


def clitic_group_lemma(token: Token, first_of: dict[int, int]) -> str | None:
    """The lemma of a word of a multiword token the clitic rules give, or None."""
    first = first_of[token.i]
    if token.i == first and token.text == "خود" and token.i + 1 in first_of:
        return token.text + token.doc[token.i + 1].text
    return clitic_lemma(token, first)


@functools.lru_cache(maxsize=256)
def is_plural(feats: str) -> bool:
    """Whether UD features («Number=Plur|Person=3») say plural."""
    return any(f.startswith("Number=") and "Plur" in f[7:].split(",") for f in feats.split("|"))


class Repairs:
    """The rules above over one lexicon. Only words the clitic rules or a change need
    become Token objects, and a word's lemma is worked out once: the rules read nothing
    but the word itself and the kind of word before it, and a text repeats its words."""

    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        # the hashes a word's lemma depends on (:meth:`_lemma`) → its lemma
        self._lemmas: dict[tuple[int, int, int, int, int, bool], str] = {}

    def word_lemma(self, word: Word) -> str:
        """The lemma of a word outside a multiword token, or one the clitic rules leave."""
        return nominal_lemma(word, self.lookup) or plural_pronoun(word) or clean(word.lemma)

    def _lemma(
        self, strings, orth: int, lemma: int, pos: int, morph: int, ent_type: int, modifies: bool
    ) -> str:
        key = (orth, lemma, pos, morph, ent_type, modifies)
        found = self._lemmas.get(key)
        if found is None:
            if len(self._lemmas) >= _CACHED_WORDS:
                self._lemmas.clear()
            plural = bool(morph) and is_plural(strings[morph])
            proper = strings[ent_type] in NAME_LABELS if ent_type else False
            word = Word(strings[orth], strings[lemma], pos, plural, ent_type != 0, modifies, proper)
            found = self._lemmas[key] = self.word_lemma(word)
        return found

    def __call__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        first_of = clitic_groups(doc)
        previous = 0
        for i, (orth, lemma_id, pos, morph, ent_type) in enumerate(doc.to_array(_ATTRS).tolist()):
            lemma = clitic_group_lemma(doc[i], first_of) if i in first_of else None
            if lemma is None:
                modifies = previous in _MODIFIED
                lemma = self._lemma(strings, orth, lemma_id, pos, morph, ent_type, modifies)
            if lemma != strings[lemma_id]:
                doc[i].lemma_ = lemma
            previous = pos
