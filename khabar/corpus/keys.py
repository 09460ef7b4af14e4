"""Search keys: one spelling-free, inflection-free form per word, so a query finds a word
however it was written.

A word's key is computed from the word alone (never its context), so the text indexed and
the query typed meet on the same key:

* characters: Arabic letters to Persian, digits to Latin (leading zeros dropped), Latin
  lowercased, diacritics and half-spaces removed, «آ أ إ» → «ا», «ؤ» → «و», «ئ» → «ی»,
  «ۀ ة» → «ه»;
* verbs: every simple form of a verb in khabar's compiled lexicon (with «می»/«نمی»,
  «ب»/«ن», person endings, participles with or without the copula, and the infinitive,
  the form a reader looks a verb up by) maps to the verb's past stem: «می‌کنند»,
  «نکرده‌اند», «کند», «کردن» and «کرد» all have the key «کرد»;
* nouns and adjectives: plural, ezafe, indefinite, possessive and comparative endings are
  cut when what remains is a word the lexicon knows and it is more common on the web than
  the whole word: «کتاب‌هایشان» → «کتاب», «نمایندگان» → «نماینده», while «بیماری» and
  «ایران» stay whole.

The price is a few homographs: «رود» (river) is also «they go», so it shares the key «رفت».
"""

import re
from functools import lru_cache

from khabar.text.chars import ZWNJ, repair_chars
from khabar.text.morphology import (
    PAST_ENDINGS,
    PERSONAL_ENDINGS,
    PREVERBS,
    with_mood,
)

# Bump when keys change: stored indexes built with other keys must be rebuilt.
KEY_VERSION = "4"

_MARK = r"\u064b-\u065f\u0670\u06d6-\u06ed"
# A word: letters (with their marks and inner half-spaces), or a run of digits. Numbers
# with separators («1396/06/28», «2.5») become several words, in the text and the query alike.
WORD = re.compile(rf"(?:[^\W\d_]|[{_MARK}])+(?:{ZWNJ}(?:[^\W\d_]|[{_MARK}])+)*|\d+")
_DROP = str.maketrans({ZWNJ: None, **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})
_UNIFY = str.maketrans(dict(zip("آأإٱؤئۀة", "ااااویهه", strict=True)))

_COPULAS = ("", "ام", "ای", "است", "ایم", "اید", "اند")
# Endings after a noun or adjective, as written without a half-space. Longest first.
_PLURALS = ("هایی", "های", "ها", "یان", "گان", "ان", "ات")
_CLITICS = tuple(
    "یشان یتان یمان اشان شان تان مان ترین تری تر یی ای اش ام ات یش یت یم ش م ت ی".split()
)
# A stem must be at least this common (shekar's web counts) for an ending to be cut.
MIN_STEM_FREQUENCY = 10_000


def verb_table(verbs: list[tuple[str, str]]) -> dict[str, str]:
    """Every simple form of each verb, without half-spaces, mapped to its past stem.

    A form two verbs share goes to the verb listed first; a form that is itself a past
    stem keeps it before a prefixed reading. A bare present stem («ده», «کن») is left out:
    alone it is far more often a noun.
    """
    plain: list[tuple[str, str]] = []
    moods: list[tuple[str, str]] = []
    for past, present in verbs:
        if not past or " " in past or " " in present:
            continue
        forms = [past + e for e in PAST_ENDINGS] + [past + "ه" + c for c in _COPULAS]
        forms.append(past + "ن")
        negated = [with_mood("ن", f) for f in forms]
        if present:
            for base in [present] + ([present + "ی"] if present[-1] in "اآوی" else []):
                forms += [base + e for e in PERSONAL_ENDINGS]
                negated += [with_mood(m, base) + e for m in "بن" for e in ("", *PERSONAL_ENDINGS)]
        plain += [(f, past) for f in forms] + [("می" + f, past) for f in forms]
        moods += [(f, past) for f in negated] + [("نمی" + f, past) for f in forms]
    # Plain forms first, then past stems, then forms with «ب»/«ن»: «کند» is «کرد» (the
    # first verb listed), «نشست» is «نشست» rather than «ن» + «شست».
    table: dict[str, str] = {}
    stems = [(past, past) for past, _ in verbs if past and " " not in past]
    for form, past in plain + stems + moods:
        table.setdefault(form, past)
    return table


class Keys:
    """The lexicons keys are computed from: verb forms and noun stem frequencies."""

    def __init__(self, verbs: dict[str, str], stems: dict[str, int]) -> None:
        self.verbs = verbs
        self.stems = stems

    @classmethod
    def from_package(cls) -> "Keys":
        """From the half-space lexicon the normalizer has already loaded."""
        from khabar.text.normalizer import default_repairer

        lexicon = default_repairer()
        stems = {k: freq for k, (_, freq) in lexicon.stems.items()}
        return cls(verb_table(lexicon.verbs), stems)

    def key(self, word: str) -> str:
        """The search key of one word (see the module docstring)."""
        bare = repair_chars(word, "latin").translate(_DROP).lower()
        if not bare:
            return ""
        if bare.isdigit():
            return bare.lstrip("0") or "0"
        verb = self._verb(bare)
        if verb is not None:
            return verb.translate(_UNIFY)
        return self._stem(bare).translate(_UNIFY)

    def _verb(self, bare: str) -> str | None:
        """The past stem of a verb form; after a preverb «می» comes second: «برمی‌گردند»."""
        verb = self.verbs.get(bare)
        if verb is not None:
            return verb
        for preverb in PREVERBS:
            rest = bare[len(preverb) :]
            if bare.startswith(preverb) and rest.startswith(("می", "نمی")):
                return self.verbs.get(preverb + rest[rest.index("می") + 2 :])
        return None

    def _stem(self, bare: str) -> str:
        """The most common known stem left after cutting an ending, else the word."""
        best, best_freq = bare, max(self.stems.get(bare, 0), MIN_STEM_FREQUENCY - 1)
        for stem in _candidates(bare):
            freq = self.stems.get(stem, 0)
            if freq > best_freq and len(stem) >= 2:
                best, best_freq = stem, freq
        return best


def _candidates(bare: str) -> list[str]:
    """Stems ``bare`` might be an inflection of: one clitic, one plural, or both."""
    found = []
    for clitic in ("", *_CLITICS):
        if clitic and not bare.endswith(clitic):
            continue
        rest = bare[: len(bare) - len(clitic)]
        if clitic:
            found.append(rest)
        for plural in _PLURALS:
            if rest.endswith(plural) and len(rest) > len(plural):
                stem = rest[: -len(plural)]
                found.append(stem)
                if plural == "گان":
                    found.append(stem + "ه")
    return found


@lru_cache(maxsize=1)
def _keys() -> Keys:
    return Keys.from_package()


@lru_cache(maxsize=500_000)
def key(word: str) -> str:
    """The search key of one word, with khabar's own lexicons."""
    return _keys().key(word)


def words(text: str) -> list[tuple[str, int, int]]:
    """``(key, start, end)`` for every word of ``text``, in order; offsets into ``text``."""
    found = []
    for match in WORD.finditer(text):
        k = key(match.group())
        if k:
            found.append((k, match.start(), match.end()))
    return found


def text_keys(text: str) -> list[str]:
    """The keys of ``text``'s words, in order: what the full-text index holds."""
    return [k for k, _, _ in words(text)]


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """A name (person, outlet, place) as compared in filters: spelling unified, words kept.

    Names are not stemmed: «علی رضایی» must not match «رضا». Normalization first, so
    «علي رضائي» and «علی رضایی» meet.
    """
    from khabar.text.normalizer import normalize

    bare = repair_chars(normalize(name), "latin").translate(_DROP).translate(_UNIFY).lower()
    return " ".join(WORD.findall(bare))
