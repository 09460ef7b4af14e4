"""Gold files without their article's text, for articles khabar may read but not share.

Real news (the Fars News articles of the shared data, © the publisher) can be annotated
and scored, but its text must not be committed. A *recipe* is a gold file that names its
article in the shared data instead of carrying it, ``"source": {"file":
"news/fars-news-2.json", "index": 105}``, and writes each prose field of its gold (the
headline, the lead, subheadings, quote texts) as a span of that article's raw text plus
the few characters the annotator changed (Persian letters for Arabic ones, half-spaces
restored): ``{"at": [start, end], "edits": [[i, j, "ی"], …]}`` with ``i`` and ``j`` inside
the span. Names, titles and the other short strings stay written out. :func:`cook` gives
back the full gold record; :func:`pack` writes a recipe from one.

    python -m khabar.news.evaluate.recipes GOLD_DIR RECIPE_DIR [--file news/fars-news-2.json]

packs every gold file of ``GOLD_DIR`` that has a ``source_index`` (the article's index in
``--file``) and checks that each recipe cooks back to it.
"""

import argparse
import difflib
import json
import re
from pathlib import Path

from khabar.datasets.news import article_text, read_news
from khabar.datasets.paths import data_dir
from khabar.text.chars import ZWNJ, repair_chars

PROSE = ("headline", "lead")
DEFAULT_FILE = "news/fars-news-2.json"
# A list of numbers and strings, or of such lists, spread over lines by ``json.dumps``.
_FLAT_LIST = re.compile(r"\[\s+((?:[^\[\]{}]|\[[^\[\]{}]*\])*?)\s+\]")


class RecipeError(ValueError):
    """A gold string that cannot be found in its article, or an article that is missing."""


def _letters(text: str) -> tuple[str, list[int]]:
    """``text`` with Persian letters for Arabic ones and without spaces, half-spaces or
    invisible characters, and where each kept character stood in ``text``."""
    kept, where = [], []
    for i, char in enumerate(text):
        clean = repair_chars(char)
        if clean and not clean.isspace() and clean != ZWNJ:
            kept.append(clean)
            where.append(i)
    return "".join(kept), where


def encode(raw: str, value: str) -> dict:
    """``value`` as a span of ``raw`` and the edits that turn the span into it."""
    letters, where = _letters(raw)
    wanted = _letters(value)[0]
    at = letters.find(wanted) if wanted else -1
    if at < 0:
        raise RecipeError(f"not in the article: {value[:40]!r}")
    start, end = where[at], where[at + len(wanted) - 1] + 1
    piece = raw[start:end]
    matcher = difflib.SequenceMatcher(None, piece, value, autojunk=False)
    edits = [[i, j, value[k:m]] for op, i, j, k, m in matcher.get_opcodes() if op != "equal"]
    return {"at": [start, end], "edits": edits} if edits else {"at": [start, end]}


def decode(raw: str, span: dict) -> str:
    """The string :func:`encode` wrote as ``span``."""
    start, end = span["at"]
    piece = raw[start:end]
    for i, j, text in reversed(span.get("edits", [])):
        piece = piece[:i] + text + piece[j:]
    return piece


def _prose(gold: dict, change) -> dict:
    """``gold`` with ``change`` applied to each prose field."""
    out = {**gold, **{key: change(gold[key]) for key in PROSE}}
    out["subheadings"] = [change(s) for s in gold["subheadings"]]
    out["quotes"] = [{**q, "text": change(q["text"])} for q in gold["quotes"]]
    return out


def pack(record: dict, file: str = DEFAULT_FILE) -> dict:
    """A recipe of a full gold record whose ``source_index`` is its article's in ``file``."""
    raw = record["text"]
    head = {k: v for k, v in record.items() if k not in ("text", "source_index", "gold")}
    source = {"file": file, "index": record["source_index"]}
    return {**head, "source": source, "gold": _prose(record["gold"], lambda s: encode(raw, s))}


def cook(recipe: dict) -> dict:
    """The full gold record of a recipe, its text read from the shared data."""
    source = recipe["source"]
    try:
        raw = article_text(read_news(data_dir() / source["file"])[source["index"]])
    except (FileNotFoundError, IndexError) as err:
        raise RecipeError(f"article {source['index']} of {source['file']}: {err}") from None
    gold = _prose(recipe["gold"], lambda span: decode(raw, span))
    return {**{k: v for k, v in recipe.items() if k != "gold"}, "text": raw, "gold": gold}


def dumps(recipe: dict) -> str:
    """JSON with one line for each span and each list of strings, for readable diffs."""
    text = json.dumps(recipe, ensure_ascii=False, indent=1)
    for _ in range(2):
        text = _FLAT_LIST.sub(lambda m: "[" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "]", text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("recipe_dir", type=Path)
    parser.add_argument("--file", default=DEFAULT_FILE)
    args = parser.parse_args(argv)
    args.recipe_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        recipe = pack(record, args.file)
        cooked = cook(recipe)
        if cooked["text"] != record["text"] or cooked["gold"] != record["gold"]:
            raise RecipeError(f"{path.name}: the recipe does not cook back to the gold file")
        (args.recipe_dir / path.name).write_text(dumps(recipe) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
