"""Speed of ``khabar analyze`` on real news: articles per second, one process.

    python3 benchmarks/analyze.py [--articles 300] [--rounds 2]

Reads the Fars News articles from the shared data folder (never shipped), analyses each
with the default pipeline after a warm-up, one ``analyze`` call each and then through
``analyze_many`` (batches of 16, as ``khabar analyze`` reads many articles), alternating
for ``--rounds``, and prints articles/s and words/s of each. Scores of the news layer come
from ``khabar evaluate news evaluation/news``.
"""

import argparse
import json
import time

from khabar.datasets.paths import data_dir
from khabar.news.analyze import analyze, analyze_many, default_pipeline
from khabar.news.reader import from_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    articles = []
    for name in ("fars-news-1.json", "fars-news-2.json"):
        articles += json.loads((data_dir() / "news" / name).read_text(encoding="utf-8"))
    drafts = [from_json(a) for a in articles[: args.articles]]
    nlp = default_pipeline()
    for draft in drafts[:5]:
        analyze(draft, nlp=nlp)
    ways = {
        "one call each": lambda: [analyze(d, nlp=nlp) for d in drafts],
        "analyze_many": lambda: list(analyze_many(drafts, nlp=nlp)),
    }
    print("| round | way | articles | words | seconds | articles/s | words/s |")
    print("|---|---|---|---|---|---|---|")
    for round_ in range(1, args.rounds + 1):
        for way, run in ways.items():
            start = time.perf_counter()
            words = sum(len(article.text.split()) for article in run())
            seconds = time.perf_counter() - start
            print(
                f"| {round_} | {way} | {len(drafts)} | {words} | {seconds:.1f} "
                f"| {len(drafts) / seconds:.1f} | {words / seconds:,.0f} |"
            )


if __name__ == "__main__":
    main()
