"""The development data's real news: the Fars News articles of ``news/*.json``.

Each file is a JSON list of ``{title, abstract, paragraphs, …}``. The hand annotations of
these articles (``evaluation/fars``, ``khabar/pipeline/corpora/fars-ner.jsonl.gz``) keep
offsets into :func:`article_text`, the article exactly as published, so it must not change.
"""

import json
from functools import lru_cache
from pathlib import Path

# the recipes of the news layer's real held-out gold (in the repository, beside the package)
HELD_OUT_RECIPES = Path(__file__).resolve().parents[2] / "evaluation" / "fars" / "holdout"


def held_out_articles(recipes: Path = HELD_OUT_RECIPES) -> set[tuple[str, int]]:
    """``(news file name, index)`` of the articles the news layer's real held-out gold is
    made of (its recipes' ``source``): no model may see their text, labelled or not."""
    found = set()
    for recipe in sorted(Path(recipes).glob("*.json")):
        source = json.loads(recipe.read_text(encoding="utf-8"))["source"]
        found.add((Path(source["file"]).name, int(source["index"])))
    return found


@lru_cache(maxsize=4)
def read_news(path: Path) -> list[dict]:
    """The articles of one news file (read once: every recipe of a gold set needs it)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def article_text(article: dict) -> str:
    """The article as annotated: title, abstract when there is one, paragraphs; blank lines
    between them, nothing repaired."""
    parts = [article.get("title") or "", article.get("abstract") or ""]
    return "\n\n".join([p for p in parts if p] + list(article.get("paragraphs") or []))
