"""How much of the events' recall finding triggers is worth: a ceiling.

    python3 benchmarks/event_triggers.py evaluation/fars/tune

Scores the news layer's events on a gold folder twice: as it is, and with every gold
trigger of the article offered wherever the rules find no trigger of that type in a
sentence (``first_trigger`` falls back on the gold strings, spaces and half-spaces
alike). What the second run still misses, the participants, places and checks after the
trigger lose: a better trigger finder cannot win it back. Tuning folders only.
"""

import argparse
import re
from collections.abc import Callable

import khabar.news.events.find as find
from khabar.news.analyze import analyze
from khabar.news.evaluate import format_scores, load_gold, score_articles

GAP = r"[\s\u200c]*"


def gold_triggers(gold: dict) -> dict[str, list[re.Pattern]]:
    """The article's gold triggers by event type, as patterns blind to how words are spaced."""
    found: dict[str, list[re.Pattern]] = {}
    for event in gold["gold"]["events"]:
        words = re.split(r"[\s\u200c]+", event["trigger"].strip())
        pattern = re.compile(GAP.join(map(re.escape, words)))
        found.setdefault(event["type"], []).append(pattern)
    return found


def with_fallback(rules: Callable, offered: dict[str, list[re.Pattern]]) -> Callable:
    """``first_trigger`` that tries the ``offered`` patterns where the rules find nothing."""

    def first_trigger(kind: str, text: str, start: int, end: int, inside):
        found = rules(kind, text, start, end, inside)
        if found:
            return found
        return next((m for p in offered.get(kind, ()) if (m := p.search(text, start, end))), None)

    return first_trigger


def event_scores(golds: list[dict], oracle: bool) -> dict[str, dict]:
    rules = find.first_trigger
    predicted = []
    try:
        for gold in golds:
            if oracle:
                find.first_trigger = with_fallback(rules, gold_triggers(gold))
            predicted.append(analyze(gold["text"], date=gold.get("published")).to_dict())
    finally:
        find.first_trigger = rules
    scores = score_articles(golds, predicted)
    return {k: v for k, v in scores.items() if k.startswith("events")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="a folder of gold articles (tuning sets only)")
    golds = load_gold(parser.parse_args().gold)
    for oracle in (False, True):
        print("with the gold triggers offered" if oracle else "as it is")
        print(format_scores(event_scores(golds, oracle)), end="\n\n")


if __name__ == "__main__":
    main()
