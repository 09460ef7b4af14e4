"""Half-space (ZWNJ) repair benchmark: khabar against peer libraries, side by side.

    python3 benchmarks/halfspace.py                  # held-out part, all peers
    python3 benchmarks/halfspace.py --part tune      # tuning part, for development
    python3 benchmarks/halfspace.py --peers khabar,hazm --throughput-chars 0
    python3 benchmarks/halfspace.py --part tune-cv    # khabar only, see below

Gold is the ``# text`` of the UD PerDT and Seraji dev files (held-out quarter by default).
Each gold sentence is damaged four ways (``joined``: ZWNJ deleted, ``spaced``: ZWNJ as
space, ``arabic``: Arabic «ي» «ك» and joined, ``clean``: unchanged), every peer normalizes
every variant in its own venv through ``benchmarks/peers/runner.py``, and the outputs are
scored over character gaps by ``gapscore``. Throughput is one run per peer over the
joined text repeated to about two million characters, timed inside the peer's calls.
Prints Markdown tables and writes ``benchmarks/out/halfspace.json``.

``--part tune-cv`` is khabar's development score: the tuning part in four folds, the
lexicon compiled from three (``khabar.text.halfspace_build.compile_lexicon``) and each
fold scored with the lexicon that never saw it; it prints F1 and damage per variant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gapscore import ZWNJ, GapCounts, score_corpus, top_wrong_words

from khabar.datasets import heldout, read_conllu, tune
from khabar.datasets.paths import PERDT_DEV, SERAJI_DEV, data_dir

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "benchmarks" / "peers" / "runner.py"
OUT_JSON = ROOT / "benchmarks" / "out" / "halfspace.json"

CORPORA = {"PerDT": PERDT_DEV, "Seraji": SERAJI_DEV}
VARIANTS = ("joined", "spaced", "arabic", "clean")
# Peer name -> its venv under .venvs/ (None: the project's own interpreter).
PEERS: dict[str, str | None] = {
    "khabar": None,
    "hazm": "hazm",
    "parsivar": "parsivar",
    "shekar": "shekar",
    "rishe": "rishe",
    "rishe-compat": "rishe",
    "piraye": "piraye",
}
SKIPPED = 3  # the runner's exit code for "this peer cannot do this here"


def make_variant(gold: str, variant: str) -> str:
    """Damage a gold sentence the way real text arrives damaged."""
    if variant == "clean":
        return gold
    if variant == "spaced":
        return gold.replace(ZWNJ, " ")
    if variant == "joined":
        return gold.replace(ZWNJ, "")
    if variant == "arabic":
        return gold.replace("ی", "ي").replace("ک", "ك").replace(ZWNJ, "")
    raise ValueError(f"unknown variant {variant!r}")


def load_gold(part: str) -> dict[str, list[str]]:
    """Gold sentence texts per corpus, for the held-out or the tuning part."""
    pick = heldout if part == "heldout" else tune
    root = data_dir()
    return {
        name: [s.text for s in pick(list(read_conllu(root / rel)))] for name, rel in CORPORA.items()
    }


def throughput_lines(gold: dict[str, list[str]], target_chars: int) -> list[str]:
    """The joined text of every corpus, repeated until it holds ``target_chars``."""
    base = [make_variant(s, "joined") for sents in gold.values() for s in sents]
    size = sum(len(s) for s in base)
    if not base or size == 0:
        return []
    return base * max(1, -(-target_chars // size))


@dataclass
class RunResult:
    """One runner call: output lines and the runner's JSON, or why there are none."""

    lines: list[str] | None
    info: dict[str, object] = field(default_factory=dict)
    error: str | None = None


def peer_python(peer: str) -> Path | None:
    """The interpreter to run a peer with; None when its venv is missing."""
    venv = PEERS[peer]
    if venv is None:
        return Path(sys.executable)
    python = ROOT / ".venvs" / venv / "bin" / "python"
    return python if python.exists() else None


def run_peer(
    peer: str, task: str, lines: Sequence[str], work: Path, timeout: int, tag: str = "score"
) -> RunResult:
    """Run the peer runner over ``lines`` in a subprocess and read its output back."""
    python = peer_python(peer)
    if python is None:
        return RunResult(None, error=f"no venv at .venvs/{PEERS[peer]} (run setup_peers.sh)")
    src, dst = work / f"{peer}.{task}.{tag}.in", work / f"{peer}.{task}.{tag}.out"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    dst.unlink(missing_ok=True)
    cmd = [str(python), str(RUNNER), peer, task, str(src), str(dst)]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return RunResult(None, error=f"timed out after {timeout} s")
    info = _last_json(proc.stdout)
    if proc.returncode == SKIPPED:
        return RunResult(None, info, error=str(info.get("skipped", "skipped")))
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        return RunResult(None, info, error=f"exit {proc.returncode}: {' | '.join(tail)}")
    out = dst.read_text(encoding="utf-8").split("\n")[:-1]
    if task == "normalize" and len(out) != len(lines):
        return RunResult(None, info, error=f"{len(out)} output lines for {len(lines)} input")
    return RunResult(out, info)


def _last_json(stdout: str) -> dict[str, object]:
    """The runner's JSON is its last stdout line; anything else there is a peer's noise."""
    for line in reversed(stdout.strip().splitlines()):
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return {}


@dataclass
class PeerReport:
    """Everything measured for one peer."""

    name: str
    version: str = ""
    error: str | None = None
    scores: dict[str, dict[str, GapCounts]] = field(default_factory=dict)
    chars_per_s: float | None = None
    throughput_error: str | None = None
    errors: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)


Metric = Callable[[PeerReport], float | None]


def evaluate_peer(
    peer: str, gold: dict[str, list[str]], work: Path, args: argparse.Namespace
) -> PeerReport:
    """Score one peer on every corpus x variant, then time it on the large text."""
    report = PeerReport(peer)
    blocks = [(c, v) for c in gold for v in VARIANTS]
    inputs = {(c, v): [make_variant(s, v) for s in gold[c]] for c, v in blocks}
    run = run_peer(peer, "normalize", [x for b in blocks for x in inputs[b]], work, args.timeout)
    report.version = str(run.info.get("version", ""))
    if run.lines is None:
        report.error = run.error
        return report
    start = 0
    for c, v in blocks:
        outs = run.lines[start : start + len(gold[c])]
        start += len(gold[c])
        totals, per = score_corpus(gold[c], outs, inputs[(c, v)])
        report.scores.setdefault(c, {})[v] = totals
        if peer == "khabar" and v == args.errors_variant and args.errors:
            report.errors[c] = top_wrong_words(per, args.errors)
    if args.throughput_chars:
        big = throughput_lines(gold, args.throughput_chars)
        timed = run_peer(peer, "normalize", big, work, args.timeout, tag="speed")
        seconds = float(timed.info.get("seconds", 0) or 0)
        if timed.lines is None or seconds <= 0:
            report.throughput_error = timed.error or "no time reported"
        else:
            report.chars_per_s = float(timed.info.get("chars", 0) or 0) / seconds
    return report


def _best_other(reports: list[PeerReport], value: Metric) -> float | None:
    """The best value among peers other than khabar (None when no peer has one)."""
    values = [value(r) for r in reports if r.name != "khabar" and r.error is None]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def _ratio(reports: list[PeerReport], value: Metric) -> str:
    """khabar's value over the best peer's, as «0.83×»."""
    mine = next((value(r) for r in reports if r.name == "khabar" and r.error is None), None)
    best = _best_other(reports, value)
    if mine is None or not best:
        return "–"
    return f"{mine / best:.2f}×"


def summary_table(reports: list[PeerReport], corpora: Sequence[str]) -> str:
    """Peer rows, ZWNJ F1 per corpus x variant and throughput, then khabar ÷ best peer."""
    cols = [(c, v) for c in corpora for v in VARIANTS]
    head = ["peer", "version", *(f"{c} {v} F1" for c, v in cols), "chars/s"]
    rows = [head, ["---"] * len(head)]
    ok = [r for r in reports if r.error is None]
    for r in ok:
        f1s = [f"{r.scores[c][v].f1 * 100:.1f}" for c, v in cols]
        cps = f"{r.chars_per_s:,.0f}" if r.chars_per_s else "–"
        rows.append([r.name, r.version, *f1s, cps])
    if any(r.name == "khabar" for r in ok):
        ratios = [_ratio(ok, lambda r, c=c, v=v: r.scores[c][v].f1) for c, v in cols]
        rows.append(["khabar ÷ best peer", "", *ratios, _ratio(ok, lambda r: r.chars_per_s)])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def detail_table(reports: list[PeerReport], corpora: Sequence[str]) -> str:
    """Every score for every peer x corpus x variant."""
    head = ["peer", "corpus", "variant", "exact %", "P", "R", "F1", "damage", "unaligned"]
    rows = [head, ["---"] * len(head)]
    for c in corpora:
        for v in VARIANTS:
            for r in reports:
                if r.error is not None:
                    continue
                s = r.scores[c][v]
                rows.append(
                    [
                        r.name,
                        c,
                        v,
                        f"{s.exact_pct:.1f}",
                        f"{s.precision * 100:.1f}",
                        f"{s.recall * 100:.1f}",
                        f"{s.f1 * 100:.1f}",
                        str(s.damage),
                        str(s.unaligned),
                    ]
                )
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def errors_text(report: PeerReport, variant: str) -> str:
    """khabar's most frequent wrong words on one variant, gold → output."""
    parts = []
    for corpus, items in report.errors.items():
        parts.append(f"\n### khabar's most frequent wrong words, {corpus}, {variant}\n")
        parts.append("| gold | khabar | count |\n| --- | --- | --- |")
        parts.extend(f"| {g} | {o} | {k} |" for g, o, k in items)
    return "\n".join(parts)


def to_json(reports: list[PeerReport], args: argparse.Namespace, date: str) -> dict:
    """The whole run as plain data."""
    return {
        "date": date,
        "part": args.part,
        "throughput_chars": args.throughput_chars,
        "peers": {
            r.name: {
                "version": r.version,
                "error": r.error,
                "chars_per_s": round(r.chars_per_s) if r.chars_per_s else None,
                "throughput_error": r.throughput_error,
                "scores": {
                    c: {v: s.summary() for v, s in by_v.items()} for c, by_v in r.scores.items()
                },
                **({f"wrong_words_{args.errors_variant}": r.errors} if r.errors else {}),
            }
            for r in reports
        },
    }


def cross_validate(folds: int, errors: int = 0, errors_variant: str = "joined") -> str:
    """khabar on each fold of the tuning part, with a lexicon compiled from the others.

    With ``errors``, the most frequent wrong words of ``errors_variant`` follow the table:
    they are the mistakes unseen text would show, which ``--part tune`` hides because
    its lexicon learned the tuning part's own words.
    """
    from khabar.text.halfspace import HalfSpaceRepairer
    from khabar.text.halfspace_build import compile_lexicon
    from khabar.text.normalizer import Normalizer

    root = data_dir()
    sents = {name: tune(list(read_conllu(root / rel))) for name, rel in CORPORA.items()}
    totals = {(c, v): GapCounts() for c in CORPORA for v in VARIANTS}
    wrong: dict[str, list] = {c: [] for c in CORPORA}
    for k in range(folds):

        def rest(items: list, k: int = k) -> list:
            t = tune(items)
            return t[: k * len(t) // folds] + t[(k + 1) * len(t) // folds :]

        normalizer = Normalizer(
            halfspace=HalfSpaceRepairer.from_tables(compile_lexicon(root, rest))
        )
        for c, s in sents.items():
            gold = [x.text for x in s[k * len(s) // folds : (k + 1) * len(s) // folds]]
            for v in VARIANTS:
                inputs = [make_variant(g, v) for g in gold]
                outputs = [normalizer.normalize_line(x) for x in inputs]
                fold_totals, per = score_corpus(gold, outputs, inputs)
                totals[(c, v)].add(fold_totals)
                if v == errors_variant:
                    wrong[c] += per
    rows = [f"## Half-space repair, {folds}-fold cross-validation on the tuning part\n"]
    rows += ["| corpus | variant | exact % | P | R | F1 | damage |", "| --- " * 7 + "|"]
    for (c, v), t in totals.items():
        rows.append(
            f"| {c} | {v} | {t.exact_pct:.1f} | {t.precision * 100:.1f} | "
            f"{t.recall * 100:.1f} | {t.f1 * 100:.1f} | {t.damage} |"
        )
    if errors:
        report = PeerReport(
            "khabar", errors={c: top_wrong_words(per, errors) for c, per in wrong.items()}
        )
        rows.append(errors_text(report, errors_variant))
    return "\n".join(rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--part", choices=("heldout", "tune", "tune-cv"), default="heldout")
    p.add_argument("--folds", type=int, default=4, help="folds of --part tune-cv")
    p.add_argument("--peers", default=",".join(PEERS), help="comma-separated subset")
    p.add_argument(
        "--errors",
        type=int,
        default=0,
        help="khabar's top-N wrong words, on the tuning part only (tune, tune-cv): errors on "
        "the held-out part are not looked at, so that nothing is tuned on it",
    )
    p.add_argument("--errors-variant", choices=VARIANTS, default="joined")
    p.add_argument("--throughput-chars", type=int, default=2_000_000, help="0 skips timing")
    p.add_argument("--timeout", type=int, default=1800, help="seconds per runner call")
    p.add_argument("--json", type=Path, default=OUT_JSON)
    p.add_argument("--keep", type=Path, help="keep peer inputs and outputs in this folder")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in PEERS]
    if unknown:
        print(f"unknown peers: {', '.join(unknown)}; known: {', '.join(PEERS)}", file=sys.stderr)
        return 2
    if args.errors and args.part == "heldout":
        print("--errors needs --part tune or tune-cv: held-out errors stay unseen", file=sys.stderr)
        return 2
    if args.part == "tune-cv":
        print(cross_validate(args.folds, args.errors, args.errors_variant))
        return 0
    gold = load_gold(args.part)
    date = dt.date.today().isoformat()
    reports = []
    with tempfile.TemporaryDirectory(prefix="khabar-halfspace-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for peer in peers:
            print(f"running {peer} …", file=sys.stderr, flush=True)
            report = evaluate_peer(peer, gold, work, args)
            if report.error:
                print(f"  skipped {peer}: {report.error}", file=sys.stderr)
            elif report.throughput_error:
                print(f"  no throughput for {peer}: {report.throughput_error}", file=sys.stderr)
            reports.append(report)
    sizes = ", ".join(f"{c} {len(s)} sentences" for c, s in gold.items())
    print(f"## Half-space repair, {args.part} part ({sizes}), {date}\n")
    print("ZWNJ F1 (%) over letter gaps; chars/s is one single-process run.\n")
    print(summary_table(reports, list(gold)))
    print("\n" + detail_table(reports, list(gold)))
    for r in reports:
        if r.error:
            print(f"\n- {r.name} skipped: {r.error}")
        if r.errors:
            print(errors_text(r, args.errors_variant))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    data = to_json(reports, args, date)
    args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
