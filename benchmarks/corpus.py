"""Corpus benchmark: ingest speed and memory, search latency at 100,000 articles, and how
well syndicated copies are grouped.

    nice python3 benchmarks/corpus.py                      # everything
    nice python3 benchmarks/corpus.py --sizes 200,600 --articles 100000

* Ingest: Fars News articles (``news/fars-news-*.json`` in the development data), full
  analysis, one process, into a fresh SQLite store; articles/s and peak RSS for each size
  (each size in a child process of its own, so the peaks are its own), and the resident
  memory every 300 articles, which stays level when memory does not grow with the store.
  A size beyond the 600 articles repeats them, each repeat with its own url (so it is
  analysed and stored again, as a copy of the same story).

    nice python3 benchmarks/corpus.py --sizes 600,2400 --skip-search   # ingest only
* Search: a SQLite store of ``--articles`` articles made by storing the analyses of the
  largest ingest again and again, each copy with a paragraph dropped and a line of its own
  (no analysis re-run); p50/p95 of ``Store.search`` (ranking, top 10, snippets) over a
  fixed set of queries, plain and with a person filter.
* Copies: every Fars article of 80 words or more, and two copies of each made by
  :mod:`khabar.corpus.variants` (new sourcing line, other spelling, a paragraph dropped),
  shuffled and grouped by :class:`khabar.corpus.dedup.Stories`; pairwise recall and
  precision of the groups against the truth.

Prints a Markdown table and writes ``benchmarks/out/corpus.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from khabar.corpus import SQLiteStore, variants
from khabar.corpus.dedup import Signature, Stories, signature
from khabar.corpus.keys import indexed, text_keys
from khabar.corpus.records import Record
from khabar.corpus.search import Query
from khabar.datasets.paths import data_dir
from khabar.news.analyze import compose
from khabar.news.reader import from_json
from khabar.text.normalizer import normalize

ROOT = Path(__file__).resolve().parents[1]
OUT_JSON = ROOT / "benchmarks" / "out" / "corpus.json"
QUERIES = (
    "بانک",
    "می‌کنند",
    "کتاب‌ها",
    "دولت مجلس",
    "وزیر امور خارجه",
    '"نرخ تورم"',
    "انتخابات ریاست جمهوری",
    "ایران -آمریکا",
    "۱۳۹۶",
    "صادرات نفت",
    "بیماری کرونا",
    "تیم ملی فوتبال",
)


def fars() -> list[dict]:
    return [
        a
        for p in sorted((data_dir() / "news").glob("fars-news-*.json"))
        for a in json.loads(p.read_text())
    ]


def repeated(count: int) -> list[dict]:
    """``count`` Fars articles: the set repeated, each repeat with its own url, so repeats
    are distinct articles (and syndicated copies of each other)."""
    articles = fars()
    return [
        {**a, "link": f"{a.get('link')}#copy-{i // len(articles)}"}
        for i in range(count)
        for a in [articles[i % len(articles)]]
    ]


def ingest_child(size: int, db: Path) -> dict:
    """Ingest ``size`` Fars articles (:func:`repeated`) into ``db``; runs in a child process."""
    from khabar.corpus.ingest import ingest
    from khabar.news.analyze import default_pipeline

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "fars.jsonl"
        lines = [json.dumps(a, ensure_ascii=False) for a in repeated(size)]
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        nlp = default_pipeline()
        resident: list[int] = []

        def sample(report, failure) -> None:
            if report.seen % 300 == 0:
                pages = int(Path("/proc/self/statm").read_text().split()[1])
                resident.append(pages * resource.getpagesize() // 2**20)

        with SQLiteStore(db) as store:
            report = ingest([corpus], store, nlp=nlp, on_document=sample)
    return {
        "articles": size,
        "stored": report.added,
        "failed": len(report.failed),
        "seconds": round(report.seconds, 1),
        "articles_per_s": round(report.rate, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_mb_every_300": resident,
    }


def run_ingest(sizes: list[int], folder: Path) -> tuple[list[dict], Path]:
    results = []
    for size in sizes:
        db = folder / f"ingest-{size}.db"
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size), str(db)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"ingest {size}: {results[-1]}", file=sys.stderr)
    return results, folder / f"ingest-{max(sizes)}.db"


def synthesize(source: Path, target: Path, total: int, seed: int = 1) -> float:
    """Fill ``target`` with ``total`` articles made from the analyses stored in ``source``."""
    rng = random.Random(seed)
    with SQLiteStore(source) as store:
        ids = [r[0] for r in store._all("SELECT id FROM articles ORDER BY id")]
        bases = [store.article(i) for i in ids]
    pieces = []
    for base in bases:
        text = base["text"]
        paragraphs = [text[p["start"] : p["end"]] for p in base["paragraphs"]]
        pieces.append((base, paragraphs, [indexed(p) for p in paragraphs]))
    # Grouping is not measured here: every made-up article is a story of its own.
    unused = Signature(signature("").minhash, 1)
    started = time.perf_counter()
    with SQLiteStore(target) as store:
        number = 0
        while number < total:
            with store.batch():
                for _ in range(min(5000, total - number)):
                    base, paragraphs, read = pieces[number % len(pieces)]
                    keep = list(range(len(paragraphs)))
                    if len(keep) > 2:
                        keep.remove(rng.randrange(1, len(keep)))
                    line = f"نسخه شماره {number}"
                    text = "\n\n".join([paragraphs[i] for i in keep] + [line])
                    analysis = {**base, "text": text, "url": None}
                    record = Record(
                        identity=f"synthetic:{number}",
                        analysis=analysis,
                        input="synthetic",
                        signature=unused,
                        keys=[k for i in keep for k in read[i][0]] + text_keys(line),
                        headline_keys=read[0][0],
                        part_keys=[k for i in keep for k in read[i][1]],
                    )
                    store.add(record)
                    number += 1
            print(f"synthesized {number}", file=sys.stderr)
    return time.perf_counter() - started


def latency(db: Path, rounds: int = 5) -> dict:
    with SQLiteStore(db) as store:
        people = [p["name"] for p in store.people(limit=5)]
        timings: dict[str, list[float]] = {"plain": [], "person filter": []}
        hits = 0
        for _ in range(rounds):
            for text in QUERIES:
                for kind, query in (
                    ("plain", Query(text, limit=10)),
                    ("person filter", Query(text, person=people[0], limit=10)),
                ):
                    started = time.perf_counter()
                    hits += len(store.search(query))
                    timings[kind].append((time.perf_counter() - started) * 1000)
        count = store.count()
    return {
        kind: {
            "articles": count,
            "queries": len(ms),
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(statistics.quantiles(ms, n=20)[-1], 1),
        }
        for kind, ms in timings.items()
    }


def copies(seed: int = 7) -> dict:
    drafts = [d for d in map(from_json, fars()) if len(" ".join(d.paragraphs).split()) >= 80]
    rng = random.Random(seed)
    items = []
    for number, draft in enumerate(drafts):
        for version in (draft, variants.copy(draft, rng), variants.copy(draft, rng)):
            items.append((number, signature(normalize(compose(version)))))
    random.Random(seed + 1).shuffle(items)
    stories = Stories()
    found = []
    started = time.perf_counter()
    for i, (_, sig) in enumerate(items):
        story = stories.find(sig)
        stories.add(i, i if story is None else story, sig)
        found.append(i if story is None else story)
    seconds = time.perf_counter() - started
    truth = [t for t, _ in items]

    def pairs(labels: list) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    both = pairs(list(zip(truth, found, strict=True)))
    return {
        "originals": len(drafts),
        "copies": len(items) - len(drafts),
        "recall": round(both / pairs(truth), 4),
        "precision": round(both / pairs(found), 4),
        "ms_per_article": round(seconds * 1000 / len(items), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,600", help="ingest sizes, comma-separated")
    parser.add_argument("--articles", type=int, default=100_000, help="articles for search")
    parser.add_argument("--skip-search", action="store_true", help="ingest only")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(ingest_child(int(args.child[0]), Path(args.child[1]))))
        return
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        folder = Path(tmp)
        ingest_rows, largest = run_ingest([int(s) for s in args.sizes.split(",")], folder)
        result: dict = {"ingest": ingest_rows}
        if not args.skip_search:
            big = folder / "search.db"
            build_s = synthesize(largest, big, args.articles)
            search = latency(big)
            search["store_mb"] = round(
                sum(p.stat().st_size for p in folder.glob("search.db*")) / 2**20
            )
            search["build_seconds"] = round(build_s)
            result |= {"search": search, "copies": copies()}
    OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")

    print("| measure | value |\n|---|---|")
    for row in ingest_rows:
        print(
            f"| ingest {row['articles']} Fars articles (full analysis, 1 process) |"
            f" {row['articles_per_s']} articles/s, peak RSS {row['peak_rss_mb']} MB,"
            f" RSS every 300 articles {row['rss_mb_every_300']} MB |"
        )
    if args.skip_search:
        return
    search, grouping = result["search"], result["copies"]
    for kind in ("plain", "person filter"):
        s = search[kind]
        print(
            f"| search, {s['articles']:,} articles in SQLite, top 10 with snippets ({kind}) |"
            f" p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms |"
        )
    size = f"{search['plain']['articles']:,}"
    print(f"| SQLite store size at {size} articles | {search['store_mb']} MB |")
    print(
        f"| syndicated copies ({grouping['originals']} articles + {grouping['copies']} copies) |"
        f" recall {grouping['recall']}, precision {grouping['precision']} |"
    )


if __name__ == "__main__":
    main()
