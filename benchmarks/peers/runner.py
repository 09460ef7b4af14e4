"""Run one peer library over a file with a fixed protocol, inside that peer's own venv.

    .venvs/PEER/bin/python benchmarks/peers/runner.py PEER TASK INPUT OUTPUT
    python3 benchmarks/peers/runner.py khabar TASK INPUT OUTPUT

TASK is ``normalize`` (one output line per input line), ``tokenize`` (per input line:
its sentences one per line, tokens joined by single spaces, spaces inside a token as
U+00A0, then one empty line) or ``tag`` (input: one sentence a line, its words joined by
single spaces; output: one tag per word, one line per sentence; one sentence per call).
On stdout: one JSON object with ``peer``, ``task``, ``seconds`` (time inside the peer's
calls only: no imports, no model construction), ``chars`` (input characters, newlines
excluded), ``words`` and ``version``. One untimed warm-up call
on a short fixed text comes first, so that peers that load lexicons lazily on their first
call (khabar does) are not charged for construction either. A peer that lacks the
task or cannot be imported prints ``{"peer", "task", "skipped": reason}`` and exits 3.

This file uses only the standard library besides the peer itself, so that it runs in
every peer's venv; anything a peer prints goes to stderr to keep stdout clean.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SKIPPED = 3
WARM_UP = "آنها میخواهند کتابهای خوبی بخوانند. ما نمی دانیم."
NBSP = "\u00a0"
# Characters that some readers treat as line breaks; none may survive inside a line.
_BREAKS = str.maketrans(dict.fromkeys("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))
_TOKEN_SPACES = str.maketrans(dict.fromkeys(" \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", NBSP))

Normalize = Callable[[str], str]
Tokenize = Callable[[str], list[list[str]]]
Tag = Callable[[list[str]], list[str]]


class Skip(Exception):
    """The peer cannot run this task here; the message says why."""


@dataclass
class Peer:
    """One peer's callables, already constructed, and its distribution name."""

    dist: str
    normalize: Normalize | None = None
    tokenize: Tokenize | None = None
    tag: Tag | None = None


def _hazm(task: str) -> Peer:
    import hazm

    if task == "normalize":
        return Peer("hazm", normalize=hazm.Normalizer().normalize)
    if task == "tag":
        model = os.environ.get("HAZM_POS_MODEL")
        if not model or not Path(model).exists():
            raise Skip(
                "hazm ships no tagger model (pos_tagger.model is a separate download); "
                "set HAZM_POS_MODEL to it"
            )
        tagger = hazm.POSTagger(model=model)
        return Peer("hazm", tag=lambda words: [t for _, t in tagger.tag(words)])
    sents, words = hazm.SentenceTokenizer(), hazm.WordTokenizer()
    return Peer("hazm", tokenize=lambda t: [words.tokenize(s) for s in sents.tokenize(t)])


def _parsivar(task: str) -> Peer:
    import parsivar

    if task == "normalize":
        return Peer("parsivar", normalize=parsivar.Normalizer().normalize)
    if task == "tag":
        try:  # its model ships; the wapiti bindings it runs on do not build for Python 3
            tagger = parsivar.POSTagger(tagging_model="wapiti")
        except ImportError as exc:
            raise Skip(f"parsivar's tagger needs the wapiti bindings ({exc})") from exc
        return Peer("parsivar", tag=lambda words: [t for _, t in tagger.parse(words)])
    tok = parsivar.Tokenizer()
    return Peer(
        "parsivar",
        tokenize=lambda t: [tok.tokenize_words(s) for s in tok.tokenize_sentences(t)],
    )


def _shekar(task: str) -> Peer:
    import shekar

    if task == "normalize":
        return Peer("shekar", normalize=shekar.Normalizer())
    if task == "tag":
        try:  # fetches its model from a hub on first use
            tagger = shekar.POSTagger()
        except OSError as exc:
            raise Skip(f"shekar's tagger has no model here ({str(exc).splitlines()[0]})") from exc
        return Peer("shekar", tag=lambda words: [t for _, t in tagger(" ".join(words))])
    sents, words = shekar.SentenceTokenizer(), shekar.WordTokenizer()
    return Peer("shekar", tokenize=lambda t: [list(words(s)) for s in sents(t)])


def _rishe(task: str) -> Peer:
    """Rishe's own Pipeline with its defaults (fix_zwnj=True)."""
    import rishe

    pipe = rishe.Pipeline()
    if task == "normalize":
        return Peer("rishe", normalize=pipe.normalize)
    return Peer("rishe", tokenize=lambda t: [pipe.word_tokenize(s) for s in pipe.sent_tokenize(t)])


def _rishe_compat(task: str) -> Peer:
    """Rishe's hazm-compatible Normalizer/WordTokenizer, which add hazm-style steps."""
    import rishe

    if task == "normalize":
        return Peer("rishe", normalize=rishe.Normalizer().normalize)
    sents, words = rishe.SentenceTokenizer(), rishe.WordTokenizer()
    return Peer("rishe", tokenize=lambda t: [words.tokenize(s) for s in sents.tokenize(t)])


def _piraye(task: str) -> Peer:
    """Piraye has no default normalizer: use its README's Persian builder chain.

    Its NLTK tokenizers call ``nltk.download('punkt')`` on construction (and never use the
    data: Punkt runs untrained); downloads cannot work here, so that call is made a no-op.
    """
    import nltk

    nltk.download = lambda *args, **kwargs: False
    import piraye

    if task == "normalize":
        normalizer = (
            piraye.NormalizerBuilder()
            .alphabet_fa()
            .digit_fa()
            .punctuation_fa()
            .tokenizing()
            .remove_extra_spaces()
            .build()
        )
        return Peer("piraye", normalize=lambda t: normalizer.normalize(t)[0])
    sents, words = piraye.NltkSentenceTokenizer(), piraye.NltkWordTokenizer()
    return Peer(
        "piraye",
        tokenize=lambda t: [
            [w.content for w in words.tokenize(s.content)] for s in sents.tokenize(t)
        ],
    )


def _khabar(task: str) -> Peer:
    import khabar

    if task == "normalize":
        return Peer("khabar", normalize=khabar.normalize)
    if task == "tag":
        from spacy.tokens import Doc

        nlp = khabar.load(news=False)  # the whole pipeline, not the tagger alone
        return Peer("khabar", tag=lambda words: [t.pos_ for t in nlp(Doc(nlp.vocab, words))])
    try:
        from khabar.text.tokenizer import tokenize
    except ImportError as exc:
        raise Skip(f"khabar.text.tokenizer.tokenize is not available yet ({exc})") from exc
    return Peer(
        "khabar",
        tokenize=lambda t: [[tok.text for tok in sent.tokens] for sent in tokenize(t)],
    )


PEERS: dict[str, Callable[[str], Peer]] = {
    "khabar": _khabar,
    "hazm": _hazm,
    "parsivar": _parsivar,
    "shekar": _shekar,
    "rishe": _rishe,
    "rishe-compat": _rishe_compat,
    "piraye": _piraye,
}


def load_peer(name: str, task: str) -> Peer:
    """Import and construct the peer; raises Skip when it is missing or lacks the task."""
    if name not in PEERS:
        raise Skip(f"unknown peer {name!r}; known: {', '.join(PEERS)}")
    try:
        peer = PEERS[name](task)
    except ImportError as exc:
        raise Skip(f"{name} is not importable with {sys.executable} ({exc})") from exc
    if getattr(peer, task) is None:
        raise Skip(f"{name} has no {task}")
    return peer


def warm_up(peer: Peer, task: str) -> None:
    """Call the peer once, untimed, so lazy loading is not counted as run time."""
    getattr(peer, task)(WARM_UP.split() if task == "tag" else WARM_UP)


def run_normalize(fn: Normalize, lines: list[str]) -> tuple[list[str], float]:
    """One output line per input line; time only the peer's calls."""
    out: list[str] = []
    spent = 0.0
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        t0 = time.perf_counter()
        result = fn(line)
        spent += time.perf_counter() - t0
        out.append(result.translate(_BREAKS))
    return out, spent


def run_tokenize(fn: Tokenize, lines: list[str]) -> tuple[list[str], float]:
    """Sentences one per line, tokens space-joined, an empty line closing each input line."""
    out: list[str] = []
    spent = 0.0
    for line in lines:
        sentences: list[list[str]] = []
        if line.strip():
            t0 = time.perf_counter()
            sentences = fn(line)
            spent += time.perf_counter() - t0
        for sent in sentences:
            tokens = [t.translate(_TOKEN_SPACES) for t in sent if t and t.strip()]
            if tokens:
                out.append(" ".join(tokens))
        out.append("")
    return out, spent


def run_tag(fn: Tag, lines: list[str]) -> tuple[list[str], float]:
    """One line of tags per sentence line; time only the peer's calls."""
    out: list[str] = []
    spent = 0.0
    for line in lines:
        words = line.split(" ") if line.strip() else []
        t0 = time.perf_counter()
        tags = fn(words) if words else []
        spent += time.perf_counter() - t0
        out.append(" ".join(tags))
    return out, spent


# each task's timed loop; load_peer has made sure the peer has the task
RUNS: dict[str, Callable[..., tuple[list[str], float]]] = {
    "normalize": run_normalize,
    "tokenize": run_tokenize,
    "tag": run_tag,
}


def version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def read_lines(path: Path) -> list[str]:
    """Lines split on newline only: str.splitlines would also break at U+2028 and friends."""
    text = path.read_text(encoding="utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.removesuffix("\r") for line in text.split("\n")] if text else []


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[1] not in RUNS:
        print(__doc__, file=sys.stderr)
        return 2
    name, task, src, dst = argv
    lines = read_lines(Path(src))
    with contextlib.redirect_stdout(sys.stderr):
        try:
            peer = load_peer(name, task)
        except Skip as exc:
            print(f"skipping {name} {task}: {exc}", file=sys.stderr)
            result: dict[str, object] = {"peer": name, "task": task, "skipped": str(exc)}
            print(json.dumps(result, ensure_ascii=False), file=sys.__stdout__)
            return SKIPPED
        warm_up(peer, task)
        out, seconds = RUNS[task](getattr(peer, task), lines)
    Path(dst).write_text("".join(line + "\n" for line in out), encoding="utf-8")
    result = {
        "peer": name,
        "task": task,
        "seconds": round(seconds, 6),
        "chars": sum(len(line) for line in lines),
        "words": sum(len(line.split()) for line in lines),
        "version": version_of(peer.dist),
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
