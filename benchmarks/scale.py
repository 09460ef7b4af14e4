"""Scale-out benchmark: ``khabar batch --jobs 2`` against one process, and ``khabar spark``
on ``local[2]`` against ``khabar batch --jobs 2``, on the same articles.

    nice python3 benchmarks/scale.py [--articles 2000] [--repeat 3] [--skip-single] [--skip-spark]

The articles are the Fars News articles of the development data (``news/fars-news-*.json``)
repeated to ``--articles``, each repeat with its own url, so repeats are distinct articles
and syndicated copies of each other. Each run is the command a user types, timed from
start to finish (pipeline loading and, for Spark, the JVM included), one after the other.
The machine is shared and its speed drifts by a third within minutes, so the commands take
turns, ``--repeat`` rounds of them, and each ratio is the median of its rounds' ratios; the
load average before and after each run is recorded with it. Prints a Markdown table and
writes ``benchmarks/out/scale.json``, one entry per number of articles (a run with more
articles shows how much of a gap is fixed cost).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import repeated

ROOT = Path(__file__).resolve().parents[1]
OUT_JSON = ROOT / "benchmarks" / "out" / "scale.json"


def timed(name: str, command: list[str], count: int, output: Path, number: int) -> dict:
    shutil.rmtree(output, ignore_errors=True)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    result = {
        "run": name,
        "command": " ".join(command),
        "seconds": round(seconds, 1),
        "articles_per_s": round(count / seconds, 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    print(
        f"| {number} | {name} | {result['seconds']} | {result['articles_per_s']} |"
        f" {result['load_before']} → {result['load_after']} |",
        flush=True,
    )
    return result


def spark(source: Path, output: Path) -> list[str]:
    """The ``khabar spark`` command timed here."""
    options = ["--master", "local[2]", "--format", "jsonl"]
    return [sys.executable, "-m", "khabar", "spark", str(source), str(output), *options]


def warm_up(lines: list[str], work: Path) -> None:
    """One small Spark run before the timed ones, as a user's first: it records the JVM's
    class archive when this machine has none (``khabar.scale.jvm``), so every timed Spark
    run starts as every run after a user's first does."""
    source = work / "warm-up.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        spark(source, work / "warm-up"),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"(warm-up: khabar spark on {len(lines)} articles, {time.perf_counter() - start:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the commands")
    parser.add_argument("--skip-single", action="store_true", help="no --jobs 1 run")
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    khabar = [sys.executable, "-m", "khabar"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "fars.jsonl"
        lines = [json.dumps(a, ensure_ascii=False) for a in repeated(args.articles)]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("| round | run | seconds | articles/s | load average (1 min) before → after |")
        print("|---|---|---|---|---|")
        commands = {
            "batch --jobs 1": [*khabar, "batch", str(source), str(work / "out"), "--jobs", "1"],
            "batch --jobs 2": [*khabar, "batch", str(source), str(work / "out"), "--jobs", "2"],
            "spark local[2]": spark(source, work / "out"),
        }
        if args.skip_single:
            del commands["batch --jobs 1"]
        if args.skip_spark:
            del commands["spark local[2]"]
        if "spark local[2]" in commands:
            warm_up(lines[:20], work)
        rounds = []
        for number in range(1, args.repeat + 1):
            rounds.append(
                {
                    name: timed(name, command, args.articles, work / "out", number)
                    for name, command in commands.items()
                }
            )
    pairs = {
        "batch_jobs2_vs_jobs1": ("batch --jobs 1", "batch --jobs 2"),
        "spark_local2_vs_batch_jobs2": ("batch --jobs 2", "spark local[2]"),
    }
    ratios = {
        name: round(statistics.median(r[slow]["seconds"] / r[fast]["seconds"] for r in rounds), 2)
        for name, (slow, fast) in pairs.items()
        if slow in commands and fast in commands
    }
    for name, value in ratios.items():
        print(f"{name}: {value}× (median of {len(rounds)} rounds)")
    found = json.loads(OUT_JSON.read_text()) if OUT_JSON.exists() else {}
    found[str(args.articles)] = {
        "cpus": os.cpu_count(),
        "runs": [{"round": n, **run} for n, r in enumerate(rounds, 1) for run in r.values()],
        "ratios": ratios,
    }
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(json.dumps(found, indent=2) + "\n")


if __name__ == "__main__":
    main()
