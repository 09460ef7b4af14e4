"""The word lists behind clitic splitting, shipped as one small gzipped TSV.

Run time only ever reads ``khabar/data/clitics.tsv.gz``. The file is compiled from the
shared development data (hazm and shekar lexicons, the tuning part of the UD Persian dev
files) and is rebuilt with::

    python -m khabar.text.lexicon

Each line is ``tag<TAB>word`` (``x`` lines add ``<TAB>part part``):

- ``n`` a noun, pronoun or preposition that can carry a pronominal clitic («کار»);
- ``a`` an adjective: like ``n``, and it also takes the copula («گرفتار» + «ند»);
- ``y`` a stem whose final «ی» belongs to it, so «برایش» is «برای» + «ش», not «برا» + «یش»;
- ``k`` a word that only looks like stem + clitic («مردم», «ارتش», «آرامش»);
- ``p``, ``r`` past and present verb stems: verbs keep their endings («گفتم»);
- ``x`` a form whose split PerDT fixes outright («مرا» → «م» «را», «خودش» → «خود» «ش»).
"""

import gzip
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "clitics.tsv.gz"

# hazm's coarse tags for words that can carry a possessive clitic.
_STEM_TAGS = {"N", "AJ", "PRO", "P"}
# shekar's vocabulary has no tags and lists clitic forms too; only frequent words serve as stems.
_SHEKAR_MIN_FREQ = 1_000_000
_PUNCT = set(".،؛:!?؟")
# A word listed as a noun of its own is no stem plus clitic when the web writes it this
# share as often as the stem: a possessive or copula form is rarer than its stem by far
# («عزیزم» 0.52 of «عزیز» splits; «توریست» 0.87 of «توری» does not). In 4-fold
# cross-validation on the tuning part no miss changed; the 0.3 tried first kept «عزیزم».
_OWN_NOUN_SHARE = 0.6


@dataclass(frozen=True)
class CliticLexicon:
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    ya_stems: frozenset[str] = frozenset()
    keep: frozenset[str] = frozenset()
    past: frozenset[str] = frozenset()
    present: frozenset[str] = frozenset()
    splits: dict[str, tuple[str, ...]] = field(default_factory=dict)


def read_lexicon(path: Path = LEXICON_PATH) -> CliticLexicon:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return parse_lexicon(f)


def parse_lexicon(lines) -> CliticLexicon:
    """The lexicon from its TSV lines."""
    sets: dict[str, set[str]] = {tag: set() for tag in "naykpr"}
    splits: dict[str, tuple[str, ...]] = {}
    for line in lines:
        tag, word, *parts = line.rstrip("\n").split("\t")
        if tag == "x":
            splits[word] = tuple(parts[0].split(" "))
        else:
            sets[tag].add(word)
    return CliticLexicon(
        nouns=frozenset(sets["n"] | sets["a"]),
        adjectives=frozenset(sets["a"]),
        ya_stems=frozenset(sets["y"]),
        keep=frozenset(sets["k"]),
        past=frozenset(sets["p"]),
        present=frozenset(sets["r"]),
        splits=splits,
    )


@cache
def lexicon() -> CliticLexicon:
    """The shipped lexicon, read once."""
    return read_lexicon()


Part = Callable[[list], list]


def _gold_tokens(path: Path, part: Part) -> list[tuple[str, tuple[str, ...] | None]]:
    """``(surface, parts or None)`` for each token of ``part`` of a treebank; trailing
    punctuation that PerDT folds into a multiword token is left off both."""
    from khabar.datasets import read_conllu

    out: list[tuple[str, tuple[str, ...] | None]] = []
    for sent in part(list(read_conllu(path))):
        rows, i = sent.rows, 0
        while i < len(rows):
            row = rows[i]
            if "-" not in row[0]:
                out.append((row[1], None))
                i += 1
                continue
            first, last = map(int, row[0].split("-"))
            parts = [r[1] for r in rows[i + 1 : i + 2 + last - first]]
            i += 2 + last - first
            surface = row[1]
            while parts and parts[-1] in _PUNCT and surface.endswith(parts[-1]):
                surface = surface[: -len(parts[-1])]
                parts.pop()
            # Seraji drops the half-space from the first part; cut the surface form instead.
            cut = len(surface) - len(parts[-1])
            out.append((surface, (surface[:cut], surface[cut:])))
    return out


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def build_lexicon(data: Path, out: Path = LEXICON_PATH) -> dict[str, int]:
    """Compile the lexicon from the shared data folder; returns line counts per tag."""
    lines = compile_lexicon(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same data.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(lines).encode("utf-8"))
    return dict(Counter(line[0] for line in lines))


def compile_lexicon(data: Path, part: Part | None = None) -> list[str]:
    """The lexicon's TSV lines, learned from ``part`` of the UD dev files (the tuning part
    unless a cross-validation holds some of it out)."""
    from khabar.datasets import tune
    from khabar.datasets.paths import PERDT_DEV, SERAJI_DEV
    from khabar.text.tokenizer import FIXED_SPLITS, ZWNJ, CliticSplitter

    part = part or tune

    hazm: dict[str, tuple[int, set[str]]] = {}
    for line in _lines(data / "lexicon/hazm/words.dat"):
        word, freq, tags = line.split("\t")
        hazm[word] = (int(freq), set(tags.split(",")))
    shekar: dict[str, int] = {}
    for line in _lines(data / "lexicon/shekar/vocab.csv"):
        word, _, freq = line.rpartition(",")
        shekar[word] = int(freq)

    past, present = {"هست", "نیست", "است"}, {"هست"}
    for line in _lines(data / "lexicon/hazm/verbs.dat"):
        p, _, r = line.strip().partition("#")
        past.add(p)
        present.add(r)
    for line in _lines(data / "lexicon/shekar/verbs.csv"):
        r, p = line.split(",")[:2]
        past.add(p)
        present.add(r)
    past.discard("")
    present.discard("")

    nouns = {w for w, (f, tags) in hazm.items() if f > 0 and tags & _STEM_TAGS}
    # shekar fills hazm's gaps («تیم»), but never overrides its tags («نود» is a number).
    nouns |= {
        w
        for w, f in shekar.items()
        if f >= _SHEKAR_MIN_FREQ and len(w) >= 3 and hazm.get(w, (0, {"0"}))[1] == {"0"}
    }
    adjectives = {w for w, (f, tags) in hazm.items() if f > 0 and "AJ" in tags}

    split_count: Counter[str] = Counter()
    keep_count: Counter[str] = Counter()
    gold_parts: dict[str, tuple[str, ...]] = {}
    ya_stems: set[str] = set()
    # Seraji counts towards whether a form splits; the parts come from PerDT alone, whose
    # conventions differ in places («بدان» is «بد» «ان» there, «ب» «دان» in Seraji).
    for name in (SERAJI_DEV, PERDT_DEV):
        for surface, parts in _gold_tokens(data / name, part):
            if parts is None:
                keep_count[surface] += 1
                continue
            split_count[surface] += 1
            if name == PERDT_DEV:
                gold_parts[surface] = parts
            stem = parts[0]
            if stem.endswith("ای") and not stem.endswith("های") and not parts[1].startswith("ی"):
                ya_stems.add(stem)
    splits = {w: p for w, p in gold_parts.items() if split_count[w] >= keep_count[w]}

    base = CliticLexicon(
        nouns=frozenset(nouns | adjectives),
        adjectives=frozenset(adjectives),
        ya_stems=frozenset(ya_stems),
        past=frozenset(past),
        present=frozenset(present),
    )
    rule = CliticSplitter(base).rule
    candidates = {w for w, (f, _) in hazm.items() if f > 0}
    candidates |= {w for w in keep_count if w not in splits}
    # A form far more frequent than its would-be stem is a word of its own («مردم»); so
    # is a listed noun nearly as frequent («توریست», «مبلمان», «فونت», «پالت»).
    for word, freq in shekar.items():
        parts = rule(word)
        share = _OWN_NOUN_SHARE if word in nouns else 1
        # (a stem before a half-space is counted without it: «همه‌» + «شان»)
        if parts and freq > share * shekar.get(parts[0].rstrip(ZWNJ), 0):
            candidates.add(word)
    # A closed-class split («کیست») stands against the word lists, not against the gold.
    candidates -= FIXED_SPLITS.keys() - keep_count.keys()
    keep = {w for w in candidates if w not in splits and rule(w)}
    splits = {w: p for w, p in splits.items() if rule(w) != p}

    rows = [("n", w) for w in nouns - adjectives] + [("a", w) for w in adjectives]
    rows += [("y", w) for w in ya_stems] + [("k", w) for w in keep]
    rows += [("p", w) for w in past] + [("r", w) for w in present]
    lines = sorted(f"{tag}\t{word}\n" for tag, word in rows)
    lines += sorted(f"x\t{w}\t{' '.join(p)}\n" for w, p in splits.items())
    return lines


if __name__ == "__main__":
    from khabar.datasets.paths import data_dir

    print(build_lexicon(data_dir()))
