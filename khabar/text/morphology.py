"""Persian word-building for the half-space repairer and the search keys: which letters
join, the verb prefixes and endings, the noun suffix chains, and the finite forms of a verb.
"""

from collections.abc import Iterable

from khabar.text.chars import ZWNJ

# Letters that do not join the next letter: a half-space after them is invisible and
# PerDT does not write one.
NON_JOINING = frozenset("اآأإٱدذرزژوؤۀةء")

PREVERBS = ("بر", "در", "باز", "فرو", "فرا", "وا", "ور")
PERSONAL_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PAST_ENDINGS = ("م", "ی", "", "یم", "ید", "ند")
COPULAS = ("ام", "ای", "ایم", "اید", "اند")
POSSESSIVES = ("م", "ت", "ش", "مان", "تان", "شان")

# Suffix chains after a noun or adjective; each chain is written joined to itself.
PLURAL_SUFFIXES = (
    "ها",
    *("ها" + p for p in POSSESSIVES),
    "های",
    "هایی",
    *("های" + p for p in POSSESSIVES),
)
COMPARATIVE_SUFFIXES = ("تر", "ترین", "تری")
# After a silent «ه» the indefinite, the possessive and the copula are written apart.
AFTER_H_SUFFIXES = ("ای", "ام", "ات", "اش", "ایم", "اید", "اند", "اشان", "مان", "تان", "شان")
# After «ی» the possessive, the copula and the indefinite keep their alef and a
# half-space: «زندگی‌ام», «سنتی‌ای».
AFTER_Y_SUFFIXES = ("ام", "ات", "اش", "ایم", "اید", "اند", "ای")
SUFFIXES = (*PLURAL_SUFFIXES, *COMPARATIVE_SUFFIXES, *AFTER_H_SUFFIXES, *AFTER_Y_SUFFIXES)
# Suffixes written joined to any stem: a known word plus one of these is known too.
JOINED_SUFFIXES = ("", "ان", "ات", "ی", "یی", "ش", "م", "ت", "مان", "تان", "شان", "یم", "ید", "ند")

# Comparatives the language has fused: written joined even after a joining letter.
FUSED_COMPARATIVES = frozenset(
    ("بیشتر", "بیشترین", "بهتر", "بهترین", "کمتر", "کمترین", "مهتر", "کهتر", "بیشتری", "بهتری")
)


def join(left: str, right: str) -> str:
    """Write ``right`` after ``left`` as one word: with a half-space where it shows."""
    if not left or not right or left[-1] in NON_JOINING:
        return left + right
    return left + ZWNJ + right


def with_mood(mood: str, stem: str) -> str:
    """«ب»/«ن» before a stem; before «آ» they take a glide: «بیاور», «نیامد»."""
    return mood + "یا" + stem[1:] if stem.startswith("آ") else mood + stem


def verb_forms(stems: Iterable[tuple[str, str]]) -> set[str]:
    """Every simple finite form and past participle (with copula) of the given verbs.

    A present stem ending in a vowel letter takes its endings both directly («روم») and
    after a glide «ی» («گویم», «آیند»); the spelling that does not exist does no harm.
    Subjunctive, imperative and negative forms are written joined; knowing them keeps
    «بیاورد» from being read as «بی» + «اورد».
    """
    forms: set[str] = set()
    for past, present in stems:
        if present:
            bases = [present] + ([present + "ی"] if present[-1] in "اآوی" else [])
            for base in bases:
                for mood in ("", "ب", "ن"):
                    moody = with_mood(mood, base) if mood else base
                    forms.update(moody + e for e in PERSONAL_ENDINGS)
                    if mood:
                        forms.add(moody)
        if past:
            for negated in (past, with_mood("ن", past)):
                forms.update(negated + e for e in PAST_ENDINGS)
                participle = negated + "ه"
                forms.add(participle)
                forms.update(join(participle, c) for c in COPULAS)
    return forms
