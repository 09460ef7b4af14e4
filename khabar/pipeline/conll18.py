"""CoNLL 2018 shared-task scores of a system's CoNLL-U against gold, from raw text.

The two files need not agree on tokens: words are aligned through the characters they
cover, as the shared task's own evaluation script does. Whitespace is not a character
here, and neither are half-spaces or letter variants that khabar's normalizer repairs, so a
repaired «ي» or a restored half-space does not break the alignment.

* Tokens and Sentences: F1 of exactly matching character spans.
* Words: words aligned one to one; inside a multiword token (on either side) by the
  longest common subsequence of their forms.
* UPOS, UFeats, Lemmas, UAS, LAS: aligned words with that annotation right, as
  precision over system words and recall over gold words; LAS compares the universal
  part of the relation (``nmod:poss`` → ``nmod``), as the shared task does.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from khabar.datasets.ud import UDSentence, parse_conllu
from khabar.text.chars import ZWNJ, repair_chars

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")


@dataclass
class Word:
    form: str
    upos: str
    feats: str
    lemma: str
    head: int  # index into the file's word list, -1 for the root
    deprel: str
    token: tuple[int, int]  # character span of the token the word belongs to
    multiword: bool


@dataclass
class Parsed:
    words: list[Word] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    chars: str = ""


def _chars(form: str) -> str:
    return repair_chars(form).replace(ZWNJ, "").replace(" ", "")


def parse(sentences: Iterable[UDSentence]) -> Parsed:
    """Words, tokens and sentences of CoNLL-U sentences, placed on one character line."""
    out = Parsed()
    pieces: list[str] = []
    offset = 0
    for sent in sentences:
        first_word = len(out.words)
        sent_start = offset
        ranges: dict[int, tuple[int, int]] = {}
        ids: dict[str, int] = {}
        for row in sent.rows:
            if "-" in row[0]:
                a, b = (int(x) for x in row[0].split("-"))
                chars = _chars(row[1])
                span = (offset, offset + len(chars))
                for i in range(a, b + 1):
                    ranges[i] = span
                out.tokens.append(span)
                pieces.append(chars)
                offset += len(chars)
                continue
            i = int(row[0])
            if i in ranges:
                span, multiword = ranges[i], True
            else:
                chars = _chars(row[1])
                span, multiword = (offset, offset + len(chars)), False
                out.tokens.append(span)
                pieces.append(chars)
                offset += len(chars)
            ids[row[0]] = len(out.words)
            out.words.append(
                Word(
                    row[1],
                    row[3],
                    row[5],
                    row[2],
                    int(row[6]) if row[6].isdigit() else 0,
                    row[7],
                    span,
                    multiword,
                )
            )
        for word in out.words[first_word:]:
            word.head = ids.get(str(word.head), -1) if word.head else -1
        out.sentences.append((sent_start, offset))
    out.chars = "".join(pieces)
    return out


_ID = re.compile(r"[1-9][0-9]*")
_RANGE = re.compile(r"([1-9][0-9]*)-([1-9][0-9]*)")
_EMPTY_NODE = re.compile(r"[0-9]+\.[1-9][0-9]*")


def read_gold(path: str | Path) -> list[UDSentence]:
    """A gold CoNLL-U file's sentences, checked first. The reader skips a line without ten
    tab-separated columns, and a bad ID or head would surface only as a text mismatch or
    a bare ``int()`` error after the whole pipeline has run: a ``ValueError`` names the
    line here instead."""
    lines: list[str] = []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                raise ValueError(f"line {n}: invalid UTF-8 ({e.reason})") from None
            lines.append(line.lstrip("\ufeff") if n == 1 else line)
    for first, last in _blocks(lines):
        _check_sentence(lines, first, last)
    return list(parse_conllu(lines))


def _blocks(lines: list[str]) -> Iterable[tuple[int, int]]:
    """``(first, last)`` line indexes of each sentence (comments and rows between blanks)."""
    first = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and first is None:
            first = i
        elif not line.strip() and first is not None:
            yield first, i
            first = None


def _check_sentence(lines: list[str], first: int, last: int) -> None:
    """One sentence's lines: rows of ten columns, words numbered 1, 2, …, heads among them,
    and a ``# text`` its tokens spell (the pipeline reads the text, the score the tokens)."""
    text, words, tokens = None, 0, []
    heads: list[tuple[int, int, str]] = []
    covered = 0
    for i in range(first, last):
        line, where = lines[i], f"line {i + 1}"
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"{where}: expected 10 tab-separated columns, got {len(cols)}")
        if _EMPTY_NODE.fullmatch(cols[0]):
            continue
        if m := _RANGE.fullmatch(cols[0]):
            a, b = int(m[1]), int(m[2])
            if a != words + 1 or b <= a:
                raise ValueError(f"{where}: expected a range from word {words + 1}, got {cols[0]}")
            tokens.append(cols[1])
            covered = b
            continue
        if not _ID.fullmatch(cols[0]) or int(cols[0]) != words + 1:
            raise ValueError(f"{where}: expected word ID {words + 1}, got {cols[0]!r}")
        words += 1
        if words > covered:
            tokens.append(cols[1])
        heads.append((i + 1, words, cols[6]))
    if not tokens:  # comments alone («# newdoc», «# global.columns»): no sentence
        return
    if text is None:
        raise ValueError(f"line {first + 1}: the sentence has no '# text' line")
    for n, word, head in heads:
        if head != "_" and not (head.isdigit() and int(head) <= words and int(head) != word):
            raise ValueError(f"line {n}: head {head!r} is no word of the sentence")
    if _chars(text) != _chars("".join(tokens)):
        raise ValueError(f"line {first + 1}: its words do not spell the sentence's '# text'")


def _lcs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    pairs, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _region(g: list[Word], s: list[Word], gi: int, si: int) -> tuple[int, int, int, int]:
    """The smallest run of words on both sides that covers a multiword token and every
    token overlapping it: ``(gold start, system start, gold end, system end)``."""
    if g[gi].multiword:
        end = g[gi].token[1]
        if not s[si].multiword and s[si].token[0] < g[gi].token[0]:
            si += 1
    else:
        end = s[si].token[1]
        if not g[gi].multiword and g[gi].token[0] < s[si].token[0]:
            gi += 1
    gs, ss = gi, si
    while (gi < len(g) and (g[gi].multiword or g[gi].token[0] < end)) or (
        si < len(s) and (s[si].multiword or s[si].token[0] < end)
    ):
        if gi < len(g) and (si >= len(s) or g[gi].token[0] <= s[si].token[0]):
            end = max(end, g[gi].token[1])
            gi += 1
        else:
            end = max(end, s[si].token[1])
            si += 1
    return gs, ss, gi, si


def align(gold: Parsed, system: Parsed) -> dict[int, int]:
    """Gold word index → system word index, for words the two files agree on."""
    aligned: dict[int, int] = {}
    g, s = gold.words, system.words
    gi = si = 0
    while gi < len(g) and si < len(s):
        if g[gi].multiword or s[si].multiword:
            gs, ss, gi, si = _region(g, s, gi, si)
            forms_g = [_chars(w.form).lower() for w in g[gs:gi]]
            forms_s = [_chars(w.form).lower() for w in s[ss:si]]
            aligned.update((gs + a, ss + b) for a, b in _lcs(forms_g, forms_s))
        elif g[gi].token == s[si].token:
            aligned[gi] = si
            gi, si = gi + 1, si + 1
        elif g[gi].token[0] <= s[si].token[0]:
            gi += 1
        else:
            si += 1
    return aligned


def _f1(correct: int, system: int, gold: int) -> dict[str, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold_sents: Iterable[UDSentence], system_sents: Iterable[UDSentence]) -> dict[str, dict]:
    """Scores per metric (precision, recall, F1), the shared task's way."""
    gold, system = parse(gold_sents), parse(system_sents)
    if gold.chars != system.chars:
        raise ValueError("the system's text differs from the gold text beyond repairs")
    aligned = align(gold, system)
    scores = {
        "Tokens": _f1(
            len(set(gold.tokens) & set(system.tokens)), len(system.tokens), len(gold.tokens)
        ),
        "Sentences": _f1(
            len(set(gold.sentences) & set(system.sentences)),
            len(system.sentences),
            len(gold.sentences),
        ),
        "Words": _f1(len(aligned), len(system.words), len(gold.words)),
    }

    def head_ok(gi: int, si: int) -> bool:
        gh, sh = gold.words[gi].head, system.words[si].head
        return (gh == -1 and sh == -1) or (gh != -1 and aligned.get(gh) == sh)

    checks = {
        "UPOS": lambda gw, sw, gi, si: gw.upos == sw.upos,
        "UFeats": lambda gw, sw, gi, si: gw.feats == sw.feats,
        "Lemmas": lambda gw, sw, gi, si: gw.lemma == sw.lemma,
        "UAS": lambda gw, sw, gi, si: head_ok(gi, si),
        "LAS": lambda gw, sw, gi, si: (
            head_ok(gi, si) and gw.deprel.split(":")[0] == sw.deprel.split(":")[0]
        ),
    }
    for name, check in checks.items():
        correct = sum(check(gold.words[gi], system.words[si], gi, si) for gi, si in aligned.items())
        scores[name] = _f1(correct, len(system.words), len(gold.words))
    return scores


def format_scores(scores: dict[str, dict]) -> str:
    lines = [
        "Metric     | Precision |    Recall |  F1 Score",
        "-----------+-----------+-----------+-----------",
    ]
    for name in METRICS:
        p, r, f = (100 * scores[name][k] for k in ("precision", "recall", "f1"))
        lines.append(f"{name:<11}| {p:9.2f} | {r:9.2f} | {f:9.2f}")
    return "\n".join(lines)
