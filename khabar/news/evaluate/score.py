"""Counting predictions against gold, per component, and the precision/recall/F1 table.

Quote texts are compared as bags of tokens (a token is a run of letters or digits with
half-spaces removed), because a quote's boundaries are fuzzy: a prediction matches when it
covers at least ``QUOTE_OVERLAP`` of the gold quote's tokens. Items are paired one-to-one
(maximum bipartite matching), so a duplicated prediction is a false positive, not a second
hit.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import Any

from khabar.news.evaluate.gold import DAY, EVENT_TYPES, QUOTE_KINDS
from khabar.news.evaluate.keys import loose, names_match, source_key, tokens
from khabar.news.evaluate.surfaces import body_start
from khabar.text.normalizer import normalize

QUOTE_OVERLAP = 0.6
PARTICIPANT_DICE = 0.5
COMPONENTS = (
    "headline",
    "lead",
    "subheadings",
    "sources",
    "people",
    "titles",
    "mentions",
    "direct_quotes",
    "indirect_quotes",
    "dates",
    "events",
    "events+place",
    "events+date",
)
# Events scored per type as well, as conlleval scores entities per label: a type the rules
# miss shows up without reading the articles (the held-out set is scored, never read).
COMPONENTS += tuple(f"events:{kind}" for kind in EVENT_TYPES)


def _max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> int:
    """Size of a maximum one-to-one pairing of gold and predicted items (Kuhn's algorithm)."""
    edges = [[j for j in range(n_pred) if ok(i, j)] for i in range(n_gold)]
    owner: list[int | None] = [None] * n_pred

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if owner[j] is None or augment(owner[j], seen):  # type: ignore[arg-type]
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(n_gold))


Counts = tuple[int, int, int]  # true positives, false positives, false negatives


def _count(gold: list, pred: list, ok: Callable[[Any, Any], bool]) -> Counts:
    tp = _max_matching(len(gold), len(pred), lambda i, j: ok(gold[i], pred[j]))
    return tp, len(pred) - tp, len(gold) - tp


def _count_bags(gold: Iterable, pred: Iterable) -> Counts:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def _quote_ok(gold: dict, pred: dict) -> bool:
    gold_tokens = Counter(tokens(gold["text"]))
    if not gold_tokens:
        return False
    shared = sum((gold_tokens & Counter(tokens(pred.get("text") or ""))).values())
    overlap = shared / sum(gold_tokens.values())
    return overlap >= QUOTE_OVERLAP and loose(gold["speaker"]) == loose(pred.get("speaker"))


def _values_equal(gold: dict, pred: dict) -> bool:
    """Equal Gregorian values; a Lunar Hijri day may be one off (Iran sights the moon)."""
    a, b = gold["value"], pred.get("value")
    if a == b:
        return True
    if gold.get("calendar") == "lunar_hijri" and b and DAY.match(a) and DAY.match(b):
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return False


def _date_ok(gold: dict, pred: dict) -> bool:
    shared = set(tokens(gold["text"])) & set(tokens(pred.get("text") or ""))
    return bool(shared) and _values_equal(gold, pred)


def _participants_ok(gold: list[str], pred: list[str]) -> bool:
    if not gold and not pred:
        return True
    hits = _max_matching(len(gold), len(pred), lambda i, j: names_match(gold[i], pred[j]))
    return 2 * hits / (len(gold) + len(pred)) >= PARTICIPANT_DICE


def _event_ok(gold: dict, pred: dict, with_place: bool = False, with_date: bool = False) -> bool:
    return (
        gold["type"] == pred.get("type")
        and _participants_ok(gold["participants"], list(pred.get("participants") or []))
        and (not with_place or names_match(gold["place"], pred.get("place")))
        and (not with_date or gold["date"] == pred.get("date"))
    )


def _mention_surfaces(pred: dict, text: str) -> list[tuple[str, str]]:
    """(person, mention) pairs of a prediction in the body; offsets are read from ``text``."""
    pairs, body = [], body_start(text)
    for person in pred.get("people") or []:
        for m in person.get("mentions") or []:
            if isinstance(m, str):
                pairs.append((loose(person.get("name")), loose(m)))
            elif m[0] >= body:
                pairs.append((loose(person.get("name")), loose(text[m[0] : m[1]])))
    return pairs


def _in_body(items: list[dict], text: str) -> list[dict]:
    """The predicted items the annotation covers: those in the body, or without offsets.

    The guidelines annotate people, quotes, dates and events in the body only, since a
    headline repeats it; a prediction found in the headline has no gold to match.
    """
    body = body_start(text)
    return [item for item in items if item.get("start", body) >= body]


def _present(text: str | None) -> list[str | None]:
    """A predicted single string as a bag: empty when the prediction has none."""
    return [loose(text)] if text else []


def _article_counts(record: dict, pred: dict) -> dict[str, Counts]:
    """Counts per component for one article."""
    gold = record["gold"]
    text = pred.get("text") or normalize(record["text"])
    p_people = pred.get("people") or []
    p_quotes = _in_body(pred.get("quotes") or [], text)
    p_events = _in_body(pred.get("events") or [], text)
    counts = {
        "headline": _count_bags([loose(gold["headline"])], _present(pred.get("headline"))),
        "lead": _count_bags([loose(gold["lead"])], _present(pred.get("lead"))),
        "subheadings": _count_bags(
            map(loose, gold["subheadings"]), map(loose, pred.get("subheadings") or [])
        ),
        "sources": _count_bags(
            {(source_key(s["name"]), s["role"]) for s in gold["sources"]},
            {(source_key(s["name"]), s.get("role")) for s in pred.get("sources") or []},
        ),
        "people": _count_bags(
            {loose(p["name"]) for p in gold["people"]}, {loose(p["name"]) for p in p_people}
        ),
        "titles": _count_bags(
            {(loose(p["name"]), loose(t)) for p in gold["people"] for t in p["titles"]},
            {(loose(p["name"]), loose(t)) for p in p_people for t in p.get("titles") or []},
        ),
        "mentions": _count_bags(
            [(loose(p["name"]), loose(m)) for p in gold["people"] for m in p["mentions"]],
            _mention_surfaces(pred, text),
        ),
        "dates": _count(gold["dates"], _in_body(pred.get("dates") or [], text), _date_ok),
        "events": _count(gold["events"], p_events, _event_ok),
        "events+place": _count(gold["events"], p_events, partial(_event_ok, with_place=True)),
        "events+date": _count(gold["events"], p_events, partial(_event_ok, with_date=True)),
    }
    for kind in QUOTE_KINDS:
        g = [q for q in gold["quotes"] if q["kind"] == kind]
        p = [q for q in p_quotes if q.get("kind") == kind]
        counts[f"{kind}_quotes"] = _count(g, p, _quote_ok)
    for kind in EVENT_TYPES:
        g = [e for e in gold["events"] if e["type"] == kind]
        p = [e for e in p_events if e.get("type") == kind]
        counts[f"events:{kind}"] = _count(g, p, _event_ok)
    return counts


def _pair(golds: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Pair predictions with gold by ``id`` when every prediction has one, else by position."""
    if predicted and all("id" in p for p in predicted):
        by_id = {p["id"]: p for p in predicted}
        unknown = set(by_id) - {g["id"] for g in golds}
        if unknown:
            raise ValueError(f"predictions for unknown articles: {', '.join(sorted(unknown))}")
        return [(g, by_id.get(g["id"], {})) for g in golds]
    if len(golds) != len(predicted):
        raise ValueError(f"{len(predicted)} predictions for {len(golds)} gold articles")
    return list(zip(golds, predicted, strict=True))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall, F1; an empty side scores 1.0 only when the other is empty too."""
    precision = tp / (tp + fp) if tp + fp else float(fn == 0)
    recall = tp / (tp + fn) if tp + fn else float(fp == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score_articles(golds: list[dict], predicted: list[dict]) -> dict[str, dict]:
    """Micro-averaged precision, recall and F1 per component over all articles.

    ``golds`` are records from ``load_gold``; ``predicted`` are ``khabar analyze`` outputs.
    Returns ``{component: {"precision", "recall", "f1", "tp", "fp", "fn"}}``.
    """
    totals = {name: [0, 0, 0] for name in COMPONENTS}
    for record, pred in _pair(golds, predicted):
        for name, counts in _article_counts(record, pred).items():
            for k in range(3):
                totals[name][k] += counts[k]
    return {name: _prf(*totals[name]) for name in COMPONENTS}


def format_scores(scores: dict[str, dict]) -> str:
    """A plain-text table, one component a row."""
    width = max(len("component"), *map(len, scores))
    header = f"{'component':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    rows = [header, "-" * len(header)]
    for name, s in scores.items():
        rows.append(
            f"{name:<{width}} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}"
        )
    return "\n".join(rows)
