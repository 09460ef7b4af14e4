"""Search keys: one spelling-free, inflection-free form per word, so a query finds a word
however it was written.

A word's key is computed from the word alone (never its context), so the text indexed and
the query typed meet on the same key; only a compound written apart is read as one word:

* characters: Arabic letters to Persian, digits to Latin (leading zeros dropped), Latin
  lowercased, diacritics and half-spaces removed, «آ أ إ» → «ا», «ؤ» → «و», «ئ» → «ی»
  (but «ا» between consonants: «هیئت» and «هیأت»), «ۀ ة» → «ه»;
* verbs: every simple form of a verb in khabar's compiled lexicon (with «می»/«نمی»,
  «ب»/«ن», person endings, participles with or without the copula, and the infinitive,
  the form a reader looks a verb up by) maps to the verb's past stem: «می‌کنند»,
  «نکرده‌اند», «کند», «کردن» and «کرد» all have the key «کرد»; a form the treebanks
  write as another class is not a verb's («مردم», «بازی», «برخی»: :func:`without_nouns`);
* nouns and adjectives: plural, ezafe, indefinite, possessive and comparative endings are
  cut when what remains is a word the lexicon knows and it is more common on the web than
  the whole word (in all its spellings): «کتاب‌هایشان» → «کتاب», «نمایندگان» → «نماینده»,
  while «بیماری», «هیات» and «ایران» stay whole, as do ordinals («دوم», «دهم») and the
  names khabar lists («صدام», «بوش», «محمدی»: a name is no inflected word);
* compounds: two words, or three with «و» between, that the half-space lexicon knows as
  one compound are one word, with the key of the compound written whole: «رئیس جمهور»,
  «رئیس‌جمهور» and «رئیسجمهور» all have the key «رییسجمهور», «گفت و گو» and «گفت‌وگو»
  «گفتوگو»; so does «گفتگو», a past and present stem written joined without their «و».
  A compound also carries its parts' keys, however it is spaced, which the index keeps
  apart from the text's sequence of keys (as a decompounding search engine does): the
  word «وزارت» finds «وزارت خارجه» and «وزارت‌خارجه», while the phrase «"سفر رئیس جمهور"»
  reads one compound in its middle, as the text it finds does. A given name khabar lists
  that is two listed given names («محمدجواد», «امیرحسین») is such a compound too: «محمد
  جواد ظریف» and «محمدجواد ظریف» meet, and «جواد» finds both.

The price is a few homographs: «رود» (river) is also «they go», so it shares the key «رفت».
"""

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from spacy.lang.fa.lex_attrs import _num_words as CARDINALS

from khabar import gazetteer
from khabar.text.chars import ZWNJ, repair_chars
from khabar.text.halfspace import PRIVATIVE
from khabar.text.morphology import (
    PAST_ENDINGS,
    PERSONAL_ENDINGS,
    PREVERBS,
    with_mood,
)

# Bump when keys change: stored indexes built with other keys must be rebuilt.
KEY_VERSION = "13"

_MARK = r"\u064b-\u065f\u0670\u06d6-\u06ed"
# A word: letters (with their marks and inner half-spaces), or a run of digits. Numbers
# with separators («1396/06/28», «2.5») become several words, in the text and the query alike.
WORD = re.compile(rf"(?:[^\W\d_]|[{_MARK}])+(?:{ZWNJ}(?:[^\W\d_]|[{_MARK}])+)*|\d+")
# What stands between the words of a compound written apart: spaces, not a line break.
_GAP = re.compile(r"[^\S\n]+")
AND = "و"
# How the plural of a compound ends: «صاحب نظران».
_PLURAL = ("ان", "انی")
_DROP = str.maketrans({ZWNJ: None, **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})
_RESPELT = "آأإٱؤئۀة"
_UNIFY = str.maketrans(dict(zip(_RESPELT, "ااااویهه", strict=True)))
# «ئ» between consonants stands for the «أ» older spelling writes: «هیئت» «هیأت» «هیات»,
# «مسئله» «مسأله», «جرئت» «جرأت» are one word. Not before a vowel letter («رئیس», «مسئول»)
# nor after one («ارائه», «سوئد»: «سواد» is another word).
_SEAT = re.compile(r"(?<=[^\W\dاو])ئ(?=[^\W\dایو])")
# A letter ``_unified`` rewrites: a word without one is spelled as keys spell it.
_RESPELLED = re.compile(f"[{_RESPELT}]")


def _unified(word: str) -> str:
    """``word`` with the letters keys treat as one written alike."""
    return _SEAT.sub("ا", word).translate(_UNIFY)


_COPULAS = ("", "ام", "ای", "است", "ایم", "اید", "اند")
# Endings after a noun or adjective, as written without a half-space. Longest first.
_PLURALS = ("هایی", "های", "ها", "یان", "گان", "ان", "ات")
# The endings cut from a compound's last word written apart from its first: «گفت و گوها».
_JOINED_PLURALS = ("هایی", "های", "ها")
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


def without_nouns(verbs: dict[str, str], not_verbs: frozenset[str]) -> dict[str, str]:
    """The verb table less the forms the treebanks write as another class: «مردم» is
    «people», not «مرد» + «م», «بازی» «game», not «you play», «برخی» «some», not «ب» +
    «رخ» + «ی». Past stems and infinitives stay verbs: they are the forms a reader looks
    a verb up by («کردن» is «کرد»)."""
    return {
        form: past
        for form, past in verbs.items()
        if form not in not_verbs or form in (past, past + "ن")
    }


class Keys:
    """The lexicons keys are computed from: verb forms, noun stem frequencies, which
    words written apart are a compound (``joins``, asked only of the ``halves`` the
    lexicon's compounds are made of: a word they may start with, one they may end with),
    joined compounds that drop their «و» (``linked``), and how the lexicon writes a word
    (``forms``, by the word without half-spaces), which tells a compound's parts."""

    def __init__(
        self,
        verbs: dict[str, str],
        stems: dict[str, int],
        joins: Callable[[str, str], bool],
        halves: tuple[frozenset[str], frozenset[str]],
        linked: dict[str, str],
        forms: dict[str, str],
        names: frozenset[str] = frozenset(),
        given: frozenset[str] = frozenset(),
    ) -> None:
        self.verbs = verbs
        self.stems = stems
        # How common a word is however it is spelled: «هیات», «هیئت» and «هیأت» together
        # outnumber «هی», so the first is no «هی» + «ات». Only the whole word is counted so;
        # a stem counted with its other spellings («آل» with «ال») would cut more words.
        # Kept for the unified spellings that have others; the rest are counted in ``stems``.
        self.spelled: dict[str, int] = {}
        for word, freq in stems.items():
            if _RESPELLED.search(word):
                unified = _unified(word)
                self.spelled[unified] = self.spelled.get(unified, stems.get(unified, 0)) + freq
        self.joins = joins
        self.lefts, self.rights = halves
        self.linked = linked
        self.forms = forms
        self.names = names
        # Given names made of two («محمدجواد», «امیرحسین», «علیرضا»), by their halves:
        # written joined or apart they are one word, with each half's key as its parts.
        self.given_pairs = {
            name: (name[:cut], name[cut:])
            for name in given
            for cut in range(2, len(name) - 1)
            if name[:cut] in given and name[cut:] in given
        }
        self.lefts = self.lefts | {left for left, _ in self.given_pairs.values()}

    @classmethod
    def from_package(cls) -> "Keys":
        """From the half-space lexicon the normalizer has already loaded."""
        from khabar.text.normalizer import default_repairer

        lexicon = default_repairer()
        stems = {k: freq for k, (_, freq) in lexicon.stems.items()}
        known = {w for w, form in lexicon.forms.items() if w == form} | lexicon.protected
        pasts = {past for past, _ in lexicon.verbs}
        linked = linked_compounds(lexicon.forms.values(), pasts, known)
        written = [*lexicon.forms.values(), *lexicon.split_joined]
        lefts, rights = zip(*_halves(written), strict=True)
        halves = (frozenset((*lefts, PRIVATIVE)), frozenset(rights))
        verbs = without_nouns(verb_table(lexicon.verbs), lexicon.not_verbs)
        given = frozenset(map(_bare, gazetteer.given_names()))
        names = given | frozenset(map(_bare, gazetteer.surnames()))
        return cls(verbs, stems, lexicon.compound, halves, linked, lexicon.forms, names, given)

    def key(self, word: str) -> str:
        """The search key of one word (see the module docstring)."""
        return self.read(word)[0]

    def read(self, word: str) -> tuple[str, tuple[str, ...]]:
        """The search key of one word, and its parts' keys if it is a compound the lexicon
        writes with a half-space, however ``word`` is spaced: «رئیس» and «جمهور» of
        «رئیسجمهوری»."""
        bare = _bare(word)
        if not bare:
            return "", ()
        if bare.isdigit():
            return bare.lstrip("0") or "0", ()
        if _ordinal(bare):
            return bare, ()
        verb = self._verb(bare)
        if verb is not None:
            return _unified(verb), ()
        stem = self._stem(bare)
        stem = self.linked.get(stem, stem)
        form = self.forms.get(stem, "")
        left, _, right = form.partition(ZWNJ)
        if right and self.compound(left, right):
            parts = tuple(k for k in map(self.key, form.split(ZWNJ)) if k)
        elif stem in self.given_pairs:
            parts = tuple(map(_unified, self.given_pairs[stem]))
        else:
            parts = ()
        return _unified(stem), parts

    def compound(self, left: str, right: str) -> bool:
        """Whether ``left`` and ``right``, written apart, are one compound the lexicon
        knows, perhaps with an ending after a half-space: «کتاب خانه‌های».

        As written or with the letters keys unify: the lexicon holds one spelling of a
        compound («رییس‌جمهوری»), and the other («رئیس جمهوری») must not read as two words
        that «رئیس‌جمهور» no longer finds. Not a number («سه هزار», «بیست و شش»): search
        reads one word by word, as it reads «1396/06/28».
        """
        unified = (_unified(left), _unified(right))
        return (
            self._compound(left, right)
            or (unified != (left, right) and self._compound(*unified))
            or _bare(left + right) in self.given_pairs
        )

    def is_left(self, word: str) -> bool:
        """Whether ``word`` may start a compound, as written or with its letters unified."""
        return word in self.lefts or _unified(word) in self.lefts

    def _compound(self, left: str, right: str) -> bool:
        """:meth:`compound` for one spelling of the two words."""
        head = self._without_plural(right.partition(ZWNJ)[0])
        if left != PRIVATIVE and head not in self.rights and not head.endswith(_PLURAL):
            return False
        if left.isdigit() or right.isdigit():
            return False
        if left in CARDINALS and right.removeprefix(AND) in CARDINALS:
            return False
        return self.joins(left, right) or (head != right and self.joins(left, head))

    def _without_plural(self, head: str) -> str:
        """``head`` without a plural ending written joined to it («وگوهای» → «وگو»), when
        what remains ends a compound: «گفت و گوهای» is as much «گفت‌وگو» as
        «گفت و گو‌های». Other endings are not cut: «دوست دارم» is no «دوستدار»."""
        if head in self.rights:
            return head
        for ending in _JOINED_PLURALS:
            if head.endswith(ending) and head[: -len(ending)] in self.rights:
                return head[: -len(ending)]
        return head

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
        """The most common known stem left after cutting an ending, else the word; a
        listed name is a word of its own («صدام», «بوش», «ایمان», «محمدی»)."""
        if bare in self.names:
            return bare
        unified = _unified(bare)
        freq = self.spelled.get(unified, self.stems.get(unified, 0))
        best, best_freq = bare, max(freq, MIN_STEM_FREQUENCY - 1)
        for stem in _candidates(bare):
            freq = self.stems.get(stem, 0)
            if freq > best_freq and len(stem) >= 2:
                best, best_freq = stem, freq
        return best


def _ordinal(bare: str) -> bool:
    """Whether ``bare`` is a number word's ordinal («دوم», «دهم», «سی‌ام», «سوم»), which
    is neither the number nor a verb («دهم», I give)."""
    number = bare.removesuffix("ام" if bare.endswith("یام") else "م")
    return (number != bare and number in CARDINALS) or bare == "سوم"


def _bare(word: str) -> str:
    """``word`` in Persian letters, without half-spaces or diacritics, lowercased."""
    return repair_chars(word, "latin").translate(_DROP).lower()


def _halves(written: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each word split at each half-space in it: («بین», «المللی‌ها») and («بین‌المللی»,
    «ها») of «بین‌المللی‌ها»."""
    for word in written:
        at = word.find(ZWNJ)
        while at > 0:
            yield word[:at], word[at + 1 :]
            at = word.find(ZWNJ, at + 1)


def linked_compounds(forms: Iterable[str], pasts: set[str], known: set[str]) -> dict[str, str]:
    """Compounds of a verb's past stem, «و» and its present stem that are also written
    joined without the «و» («گفتگو», «جستجو», «شستشو»), each mapped to the spelling with
    it («گفتوگو»), so that both have one key."""
    linked = {}
    for form in forms:
        past, _, rest = form.partition(ZWNJ)
        present = rest.removeprefix(AND).removeprefix(ZWNJ)
        joined = past + present
        if past in pasts and rest.startswith(AND) and len(present) > 1 and joined in known:
            linked[joined] = past + AND + present
    return linked


def _candidates(bare: str) -> list[str]:
    """Stems ``bare`` might be an inflection of: one clitic, one plural, or both."""
    found = []
    for clitic in ("", *_CLITICS):
        if clitic and not bare.endswith(clitic):
            continue
        rest = bare[: len(bare) - len(clitic)]
        if clitic and rest in CARDINALS:
            continue  # a number takes no clitic: «سهم», «صدام», «دوام» are words of their own
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
def _read_word(word: str) -> tuple[str, tuple[str, ...]]:
    return _keys().read(word)


def key(word: str) -> str:
    """The search key of one word, with khabar's own lexicons."""
    return _read_word(word)[0]


@lru_cache(maxsize=500_000)
def _is_left(word: str) -> bool:
    return _keys().is_left(word)


@lru_cache(maxsize=500_000)
def _compound(left: str, right: str) -> bool:
    return _keys().compound(left, right)


class Word(NamedTuple):
    """A word of a text: its key, its offsets, and its parts' keys if it is a compound."""

    key: str
    start: int
    end: int
    parts: tuple[str, ...] = ()


def read(text: str) -> list[Word]:
    """Every word of ``text``, in order; offsets into ``text``.

    A compound written apart is one word spanning its parts («رئیس جمهور»), with the key
    it has written whole. A compound's parts are those the lexicon writes it with, in any
    spelling; one it writes whole has none: «کتاب خانه» is «کتابخانه».
    """
    matches = list(WORD.finditer(text))
    found = []
    at = 0
    while at < len(matches):
        first = matches[at]
        size = _compound_size(text, matches[at : at + 3]) if _is_left(first[0]) else 1
        last = matches[at + size - 1]
        written = first[0] if size == 1 else ZWNJ.join(m[0] for m in matches[at : at + size])
        k, parts = _read_word(written)
        if k:
            found.append(Word(k, first.start(), last.end(), parts))
        at += size
    return found


def words(text: str) -> list[tuple[str, int, int]]:
    """``(key, start, end)`` for every word of ``text`` (see :func:`read`)."""
    return [(w.key, w.start, w.end) for w in read(text)]


def _compound_size(text: str, run: list[re.Match[str]]) -> int:
    """How many of the words ``run`` starts with are one compound written apart: three
    for «گفت و گو», two for «رئیس جمهور», else one. Only spaces may stand between them."""
    parts = [m[0] for m in run]
    if (
        len(run) == 3
        and parts[1] == AND
        and _compound(parts[0], AND + parts[2])
        and _apart(text, run[0], run[1])
        and _apart(text, run[1], run[2])
    ):
        return 3
    if len(run) > 1 and _compound(parts[0], parts[1]) and _apart(text, run[0], run[1]):
        return 2
    return 1


def _apart(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return _GAP.fullmatch(text, left.end(), right.start()) is not None


def text_keys(text: str) -> list[str]:
    """The keys of ``text``'s words, in order: what the full-text index holds."""
    return [w.key for w in read(text)]


def indexed(text: str) -> tuple[list[str], list[str]]:
    """What the full-text index holds of ``text``: its words' keys in order, and the keys
    of its compounds' parts."""
    found = read(text)
    return [w.key for w in found], [p for w in found for p in w.parts]


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """A name (person, outlet, place) as compared in filters: spelling unified, words kept.

    Names are not stemmed: «علی رضایی» must not match «رضا». Normalization first, so
    «علي رضائي» and «علی رضایی» meet.
    """
    from khabar.text.normalizer import normalize

    bare = _unified(repair_chars(normalize(name), "latin").translate(_DROP)).lower()
    return " ".join(WORD.findall(bare))
