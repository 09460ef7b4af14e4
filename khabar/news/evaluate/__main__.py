"""``python -m khabar.news.evaluate GOLD_DIR PRED_DIR``: score saved predictions."""

import json
import sys
from pathlib import Path

from khabar.news.evaluate import format_scores, load_gold, score_articles


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.news.evaluate GOLD_DIR PRED_DIR``: PRED_DIR holds ``<id>.json``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m khabar.news.evaluate GOLD_DIR PRED_DIR", file=sys.stderr)
        return 2
    golds = load_gold(args[0])
    predicted = []
    for g in golds:
        path = Path(args[1]) / f"{g['id']}.json"
        pred = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        predicted.append({**pred, "id": g["id"]})
    print(format_scores(score_articles(golds, predicted)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
