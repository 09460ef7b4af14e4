"""Counting predictions against gold, per component, and the precision/recall/F1 table.

Quote texts are compared as bags of tokens (a token is a run of letters or digits with
half-spaces removed), because a quote's boundaries are fuzzy: a prediction matches when it
covers at least ``QUOTE_OVERLAP`` of the gold quote's tokens. Items are paired one-to-one
(maximum bipartite matching), so a duplicated prediction is a false positive, not a second
hit.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
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


def _pairs(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one pairing of gold and predicted items (Kuhn's algorithm), as
    (gold index, predicted index) pairs."""
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

    for i in range(n_gold):
        augment(i, set())
    return [(i, j) for j, i in enumerate(owner) if i is not None]


Counts = tuple[int, int, int]  # true positives, false positives, false negatives


@dataclass(frozen=True)
class Key:
    """A bag item: equal when the keys are; ``shown`` is the item as written."""

    key: Any
    shown: str = field(compare=False)


def _key(*parts: str | None) -> Key:
    """A name, or a (name, title) pair, keyed loosely (``keys.loose``)."""
    keys = tuple(loose(p) for p in parts)
    return Key(keys[0] if len(parts) == 1 else keys, " · ".join(p or "" for p in parts))


# How a component's items match: a predicate on (gold, predicted) items, paired one to one;
# None when the items are keys compared as bags (equal keys match).
Match = Callable[[Any, Any], bool] | None


def _unmatched(gold: list, pred: list, ok: Match) -> tuple[list, list]:
    """The gold items no prediction matched, and the predictions that matched no gold."""
    if ok is None:
        g, p = Counter(gold), Counter(pred)
        return list((g - p).elements()), list((p - g).elements())
    pairs = _pairs(len(gold), len(pred), lambda i, j: ok(gold[i], pred[j]))
    hit_gold, hit_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    missed = [x for i, x in enumerate(gold) if i not in hit_gold]
    return missed, [x for j, x in enumerate(pred) if j not in hit_pred]


def _count(gold: list, pred: list, ok: Match) -> Counts:
    missed, spurious = _unmatched(gold, pred, ok)
    return len(pred) - len(spurious), len(spurious), len(missed)


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
    hits = len(_pairs(len(gold), len(pred), lambda i, j: names_match(gold[i], pred[j])))
    return 2 * hits / (len(gold) + len(pred)) >= PARTICIPANT_DICE


def _event_ok(gold: dict, pred: dict, with_place: bool = False, with_date: bool = False) -> bool:
    return (
        gold["type"] == pred.get("type")
        and _participants_ok(gold["participants"], list(pred.get("participants") or []))
        and (not with_place or names_match(gold["place"], pred.get("place")))
        and (not with_date or gold["date"] == pred.get("date"))
    )


def _mention_surfaces(pred: dict, text: str) -> list[Key]:
    """(person, mention) pairs of a prediction in the body; offsets are read from ``text``."""
    pairs, body = [], body_start(text)
    for person in pred.get("people") or []:
        for m in person.get("mentions") or []:
            if isinstance(m, str):
                pairs.append(_key(person.get("name"), m))
            elif m[0] >= body:
                pairs.append(_key(person.get("name"), text[m[0] : m[1]]))
    return pairs


def _in_body(items: list[dict], text: str) -> list[dict]:
    """The predicted items the annotation covers: those in the body, or without offsets.

    The guidelines annotate people, quotes, dates and events in the body only, since a
    headline repeats it; a prediction found in the headline has no gold to match.
    """
    body = body_start(text)
    return [item for item in items if item.get("start", body) >= body]


def _present(text: str | None) -> list[Key]:
    """A predicted single string as a bag: empty when the prediction has none."""
    return [_key(text)] if text else []


def _source(source: dict) -> Key:
    name, role = source["name"], source.get("role")
    return Key((source_key(name), role), f"{name} · {role}")


def _items(record: dict, pred: dict) -> dict[str, tuple[list, list, Match]]:
    """Per component of one article: the gold items, the predicted items, how they match."""
    gold = record["gold"]
    text = pred.get("text") or normalize(record["text"])
    p_people = pred.get("people") or []
    p_quotes = _in_body(pred.get("quotes") or [], text)
    p_events = _in_body(pred.get("events") or [], text)
    items: dict[str, tuple[list, list, Match]] = {
        "headline": ([_key(gold["headline"])], _present(pred.get("headline")), None),
        "lead": ([_key(gold["lead"])], _present(pred.get("lead")), None),
        "subheadings": (
            [_key(s) for s in gold["subheadings"]],
            [_key(s) for s in pred.get("subheadings") or []],
            None,
        ),
        "sources": (
            list({_source(s) for s in gold["sources"]}),
            list({_source(s) for s in pred.get("sources") or []}),
            None,
        ),
        "people": (
            list({_key(p["name"]) for p in gold["people"]}),
            list({_key(p["name"]) for p in p_people}),
            None,
        ),
        "titles": (
            list({_key(p["name"], t) for p in gold["people"] for t in p["titles"]}),
            list({_key(p["name"], t) for p in p_people for t in p.get("titles") or []}),
            None,
        ),
        "mentions": (
            [_key(p["name"], m) for p in gold["people"] for m in p["mentions"]],
            _mention_surfaces(pred, text),
            None,
        ),
        "dates": (gold["dates"], _in_body(pred.get("dates") or [], text), _date_ok),
        "events": (gold["events"], p_events, _event_ok),
        "events+place": (gold["events"], p_events, partial(_event_ok, with_place=True)),
        "events+date": (gold["events"], p_events, partial(_event_ok, with_date=True)),
    }
    for kind in QUOTE_KINDS:
        g = [q for q in gold["quotes"] if q["kind"] == kind]
        p = [q for q in p_quotes if q.get("kind") == kind]
        items[f"{kind}_quotes"] = (g, p, _quote_ok)
    for kind in EVENT_TYPES:
        g = [e for e in gold["events"] if e["type"] == kind]
        p = [e for e in p_events if e.get("type") == kind]
        items[f"events:{kind}"] = (g, p, _event_ok)
    return items


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
        for name, (gold, pred_items, ok) in _items(record, pred).items():
            for k, n in enumerate(_count(gold, pred_items, ok)):
                totals[name][k] += n
    return {name: _prf(*totals[name]) for name in COMPONENTS}


# The components whose items ``format_errors`` lists whole: the derived rows (events with
# place or date, events per type) repeat the events' items (but see ``_PLACED``).
ERROR_COMPONENTS = tuple(name for name in COMPONENTS if "+" not in name and ":" not in name)


def describe(item: Any) -> str:
    """One line for a gold or predicted item of any component."""
    if isinstance(item, Key):
        return item.shown
    if "kind" in item:  # a quote
        return f"{item.get('speaker') or '(no speaker)'}: «{item.get('text') or ''}»"
    if "value" in item:  # a date
        return f"{item.get('text')} = {item.get('value')}"
    participants = ", ".join(item.get("participants") or [])
    where = "".join(f" {k}={item[k]}" for k in ("place", "date") if item.get(k))
    return f"{item.get('type')}: {participants}{where}"


# Derived rows whose own errors are listed too: the events found whose place or date is
# wrong (an event missed altogether is listed under «events» alone).
_PLACED = ("events+place", "events+date")


def article_errors(record: dict, pred: dict) -> dict[str, tuple[list, list]]:
    """Per component of one article, the gold items missed and the predictions that match
    no gold item (components with neither are left out)."""
    errors = {}
    for name, (gold, pred_items, ok) in _items(record, pred).items():
        if name in ERROR_COMPONENTS or name in _PLACED:
            missed, spurious = _unmatched(gold, pred_items, ok)
            if name in _PLACED:
                listed_missed, listed_spurious = errors.get("events", ([], []))
                missed = [x for x in missed if not any(x is y for y in listed_missed)]
                spurious = [x for x in spurious if not any(x is y for y in listed_spurious)]
            if missed or spurious:
                errors[name] = (missed, spurious)
    return errors


def format_errors(golds: list[dict], predicted: list[dict]) -> str:
    """Every article's errors, component by component: ``-`` a missed gold item, ``+`` a
    prediction that matches none (a wrong speaker or value shows as one of each)."""
    lines = []
    for record, pred in _pair(golds, predicted):
        errors = article_errors(record, pred)
        if errors:
            lines.append(f"== {record['id']}")
        for name, (missed, spurious) in errors.items():
            lines.append(f"  {name}")
            lines += [f"    - {describe(x)}" for x in missed]
            lines += [f"    + {describe(x)}" for x in spurious]
    return "\n".join(lines)


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
