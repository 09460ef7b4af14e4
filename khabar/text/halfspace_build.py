"""Compile the half-space lexicon shipped in ``khabar/data/halfspace.json.gz``.

Run ``python3 -m khabar.text.halfspace_build`` with the shared data folder beside the
repo (or ``$KHABAR_DATA`` pointing at it). Sources, in order of trust:

* the tuning part of UD PerDT and Seraji: how the treebanks actually spell each word,
  except a plural or comparative Seraji alone writes joined after a joining letter, as
  it does for a quarter of its plurals and not for the rest;
* hazm's word list (curated, tagged, with frequencies) and shekar's compound list;
* shekar's vocabulary, whose frequencies come from web text where half-spaces are often
  lost, so it only votes between spellings and never protects a word by itself.
"""

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from pathlib import Path

from spacy.lang.fa.lex_attrs import _num_words as CARDINALS

from khabar.datasets import read_conllu, tune
from khabar.datasets.paths import PERDT_DEV, SERAJI_DEV, data_dir
from khabar.text.chars import ZWNJ, repair_chars
from khabar.text.halfspace import ARABIC_ARTICLE, DATA_FILE, DETERMINERS, HalfSpaceRepairer
from khabar.text.morphology import FUSED_COMPARATIVES, JOINED_SUFFIXES, NON_JOINING, POSSESSIVES

_WORD = re.compile(rf"[^\W\d_][^\W\d_{ZWNJ}]*(?:{ZWNJ}[^\W\d_]+)*")
STEM_TAGS = {"N", "AJ", "NUM", "ADV", "PRO", "RES"}
CLITICS = ("", *POSSESSIVES)
# A compound is written joined when the web joins it this many times as often as not.
WEB_JOINED_RATIO = 10
# Demonstratives with «ها» are written joined: PerDT 48 of 49 «آنها», «اینها» (Seraji
# half-spaces its 13, which must not tip the tally in the other direction).
JOINED_DEMONSTRATIVES = ("آنها", "اینها", "همانها", "همینها")
# A half-space after a letter that does not join changes nothing on screen; PerDT never
# writes one and khabar does not either (Seraji's «فرو‌پاشی», «در‌نتیجه» are not learned).
_INVISIBLE_ZWNJ = re.compile(f"(?<=[{''.join(sorted(NON_JOINING))}]){ZWNJ}")


def _visible(word: str) -> str:
    return _INVISIBLE_ZWNJ.sub("", word)


def _treebanks(root: Path, part: Callable[[list], list]) -> list[list]:
    """The sentences learned from, PerDT's and then Seraji's, read once per build."""
    return [part(list(read_conllu(root / name))) for name in (PERDT_DEV, SERAJI_DEV)]


def _ud_spellings(treebanks: list[list]) -> dict[str, Counter[str]]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for sents in treebanks:
        for sent in sents:
            for word in _WORD.findall(repair_chars(sent.text)):
                seen[word.replace(ZWNJ, "")][word] += 1
            for row in sent.words:
                lemma = repair_chars(row[2])
                if _WORD.fullmatch(lemma):
                    seen[lemma.replace(ZWNJ, "")][lemma] += 0
    return seen


def _ud_spaced_pairs(treebanks: list[list]) -> Counter[str]:
    """Word pairs the treebanks write with a space, as «a b»: these are never joined."""
    pairs: Counter[str] = Counter()
    for sents in treebanks:
        for sent in sents:
            words = repair_chars(sent.text).split(" ")
            pairs.update(f"{a} {b}" for a, b in pairwise(words))
    return pairs


# Regular endings the treebanks' joined spellings are not trusted for.
REGULAR_ENDINGS = {"Number=Plur": ("ها", "های", "هایی"), "Degree=": ("تر", "ترین")}


def _ud_joined_inflections(root: Path, part: Callable[[list], list], name: str) -> set[str]:
    """Plurals and comparatives one treebank writes joined after a joining letter."""
    joined = set()
    for sent in part(list(read_conllu(root / name))):
        for row in sent.words:
            form = repair_chars(row[1])
            if row[3] not in ("NOUN", "ADJ") or ZWNJ in form or form in FUSED_COMPARATIVES:
                continue
            for feature, endings in REGULAR_ENDINGS.items():
                if feature not in row[5] or "Degree=Pos" in row[5]:
                    continue
                for ending in endings:
                    stem = form[: -len(ending)]
                    if form.endswith(ending) and len(stem) > 1 and stem[-1] not in NON_JOINING:
                        joined.add(form)
    return joined


def _with_clitic(key: str, words: set[str]) -> bool:
    """Whether ``key`` is one of ``words``, bare or with a pronominal clitic after it."""
    return any(key.endswith(c) and key[: len(key) - len(c)] in words for c in CLITICS)


def _hazm_words(root: Path) -> dict[str, tuple[int, set[str]]]:
    """hazm's words by their repaired spelling, with frequency and tags. Spellings that
    repair to one word add up: the list writes «بیان» tagged and again as «بيان», with
    Arabic letters and no tags, which must not wipe the tags out (828 words: «ایران»,
    «بیرون», «اندیشه»)."""
    words: dict[str, tuple[int, set[str]]] = {}
    for _, key, freq, tags in _hazm_entries(root):
        known, tagged = words.get(key, (0, set()))
        words[key] = (known + int(freq), tagged | (set(tags.split(",")) - {"0"}))
    return words


def _hazm_names(root: Path) -> set[str]:
    """The words of hazm's list of given names, which ends its word list untagged and
    written with Arabic letters («هستي», «نويد», «كيميا»)."""
    return {key for word, key, _, tags in _hazm_entries(root) if tags == "0" and key != word}


def _hazm_entries(root: Path) -> Iterator[tuple[str, str, str, str]]:
    """hazm's ``words.dat`` line by line: the word as written, its repaired spelling, its
    frequency and its tags as the file writes them."""
    with open(root / "lexicon/hazm/words.dat", encoding="utf-8") as f:
        for line in f:
            word, freq, tags = line.rstrip("\n").split("\t")
            yield word, repair_chars(word).strip(ZWNJ), freq, tags


def _shekar_vocab(root: Path) -> dict[str, int]:
    """Web counts by word; spellings that differ only by a stray edge half-space or Arabic
    letters («اطلاعیه‌», «برنامه‌») add up rather than overwrite the word's own count."""
    counts: Counter[str] = Counter()
    with open(root / "lexicon/shekar/vocab.csv", encoding="utf-8") as f:
        for w, n in csv.reader(f):
            counts[repair_chars(w).strip(ZWNJ)] += int(n)
    return dict(counts)


def _compounds(root: Path) -> list[str]:
    with open(root / "lexicon/shekar/compound_words.csv", encoding="utf-8") as f:
        return [repair_chars(line.strip()).strip(ZWNJ) for line in f if line.strip()]


def _verbs(root: Path) -> list[tuple[str, str]]:
    verbs = set()
    with open(root / "lexicon/hazm/verbs.dat", encoding="utf-8") as f:
        for line in f:
            past, _, present = line.strip().partition("#")
            verbs.add((past, present))
    with open(root / "lexicon/shekar/verbs.csv", encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and row[1]:
                verbs.add((row[1], row[0]))
    return sorted(verbs)


INFLECTIONS = ("ها", "های", "هایی", "تر", "ترین", "ای", "ام", "ات", "اش", "ایم", "اید", "اند")


def _ud_words(treebanks: list[list], tags: set[str]) -> set[str]:
    """Words (without half-spaces) the treebanks tag with one of ``tags`` (UPOS)."""
    return {
        repair_chars(row[1]).replace(ZWNJ, "")
        for sents in treebanks
        for sent in sents
        for row in sent.words
        if row[3] in tags
    }


def _ud_not_verbs(treebanks: list[list]) -> list[str]:
    """Words (without half-spaces) the treebanks write as another class than a verb, at
    least twice and twice as often as a verb or auxiliary: «مردم», «بازی», «برخی», which
    a verb's forms also spell («مرد» + «م», «باز» + «ی», «ب» + «رخ» + «ی»)."""
    counts: defaultdict[str, Counter[bool]] = defaultdict(Counter)
    for sents in treebanks:
        for sent in sents:
            for row in sent.words:
                counts[repair_chars(row[1]).replace(ZWNJ, "")][row[3] in ("VERB", "AUX")] += 1
    return sorted(w for w, c in counts.items() if c[False] >= max(2, 2 * c[True]))


def _productive_parts(spellings: Iterable[str], least: int = 10) -> list[str]:
    """Last parts of half-spaced compounds that recur in many compounds.

    «‌شناس», «‌گری», «‌کاری» build new words freely; an unknown word made of a known stem
    and one of these parts is written the way its neighbours are. (First parts such as
    «هم» were tried too, and split more whole words («همسایگان») than they repaired.)
    """
    right: Counter[str] = Counter()
    for word in spellings:
        if word.count(ZWNJ) != 1:
            continue
        a, _, b = word.partition(ZWNJ)
        if b in INFLECTIONS or len(a) < 2 or len(b) < 3:
            continue
        right[b] += 1
    return sorted(p for p, n in right.items() if n >= least)


# The vocative and interjection, a word of its own before a noun or a wish: «ای کاش».
VOCATIVE = "ای"
# Participles that make adjectives rather than verbs: «وحشت‌زده», «ایمان‌زاده».
ADJECTIVE_PARTICIPLES = ("زده", "زاده")
# Below this count in hazm's corpus a compound part is hardly a word by itself («‌سازی»).
RARE_WORD = 1_000_000
# The Solar Hijri months, which after a cardinal (spaCy's ``CARDINALS``) name a date.
SOLAR_MONTHS = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"),
    *("مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
)


def _verbal(verbs: Iterable[tuple[str, str]]) -> set[str]:
    """Participles and infinitives of ``verbs``, plain and negated: «شده», «نشده», «کردن»."""
    return {n + past + e for past, _ in verbs for n in ("", "ن") for e in ("ه", "ن")}


def _phrase_pairs(forms: dict[str, str], verbal: set[str]) -> set[str]:
    """Compounds read as two words where they stand spaced, as «a b».

    The lexicons half-space «واقع‌شده», «گوش‌دادن», «هیچ‌کس», and so do writers who mean
    an adjective; a writer who spaces them more often means the verb or the phrase, as
    the treebanks do («واقع شده است»). In 4-fold cross-validation on the tuning part,
    leaving them spaced raised spaced F1 on both treebanks (PerDT 91.7 → 92.6, Seraji
    81.0 → 81.5); «به» + noun («به سادگی») is :func:`_prepositional_pairs`.
    """
    pairs = set()
    for word in forms.values():
        left, _, right = word.partition(ZWNJ)
        if ZWNJ in right or right in INFLECTIONS:
            continue
        if left in (*DETERMINERS, VOCATIVE) or (
            right in verbal and right not in ADJECTIVE_PARTICIPLES
        ):
            pairs.add(f"{left} {right}")
    return pairs


# The preposition a noun after it makes an adverb of: «به سادگی», «به‌سادگی».
PREPOSITION = "به"


def _prepositional_pairs(
    forms: dict[str, str], ud: dict[str, Counter[str]], ud_pairs: Counter[str]
) -> set[str]:
    """«به» and a noun, as «به X», where they stand spaced: a phrase, not a compound.

    The lexicons half-space «به‌سادگی», «به‌شدت», «به‌موقع»; PerDT writes them apart, as
    the Academy does («بستگی به شدت بیماری» is no adverb at all), Seraji often with a
    half-space. A pair the treebanks half-space more often than they space it stays a
    compound. In 4-fold cross-validation on the tuning part: spaced F1 PerDT 94.0 →
    94.5 (damage 66 → 51), Seraji 83.9 → 83.7 (damage 96 → 93); without the treebanks'
    say, Seraji fell to 83.5.
    """
    pairs = set()
    for key, word in forms.items():
        left, _, right = word.partition(ZWNJ)
        if left != PREPOSITION or not right or ZWNJ in right:
            continue
        pair = f"{left} {right}"
        if ud.get(key, Counter())[word] <= ud_pairs[pair]:
            pairs.add(pair)
    return pairs


def _stopwords(root: Path) -> set[str]:
    with open(root / "lexicon/hazm/stopwords.dat", encoding="utf-8") as f:
        return {repair_chars(line.strip()) for line in f if line.strip()}


def _numeral_phrase(
    left: str, right: str, hazm: dict[str, tuple[int, set[str]]], forms: dict[str, str]
) -> bool:
    """Whether a cardinal and a noun, spaced, are as likely a phrase as a compound.

    A month after a numeral is a date («هفت تیر», the seventh of Tir, and the square
    named after it; «هفت‌تیر» is the pistol). A noun hazm lists by itself that no other
    cardinal makes a word with in the lexicon is what the number counts («هفت آسمان»),
    or a name made of the two that news writes spaced (the palace «هشت بهشت», «هفت
    حوض», «چهل ستون»); «سه‌شنبه» is no phrase, the lexicon holding «یکشنبه», «دوشنبه».
    """
    if left not in CARDINALS:
        return False
    if right in SOLAR_MONTHS:
        return True
    noun = "N" in hazm.get(right, (0, set()))[1]
    return noun and not any(c != left and c + right in forms for c in CARDINALS)


def _whole_compounds(
    root: Path, hazm: dict[str, tuple[int, set[str]]], forms: dict[str, str], parts: set[str]
) -> list[str]:
    """Compounds joined wherever they stand spaced, even in a line with no other sign.

    A line with no half-space may be spaced damage or correct text, so only a compound
    no phrase could be is joined there: no verb form ends it («واقع شده», «اعلام نشده»,
    «کم کردن»), no determiner starts it, and either

    * hazm lists it tagged, and its second part is productive («هفته نامه») and its
      first no function word («هیچ گاه», «صرف نظر» are phrases in PerDT), or its first
      is a numeral and its second no function word («سه شنبه»; not «نه تنها», «سه تا»)
      and the pair no date or counted noun (:func:`_numeral_phrase`: «هفت تیر»);
    * or hazm does not tag it, and its second part is productive and rare as a word by
      itself («سرمایه گذاری», «بحران سازی»; not «اختلاف نظر»);
    * or its second part carries the Arabic article («علیه السلام», «قرض الحسنه»,
      «فوق العاده»), whatever its first: an Arabic phrase is fixed, and its preposition
      («علیه», «فوق», «تحت») no Persian function word (letting these through, spaced F1
      PerDT 94.5 → 94.6, Seraji 83.7 → 83.9 in cross-validation; no other change).

    In 4-fold cross-validation on the tuning part this left joined and clean text as
    they were; any looser test (any tagged compound, or any productive part) joined
    phrases in clean text («خلیج فارس», «عزت نفس»).
    """
    stop = _stopwords(root)
    verbal = _verbal(_verbs(root))
    whole = []
    for key, word in forms.items():
        left, _, right = word.partition(ZWNJ)
        if (
            word.count(ZWNJ) != 1
            or right in verbal
            or right in INFLECTIONS
            or left in DETERMINERS
            or _numeral_phrase(left, right, hazm, forms)
        ):
            continue
        if word in hazm and hazm[word][1]:
            is_whole = (right in parts and left not in stop) or (
                "NUM" in hazm.get(left, (0, set()))[1] and right not in stop
            )
        else:
            is_whole = (
                right in parts
                and left not in stop
                and len(left) > 2
                and key not in hazm
                and hazm.get(right, (0, set()))[0] < RARE_WORD
            )
        if is_whole or (right.startswith(ARABIC_ARTICLE) and len(right) > 3):
            whole.append(key)
    return sorted(whole)


def _split_joined(
    attested: dict[str, str],
    forms: dict[str, str],
    ud_pairs: Counter[str],
    verbal: set[str],
    stop: set[str],
) -> list[str]:
    """Half-spaced spellings of compounds khabar writes joined, for where they stand spaced.

    «وزارتخانه» is joined (the web joins it ten times as often), but a writer who
    spaces it, «وزارت خانه», meant two parts, and PerDT writes «وزارت‌خانه». Not where
    the pair is a phrase: the treebanks space it («این که»), it reads as a verb or phrase
    («آن جا»), or its first part is a function word («هم سر داده»).
    """
    phrases = _phrase_pairs(attested, verbal)
    return sorted(
        _visible(word)
        for key, word in attested.items()
        if forms.get(key) == key
        and word.count(ZWNJ) == 1
        and ZWNJ in _visible(word)
        and word.rpartition(ZWNJ)[2] not in INFLECTIONS
        and word.replace(ZWNJ, " ") not in ud_pairs
        and word.replace(ZWNJ, " ") not in phrases
        and word.partition(ZWNJ)[0] not in stop
    )


# Endings written joined to the word they follow: an ordinal's «م», «مین», the «ی» of an
# adjective, a possessive; «نه‌صد» + «مین» is spelled as «نهصد» is.
DERIVED_ENDINGS = tuple(sorted({*JOINED_SUFFIXES[1:], "مین", "ین"}, key=len))


def _join_derived(forms: dict[str, str]) -> None:
    """Join a listed word made of a word ``forms`` joins and a joined ending.

    hazm half-spaces «نه‌صد» and «نه‌صدمین» both; the web writes the cardinal joined
    several thousand times as often, which decides it, but the ordinal is too rare on the
    web to be decided so, and kept hazm's half-space. The derived word follows its base,
    shorter words first, so that a chain of endings follows its first word.
    """
    for key in sorted(forms, key=len):
        word = forms[key]
        if ZWNJ not in word:
            continue
        for ending in DERIVED_ENDINGS:
            head = word[: len(word) - len(ending)]
            base = key[: len(key) - len(ending)]
            if (
                word.endswith(ending)
                and not head.endswith(ZWNJ)
                and len(base) > 2
                and forms.get(base) == base
            ):
                forms[key] = key
                break


def compile_lexicon(root: Path, part: Callable[[list], list] = tune) -> dict:
    """Decide, for every spelling the sources disagree on, which one khabar writes.

    ``part`` picks the UD sentences learned from: the tuning part unless a development
    experiment holds out some of it.
    """
    hazm = _hazm_words(root)
    vocab = _shekar_vocab(root)
    compounds = _compounds(root)
    treebanks = _treebanks(root, part)
    ud = _ud_spellings(treebanks)
    # Seraji writes a quarter of its plurals joined («ارزشها», «فیلمهای») and the rest with
    # a half-space, even within one sentence, and some comparatives too («بزرگتر»): such
    # a spelling says nothing about the word, so the rules decide it. PerDT joins 4
    # plurals in 359, on purpose («سالها»): those stay.
    unreliable = _ud_joined_inflections(root, part, SERAJI_DEV) - _ud_joined_inflections(
        root, part, PERDT_DEV
    )

    forms: dict[str, str] = {}
    attested: dict[str, str] = {}
    for word in [*compounds, *(w for w in hazm if ZWNJ in w), *(w for w in vocab if ZWNJ in w)]:
        key = word.replace(ZWNJ, "")
        if key in forms:
            continue
        # Measured on the UD tuning part, «half-space unless hazm's tagged list knows the
        # word joined» decides 87% of these compounds as the treebanks do; web frequencies
        # (shekar), where half-spaces are often lost, do worse (at best 82%) as the rule,
        # but help as an exception: a compound the web writes joined 10 times as often
        # as half-spaced is joined («دستگیری», «چشمگیری»). In 4-fold cross-validation on
        # the tuning part (lexicon from three folds, scored on the fourth) this beats the
        # earlier 30 times and «hazm's corpus hardly half-spaces it»: joined PerDT F1
        # 96.6 → 96.7, Seraji 88.4 → 88.7, clean-text damage 28 → 26 gaps.
        inflected = word.rpartition(ZWNJ)[2] in INFLECTIONS
        spaced_count = vocab.get(word, 0)
        web_joined = 0 < WEB_JOINED_RATIO * spaced_count < vocab.get(key, 0)
        joined = bool(hazm.get(key, (0, set()))[1]) or web_joined
        forms[key] = word if inflected or not joined else key
        attested[key] = word
    _join_derived(forms)
    # The treebanks decide where they agree with themselves; where they spell a word both
    # ways, the rules decide.
    for key, spellings in ud.items():
        best, count = max(spellings.items(), key=lambda kv: (kv[1], ZWNJ not in kv[0]))
        if ZWNJ not in best and _with_clitic(key, unreliable):
            continue
        total = sum(spellings.values())
        if (total == 0 and ZWNJ in best) or (total and count >= 0.75 * total):
            forms[key] = best
    forms.update((w, w) for w in JOINED_DEMONSTRATIVES)
    forms = {key: _visible(word) for key, word in forms.items()}

    protected = sorted(w for w, (freq, tags) in hazm.items() if tags and ZWNJ not in w)
    # Words that are given names as well («هستی», «نوید»), which the people layer reads
    # as no ordinary words (khabar.news.people.lexicon.common_words); the repairs do not.
    names = _hazm_names(root)
    named_words = [w for w in protected if w in names]
    # Every word hazm lists whole, tagged or not, is known: only inflection may split it.
    known = sorted(w for w in hazm if ZWNJ not in w)
    stems: dict[str, tuple[str, int]] = {}
    # A compound the web never writes (hazm's «رشته‌کوه») takes hazm's count, so that its
    # plural is read; the web drops the madda («امریکایی»), so a plain word it never
    # spells with one is counted under the spelling without.
    for word, (hazm_freq, tags) in hazm.items():
        if tags & STEM_TAGS or not tags:
            key = word.replace(ZWNJ, "")
            freq = vocab.get(key, 0) + vocab.get(word, 0)
            if not freq:
                freq = hazm_freq if ZWNJ in word else vocab.get(key.replace("آ", "ا"), 0)
            stems[key] = (forms.get(key, word), freq)
    for word in compounds:
        key = word.replace(ZWNJ, "")
        stems.setdefault(key, (forms.get(key, word), vocab.get(key, 0) + vocab.get(word, 0)))
    # A noun or adjective of the treebanks missing from hazm's stems («موقع», tagged CONJ
    # there) takes its web frequency; prepositions and the like stay at 0 («به» + «ای»).
    ud_nouns = {w for w in _ud_words(treebanks, {"NOUN", "ADJ", "PROPN"}) if len(w) > 2}
    for key, spellings in ud.items():
        spelling = forms.get(key, spellings.most_common(1)[0][0])
        freq = vocab.get(key, 0) + (vocab.get(spelling, 0) if ZWNJ in spelling else 0)
        stems.setdefault(key, (spelling, freq if key in ud_nouns else 0))
    for word, freq in vocab.items():
        key = word.replace(ZWNJ, "")
        stems.setdefault(key, (forms.get(key, word), freq))
    adjectives = {w.replace(ZWNJ, "") for w, (_, tags) in hazm.items() if tags & {"AJ", "ADV"}}
    adjectives.update(_ud_words(treebanks, {"ADJ"}))
    adjectives.update(
        w.rpartition(ZWNJ)[0].replace(ZWNJ, "")
        for w in forms.values()
        if w.endswith((ZWNJ + "تر", ZWNJ + "ترین"))
    )
    right_parts = _productive_parts(forms.values())
    ud_pairs = _ud_spaced_pairs(treebanks)
    verbs = _verbs(root)
    verbal = _verbal(verbs)
    spaced = sorted(
        {
            pair
            for pair in ud_pairs
            if forms.get(pair.replace(" ", "").replace(ZWNJ, "")) == pair.replace(" ", ZWNJ)
        }
        | _phrase_pairs(forms, verbal)
        | _prepositional_pairs(forms, ud, ud_pairs)
    )
    whole = _whole_compounds(root, hazm, forms, set(right_parts))
    split_joined = _split_joined(attested, forms, ud_pairs, verbal, _stopwords(root))
    return {
        "whole": whole,
        "split_joined": split_joined,
        "known": known,
        "spaced": spaced,
        "right_parts": right_parts,
        "forms": dict(sorted(forms.items())),
        "protected": protected,
        "stems": dict(sorted(stems.items())),
        "adjectives": sorted(adjectives),
        "verbs": verbs,
        "not_verbs": _ud_not_verbs(treebanks),
        "named_words": named_words,
    }


def build(root: Path | None = None, out: Path | None = None) -> Path:
    """Write the compiled lexicon into the package and return its path."""
    root = root or data_dir()
    out = out or Path(__file__).resolve().parents[1] / "data" / DATA_FILE
    payload = json.dumps(compile_lexicon(root), ensure_ascii=False, separators=(",", ":"))
    out.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
    HalfSpaceRepairer.from_package()
    return out


if __name__ == "__main__":
    print(build())
