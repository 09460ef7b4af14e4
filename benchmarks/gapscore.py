"""Half-space (ZWNJ) scoring over character gaps, robust to peers that change other things.

Normalizers rewrite more than half-spaces: Arabic letters become Persian, digits change
script, diacritics vanish, quotes and punctuation spacing change. A plain string compare
would charge all of that to the half-space repair. So both texts are first mapped to a
comparison form (``canon``), reduced to a *skeleton* (every character except space and
ZWNJ) and, for each pair of neighbouring skeleton characters, the *separator* between them:
``""`` (none), ``ZWNJ`` or ``" "`` (any whitespace). Only gaps between two letters are
scored: that is where a half-space decision lives, and it keeps punctuation spacing out.
When a peer changed the skeleton itself, the skeletons are aligned with difflib and only
gaps inside aligned runs are compared; a gold ZWNJ gap that cannot be aligned is a miss.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ZWNJ = "\u200c"
SPACE = " "
NONE = ""

_LETTERS = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
}  # fmt: skip
_QUOTES = {c: '"' for c in "«»“”„‟″'‘’‚‛`"}
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}


def _build_canon_table() -> dict[int, str | None]:
    """The comparison map, built once over the BMP so that ``str.translate`` does it all."""
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        ch = chr(code)
        if ch == ZWNJ:
            continue
        cat = unicodedata.category(ch)
        if cat == "Nd":
            table[code] = str(unicodedata.digit(ch))
        elif cat in ("Mn", "Me") or cat == "Cf" or ch == "\u0640":
            table[code] = None  # diacritics, tatweel, other zero-width and bidi marks
        elif ch.isspace():
            table[code] = SPACE
    for src, dst in (_LETTERS | _QUOTES | _PUNCT).items():
        table[ord(src)] = dst
    return table


_CANON = _build_canon_table()


def canon(text: str) -> str:
    """Map ``text`` to its comparison form (Persian letters, Latin digits, no marks)."""
    return text.translate(_CANON)


@dataclass(frozen=True)
class Gaps:
    """A text as skeleton characters plus the separator in each gap between them."""

    skeleton: str
    seps: tuple[str, ...]  # len(skeleton) - 1 entries (0 for an empty skeleton)

    def scored(self, i: int) -> bool:
        """Whether gap ``i`` lies between two letters, where half-spaces are decided."""
        return self.skeleton[i].isalpha() and self.skeleton[i + 1].isalpha()


def gaps(text: str) -> Gaps:
    """Split a text into skeleton and gap separators, after canonicalisation."""
    chars: list[str] = []
    seps: list[str] = []
    pending = NONE
    for ch in canon(text):
        if ch == SPACE:
            pending = SPACE
        elif ch == ZWNJ:
            if pending != SPACE:
                pending = ZWNJ
        else:
            if chars:
                seps.append(pending)
            chars.append(ch)
            pending = NONE
    return Gaps("".join(chars), tuple(seps))


def align_gaps(gold: Gaps, other: Gaps) -> list[int | None]:
    """For each gold gap, the index of the matching gap in ``other``, or None if unaligned."""
    n = len(gold.seps)
    if gold.skeleton == other.skeleton:
        return list(range(n))
    mapping: list[int | None] = [None] * n
    matcher = difflib.SequenceMatcher(None, gold.skeleton, other.skeleton, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size - 1):
            mapping[a + k] = b + k
    return mapping


@dataclass
class GapCounts:
    """Counts over many sentences; the derived scores are what the benchmark reports."""

    sentences: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    damage: int = 0
    gaps: int = 0
    unaligned: int = 0

    def add(self, other: GapCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_pct(self) -> float:
        return 100.0 * self.exact / self.sentences if self.sentences else 0.0

    def summary(self) -> dict[str, float | int]:
        """The scores as plain numbers, for JSON."""
        return {
            "sentences": self.sentences,
            "exact_pct": round(self.exact_pct, 2),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "damage": self.damage,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gaps": self.gaps,
            "unaligned": self.unaligned,
        }


@dataclass
class SentenceScore:
    """One sentence's counts plus the gold gaps it got wrong (for error listings)."""

    counts: GapCounts
    gold: Gaps
    output: Gaps
    mapping: list[int | None]
    wrong: list[int] = field(default_factory=list)


def score_sentence(
    gold_text: str, output_text: str, input_text: str | None = None
) -> SentenceScore:
    """Compare one output with its gold over letter-letter gaps.

    ``input_text`` (what the peer was given) is needed only for ``damage``: gaps that were
    already right in the input and that the peer made wrong.
    """
    gold, out = gaps(gold_text), gaps(output_text)
    mapping = align_gaps(gold, out)
    inp_seps: Sequence[str | None] = ()
    if input_text is not None:
        inp = gaps(input_text)
        inp_map = align_gaps(gold, inp)
        inp_seps = [None if j is None else inp.seps[j] for j in inp_map]
    c = GapCounts(sentences=1)
    wrong: list[int] = []
    for i, gsep in enumerate(gold.seps):
        if not gold.scored(i):
            continue
        c.gaps += 1
        j = mapping[i]
        if j is None:
            c.unaligned += 1
            if gsep == ZWNJ:
                c.fn += 1
                wrong.append(i)
            continue
        osep = out.seps[j]
        c.tp += gsep == ZWNJ and osep == ZWNJ
        c.fp += gsep != ZWNJ and osep == ZWNJ
        c.fn += gsep == ZWNJ and osep != ZWNJ
        if osep != gsep:
            wrong.append(i)
            if inp_seps and inp_seps[i] == gsep:
                c.damage += 1
    c.exact = int(not wrong)
    return SentenceScore(c, gold, out, mapping, wrong)


def score_corpus(
    golds: Sequence[str], outputs: Sequence[str], inputs: Sequence[str] | None = None
) -> tuple[GapCounts, list[SentenceScore]]:
    """Score aligned lists of sentences; returns the totals and the per-sentence scores."""
    if len(golds) != len(outputs) or (inputs is not None and len(inputs) != len(golds)):
        raise ValueError(f"{len(golds)} gold lines but {len(outputs)} output lines")
    total = GapCounts()
    per: list[SentenceScore] = []
    for k, (g, o) in enumerate(zip(golds, outputs, strict=True)):
        s = score_sentence(g, o, None if inputs is None else inputs[k])
        total.add(s.counts)
        per.append(s)
    return total, per


def _render(skeleton: str, seps: Sequence[str | None], lo: int, hi: int) -> str:
    """Characters lo..hi of a skeleton joined by the given separators (None shown as '·')."""
    parts = [skeleton[lo]]
    for i in range(lo, hi):
        sep = seps[i]
        parts.append("·" if sep is None else sep)
        parts.append(skeleton[i + 1])
    return "".join(parts)


def wrong_words(score: SentenceScore) -> list[tuple[str, str]]:
    """The (gold form, output form) of each word holding a wrong gap.

    A word is grown from the wrong gap over letter-letter gaps that are not spaces in
    either text, so «می‌کنند» read as «میکنند» shows whole, and «رفته ایم» read as
    «رفته‌ایم» shows both parts. Forms are in comparison form (see ``canon``).
    """
    gold, out = score.gold, score.output
    out_seps = [None if j is None else out.seps[j] for j in score.mapping]

    def inside(i: int) -> bool:
        return gold.scored(i) and gold.seps[i] != SPACE and out_seps[i] != SPACE

    wrong = set(score.wrong)
    pairs: list[tuple[str, str]] = []
    last_hi = -1
    for i in score.wrong:
        if i < last_hi:
            continue
        lo = i
        while lo > 0 and inside(lo - 1):
            lo -= 1
        hi = i + 1
        while hi < len(gold.seps) and (hi in wrong or inside(hi)):
            hi += 1
        last_hi = hi
        pairs.append(
            (_render(gold.skeleton, gold.seps, lo, hi), _render(gold.skeleton, out_seps, lo, hi))
        )
    return pairs


def top_wrong_words(scores: Iterable[SentenceScore], n: int) -> list[tuple[str, str, int]]:
    """The ``n`` most frequent (gold form, output form, count) over many sentences."""
    counter: Counter[tuple[str, str]] = Counter()
    for s in scores:
        counter.update(wrong_words(s))
    return [(g, o, k) for (g, o), k in counter.most_common(n)]
