"""How the news layer reads articles its NER never saw: people, titles and mentions on a
folder of real gold articles, with the shipped NER and with one trained without them.

    python3 benchmarks/unseen_ner.py evaluation/fars/tune --ids '^g(39|[45]\\d)'

The NER trains on hand-marked entities of most Fars News articles, so on gold articles
drawn from those it remembers the names, and the people layer reads higher there than on
news it has never seen. This rebuilds the NER corpora with the chosen articles moved to
the held-out part (``khabar.pipeline.convert.convert_all(leave_out=…)``), trains the NER
with spaCy as ``khabar train`` does (``khabar/pipeline/configs/ner.cfg``; a few minutes on
one core), swaps it into the shipped pipeline and scores both. Needs the shared data.
"""

import argparse
import re
import subprocess
import warnings
from pathlib import Path

import spacy

import khabar.pipeline  # noqa: F401  (registers khabar's factories)
from khabar.news.analyze import SYNTAX, analyze, default_pipeline
from khabar.news.evaluate import load_gold, score_articles
from khabar.pipeline.convert import convert_all
from khabar.pipeline.load import load
from khabar.pipeline.train import (
    CONFIG_DIR,
    ner_overrides,
    one_thread_env,
    spacy_train_command,
)

COMPONENTS = ("people", "titles", "mentions", "direct_quotes", "indirect_quotes", "events")


def scores(golds: list[dict], nlp: spacy.Language) -> dict[str, dict]:
    predicted = []
    for gold in golds:
        article = analyze(gold["text"], date=gold.get("published"), nlp=nlp)
        predicted.append({**article.to_dict(), "id": gold["id"]})
    return score_articles(golds, predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--ids", default=".", help="regular expression the gold ids match")
    parser.add_argument("--build", type=Path, default=Path("build/unseen-ner"))
    args = parser.parse_args()
    golds = [g for g in load_gold(args.gold_dir) if re.search(args.ids, g["id"])]
    leave_out = {(g["source"]["file"], g["source"]["index"]) for g in golds}
    corpus = args.build / "corpus"
    convert_all(corpus, leave_out=leave_out)
    output = args.build / "ner"
    command = spacy_train_command(CONFIG_DIR / "ner.cfg", output, ner_overrides(corpus))
    subprocess.run(command, env=one_thread_env(), check=True, stdout=subprocess.DEVNULL)

    before = scores(golds, default_pipeline())
    unseen = load(exclude=SYNTAX)
    follower = unseen.pipe_names[unseen.pipe_names.index("ner") + 1]
    # The NER reads its own tok2vec, not the pipeline's vectors, so spaCy's warning that
    # the two vector tables differ does not apply.
    warnings.filterwarnings("ignore", message=r"\[W113\]")
    unseen.remove_pipe("ner")
    unseen.add_pipe("ner", source=spacy.load(output / "model-best"), before=follower)
    after = scores(golds, unseen)
    print(f"{len(golds)} articles, {len(leave_out)} left out of the NER's training")
    print("| component | shipped NER (saw them) | NER that never saw them |")
    print("|---|---|---|")
    for name in COMPONENTS:
        print(f"| {name} | {before[name]['f1']:.3f} | {after[name]['f1']:.3f} |")


if __name__ == "__main__":
    main()
