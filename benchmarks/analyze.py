"""Speed of ``khabar analyze`` on real news: articles per second, one process.

    python3 benchmarks/analyze.py [--articles 300]

Reads the Fars News articles from the shared data folder (never shipped), analyses each
with the default pipeline after a warm-up, and prints articles/s and words/s. Scores of
the news layer come from ``khabar evaluate news evaluation/news``.
"""

import argparse
import json
import time

from khabar.datasets.paths import data_dir
from khabar.news.analyze import analyze, default_pipeline
from khabar.news.reader import from_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    articles = []
    for name in ("fars-news-1.json", "fars-news-2.json"):
        articles += json.loads((data_dir() / "news" / name).read_text(encoding="utf-8"))
    drafts = [from_json(a) for a in articles[: args.articles]]
    nlp = default_pipeline()
    for draft in drafts[:5]:
        analyze(draft, nlp=nlp)
    words = 0
    start = time.perf_counter()
    for draft in drafts:
        words += len(analyze(draft, nlp=nlp).text.split())
    seconds = time.perf_counter() - start
    print("| articles | words | seconds | articles/s | words/s |")
    print("|---|---|---|---|---|")
    print(
        f"| {len(drafts)} | {words} | {seconds:.1f} | {len(drafts) / seconds:.1f} "
        f"| {words / seconds:,.0f} |"
    )


if __name__ == "__main__":
    main()
