"""Tokenization and sentence splitting benchmark: khabar against peers, on UD gold.

    python3 benchmarks/tokenization.py                 # held-out part, all peers
    python3 benchmarks/tokenization.py --part tune     # tuning part, for development
    python3 benchmarks/tokenization.py --part tune-cv --errors 20   # see below

``--part tune-cv`` is the honest development score: the tuning part in four folds, the
clitic lexicon compiled from three (``khabar.text.lexicon.compile_lexicon``) and each
fold scored with the lexicon that never saw it, so that words the tuning part taught the
lexicon do not flatter it. Peers are not run there. ``--errors`` prints khabar's misses,
on the tuning part only.

Gold is the UD PerDT and Seraji dev files (held-out quarter by default). The ``# text``
of consecutive sentences, joined by a space in groups of ten, makes one paragraph per
line; each system splits and tokenizes the paragraphs, peers in their own venvs through
``benchmarks/peers/runner.py``. Scores follow the CoNLL 2018 shared task: tokens and
sentences match by character span; syntactic words match by span outside multiword
tokens and by form (longest common subsequence) inside them. Peer tokens are mapped back
to the paragraph by character alignment, so a peer that changes characters is not
penalized for that. Throughput is one run per system over the paragraphs repeated to about a
million characters, timed inside the tokenizer calls only (peers after the runner's warm-up
call). Prints Markdown tables and writes ``benchmarks/out/tokenization.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.datasets import UDSentence, heldout, read_conllu, tune
from khabar.datasets.paths import PERDT_DEV, SERAJI_DEV, data_dir
from khabar.text.lexicon import compile_lexicon, parse_lexicon
from khabar.text.tokenizer import CliticSplitter, Sentence, tokenize

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "benchmarks" / "peers" / "runner.py"
OUT_JSON = ROOT / "benchmarks" / "out" / "tokenization.json"
CORPORA = {"PerDT": PERDT_DEV, "Seraji": SERAJI_DEV}
PEERS = ("hazm", "parsivar", "shekar", "rishe")
GROUP = 10
SKIPPED = 3  # the runner's exit code for "this peer cannot do this here"

Span = tuple[int, int]


@dataclass
class Word:
    """One syntactic word; the parts of a multiword token share the token's span."""

    start: int
    end: int
    form: str
    multiword: bool


@dataclass
class Analysis:
    """One paragraph's segmentation, all in character offsets into the paragraph."""

    tokens: list[Span]
    words: list[Word]
    sentences: list[Span]


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    correct: int = 0

    def add(self, gold: int, system: int, correct: int) -> None:
        self.gold += gold
        self.system += system
        self.correct += correct

    @property
    def f1(self) -> float:
        total = self.gold + self.system
        return 100.0 * 2 * self.correct / total if total else 100.0


# --- gold ------------------------------------------------------------------------------


def paragraphs(sents: list[UDSentence]) -> list[tuple[str, Analysis]]:
    """Consecutive sentences joined by a space, ``GROUP`` at a time, with gold spans."""
    out = []
    for k in range(0, len(sents), GROUP):
        text, gold = "", Analysis([], [], [])
        for sent in sents[k : k + GROUP]:
            if text:
                text += " "
            _gold_sentence(sent, len(text), gold)
            text += sent.text
        out.append((text, gold))
    return out


def _gold_sentence(sent: UDSentence, offset: int, gold: Analysis) -> None:
    pos, rows, i = 0, sent.rows, 0
    first = len(gold.tokens)
    while i < len(rows):
        row = rows[i]
        while sent.text[pos] == " ":
            pos += 1
        span = (offset + pos, offset + pos + len(row[1]))
        pos += len(row[1])
        gold.tokens.append(span)
        if "-" in row[0]:
            a, b = map(int, row[0].split("-"))
            parts = rows[i + 1 : i + 2 + b - a]
            gold.words += [Word(*span, p[1], True) for p in parts]
            i += 2 + b - a
        else:
            gold.words.append(Word(*span, row[1], False))
            i += 1
    gold.sentences.append((gold.tokens[first][0], gold.tokens[-1][1]))


def cv_folds(folds: int) -> list[tuple[CliticSplitter, dict[str, list[tuple[str, Analysis]]]]]:
    """For each fold of the tuning part: a splitter compiled without it, and its paragraphs."""
    root = data_dir()
    sents = {name: tune(list(read_conllu(root / path))) for name, path in CORPORA.items()}
    out = []
    for k in range(folds):

        def rest(items: list, k: int = k) -> list:
            t = tune(items)
            n = len(t)
            return t[: k * n // folds] + t[(k + 1) * n // folds :]

        splitter = CliticSplitter(parse_lexicon(compile_lexicon(root, rest)))
        held = {
            name: paragraphs(s[k * len(s) // folds : (k + 1) * len(s) // folds])
            for name, s in sents.items()
        }
        out.append((splitter, held))
    return out


# --- systems ---------------------------------------------------------------------------


def khabar_analysis(sentences: list[Sentence]) -> Analysis:
    result = Analysis([], [], [])
    for sent in sentences:
        result.sentences.append((sent.start, sent.end))
        for tok in sent.tokens:
            result.tokens.append((tok.start, tok.end))
            multi = len(tok.words) > 1
            result.words += [Word(tok.start, tok.end, w, multi) for w in tok.words]
    return result


def peer_analysis(text: str, sentences: list[list[str]]) -> Analysis:
    """Place a peer's token strings in ``text`` by aligning their non-space characters."""
    tokens = [t for sent in sentences for t in sent]
    where = [i for i, c in enumerate(text) if not c.isspace()]
    gold_chars = "".join(text[i] for i in where)
    sys_chars = "".join("".join(t.split()) for t in tokens)
    # index in sys_chars -> index in gold_chars
    if sys_chars == gold_chars:
        index = list(range(len(sys_chars)))
    else:
        index = [-1] * len(sys_chars)
        matcher = difflib.SequenceMatcher(None, sys_chars, gold_chars, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for k in range(i1, i2):
                index[k] = j1 + min(k - i1, max(j2 - j1 - 1, 0)) if tag != "insert" else j1
        last = 0
        for k, j in enumerate(index):
            index[k] = last = max(min(j, len(gold_chars) - 1), last)
    result = Analysis([], [], [])
    pos = 0
    for sent in sentences:
        first = len(result.tokens)
        for tok in sent:
            size = len("".join(tok.split()))
            if not size or not index:
                continue
            start = where[index[pos]]
            end = where[index[pos + size - 1]] + 1
            pos += size
            result.tokens.append((start, end))
            result.words.append(Word(start, end, tok, False))
        if len(result.tokens) > first:
            result.sentences.append((result.tokens[first][0], result.tokens[-1][1]))
    return result


def run_peer(peer: str, texts: list[str]) -> tuple[list[list[list[str]]] | None, dict]:
    """Run ``peer`` in its venv; its sentences per paragraph, and the runner's report."""
    python = ROOT / ".venvs" / peer / "bin" / "python"
    if not python.exists():
        return None, {"skipped": f"no venv at .venvs/{peer} (run benchmarks/setup_peers.sh)"}
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
        src.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
        cmd = [str(python), str(RUNNER), peer, "tokenize", str(src), str(dst)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        info = json.loads(lines[-1]) if lines else {}
        if proc.returncode == SKIPPED or "skipped" in info:
            return None, {"skipped": info.get("skipped", "skipped")}
        if proc.returncode != 0:
            return None, {"skipped": f"runner failed: {proc.stderr.strip()[-300:]}"}
        out = dst.read_text(encoding="utf-8").split("\n")
    result: list[list[list[str]]] = [[]]
    for line in out[:-1]:
        if line:
            result[-1].append(line.split(" "))
        else:
            result.append([])
    return result[: len(texts)], info


# --- scoring ---------------------------------------------------------------------------


def align_words(gold: list[Word], system: list[Word]) -> int:
    """Aligned word count, as in the CoNLL 2018 evaluation script."""
    gi = si = aligned = 0
    while gi < len(gold) and si < len(system):
        g, s = gold[gi], system[si]
        if g.multiword or s.multiword:
            gs, ss, gi, si = _multiword_span(gold, system, gi, si)
            aligned += _lcs([w.form for w in gold[gs:gi]], [w.form for w in system[ss:si]])
        elif (g.start, g.end) == (s.start, s.end):
            aligned += 1
            gi += 1
            si += 1
        elif g.start <= s.start:
            gi += 1
        else:
            si += 1
    return aligned


def _multiword_span(gold: list[Word], system: list[Word], gi: int, si: int):
    if gold[gi].multiword:
        end = gold[gi].end
        if not system[si].multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        end = system[si].end
        if not gold[gi].multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while (gi < len(gold) and gold[gi].start < end) or (
        si < len(system) and system[si].start < end
    ):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            if gold[gi].multiword:
                end = max(end, gold[gi].end)
            gi += 1
        else:
            if system[si].multiword:
                end = max(end, system[si].end)
            si += 1
    return gs, ss, gi, si


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def score(gold: list[Analysis], system: list[Analysis]) -> dict[str, Counts]:
    counts = {"tokens": Counts(), "words": Counts(), "sentences": Counts()}
    for g, s in zip(gold, system, strict=True):
        counts["tokens"].add(len(g.tokens), len(s.tokens), len(set(g.tokens) & set(s.tokens)))
        counts["sentences"].add(
            len(g.sentences), len(s.sentences), len(set(g.sentences) & set(s.sentences))
        )
        counts["words"].add(len(g.words), len(s.words), align_words(g.words, s.words))
    return counts


def token_errors(text: str, gold: Analysis, system: Analysis, limit: int) -> list[str]:
    """Gold tokens the system missed or split into other words, in context, for development."""
    found = _words_by_span(system)
    out = []
    for (start, end), words in _words_by_span(gold).items():
        mine = found.get((start, end))
        if mine != words and len(out) < limit:
            got = "missed" if mine is None else " + ".join(mine)
            out.append(
                f"{text[max(0, start - 20) : start]}[{text[start:end]}]{text[end : end + 20]}"
                f"  gold {' + '.join(words)}, khabar {got}"
            )
    return out


def _words_by_span(analysis: Analysis) -> dict[Span, list[str]]:
    spans: dict[Span, list[str]] = {}
    for w in analysis.words:
        spans.setdefault((w.start, w.end), []).append(w.form)
    return spans


# --- report ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--part", choices=("heldout", "tune", "tune-cv"), default="heldout")
    p.add_argument("--folds", type=int, default=4, help="folds of --part tune-cv")
    p.add_argument("--peers", default=",".join(PEERS), help="comma-separated; '' for none")
    p.add_argument("--errors", type=int, default=0, help="print this many khabar misses")
    p.add_argument("--throughput-chars", type=int, default=1_000_000, help="0 skips timing")
    args = p.parse_args(argv)
    if args.errors and args.part == "heldout":
        print("--errors needs --part tune or tune-cv: held-out errors stay unseen", file=sys.stderr)
        return 2

    if args.part == "tune-cv":
        runs = cv_folds(args.folds)
    else:
        part = heldout if args.part == "heldout" else tune
        held = {
            name: paragraphs(part(list(read_conllu(data_dir() / path))))
            for name, path in CORPORA.items()
        }
        runs = [(None, held)]
    data: dict[str, list[tuple[str, Analysis]]] = {}
    results: dict[str, dict] = {}

    tokenize("گرم کردن.")  # loads the lexicon, untimed, as the runner does for peers
    systems: dict[str, list[Analysis]] = {}
    for splitter, held in runs:
        for name, paras in held.items():
            data.setdefault(name, []).extend(paras)
            system = [khabar_analysis(tokenize(t, splitter)) for t, _ in paras]
            systems.setdefault(name, []).extend(system)
            for (text, g), s in zip(paras, system, strict=True):
                for line in token_errors(text, g, s, args.errors):
                    print(f"  {name} miss: {line}", file=sys.stderr)
    for name, paras in data.items():
        results["khabar"] = results.get("khabar", {})
        results["khabar"][name] = _row(score([g for _, g in paras], systems[name]))

    peers = [x for x in args.peers.split(",") if x] if args.part != "tune-cv" else []
    for peer in peers:
        for name, paras in data.items():
            texts = [t for t, _ in paras]
            sentences, info = run_peer(peer, texts)
            if sentences is None:
                print(f"skipping {peer}: {info['skipped']}", file=sys.stderr)
                results[peer] = {"skipped": info["skipped"]}
                break
            system = [peer_analysis(t, s) for t, s in zip(texts, sentences, strict=True)]
            row = _row(score([g for _, g in paras], system))
            row["version"] = info.get("version")
            results.setdefault(peer, {})[name] = row

    speed: dict[str, dict[str, float]] = {}
    if args.throughput_chars:
        lines = _repeat([t for paras in data.values() for t, _ in paras], args.throughput_chars)
        speed["khabar"] = _khabar_speed(lines)
        for peer in peers:
            if "skipped" not in results.get(peer, {}):
                sentences, info = run_peer(peer, lines)
                if sentences is not None:
                    tokens = sum(len(sent) for para in sentences for sent in para)
                    speed[peer] = _speed(tokens, info["chars"], info["seconds"])

    print(_table(results, list(data), args.part))
    if speed:
        print(_speed_table(speed))
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "date": dt.date.today().isoformat(),
        "part": args.part,
        "paragraph_sentences": GROUP,
        "results": results,
        "throughput": speed,
    }
    OUT_JSON.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def _row(counts: dict[str, Counts]) -> dict[str, object]:
    row: dict[str, object] = {k: round(c.f1, 2) for k, c in counts.items()}
    row["counts"] = {k: vars(c) for k, c in counts.items()}
    return row


def _repeat(texts: list[str], target: int) -> list[str]:
    lines: list[str] = []
    size = 0
    while size < target:
        for t in texts:
            lines.append(t)
            size += len(t)
    return lines


def _khabar_speed(lines: list[str]) -> dict[str, float]:
    tokens = 0
    seconds = 0.0
    for line in lines:
        t0 = time.perf_counter()
        sents = tokenize(line)
        seconds += time.perf_counter() - t0
        tokens += sum(len(s.tokens) for s in sents)
    return _speed(tokens, sum(map(len, lines)), seconds)


def _speed(tokens: int, chars: int, seconds: float) -> dict[str, float]:
    return {
        "tokens": tokens,
        "seconds": round(seconds, 4),
        "tokens_per_second": round(tokens / seconds),
        "chars_per_second": round(chars / seconds),
    }


def _speed_table(speed: dict[str, dict[str, float]]) -> str:
    lines = ["", "Throughput", "", "| system | tokens/s | chars/s |", "|---|---|---|"]
    for system, row in speed.items():
        lines.append(f"| {system} | {row['tokens_per_second']:,} | {row['chars_per_second']:,} |")
    return "\n".join(lines)


def _table(results: dict[str, dict], corpora: list[str], part: str) -> str:
    head = "| system | " + " | ".join(f"{c} tokens | {c} words | {c} sentences" for c in corpora)
    lines = [
        f"Tokenization, {part} part (F1, CoNLL 2018 style)",
        "",
        head + " |",
        "|" + "---|" * (1 + 3 * len(corpora)),
    ]
    for system, rows in results.items():
        if "skipped" in rows:
            continue
        cells = [
            f"{rows[c]['tokens']:.2f} | {rows[c]['words']:.2f} | {rows[c]['sentences']:.2f}"
            for c in corpora
        ]
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    skipped = [f"- {s} skipped: {r['skipped']}" for s, r in results.items() if "skipped" in r]
    return "\n".join(lines + (["", *skipped] if skipped else []))


if __name__ == "__main__":
    sys.exit(main())
