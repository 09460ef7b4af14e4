"""Score ``khabar analyze`` output against the hand-annotated articles in ``evaluation/news``.

The gold files are the yardstick for the news layer (sources, people, quotes, dates,
events); their format and the annotation guidelines are in ``evaluation/news/README.md``.

How strings are compared, and why:

* Every string goes through ``khabar.normalize`` (digits unified to Latin) first, so a gold
  string written in correct Persian equals the same words repaired from damaged input.
* Names, titles, places, participants and headlines are compared on their letters and
  digits only: spaces, half-spaces (ZWNJ), guillemets and punctuation are ignored. Whether
  «صالحی‌نیا» is written with a half-space or a space is spelling, not knowledge.
* Quote texts are compared as bags of tokens (a token is a run of letters or digits with
  half-spaces removed), because a quote's boundaries are fuzzy: a prediction matches when
  it covers at least ``QUOTE_OVERLAP`` of the gold quote's tokens.
* Items are paired one-to-one (maximum bipartite matching), so a duplicated prediction is
  a false positive, not a second hit.
"""

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from khabar.text.chars import ZWNJ
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
EVENT_TYPES = ("meeting", "visit", "call", "agreement", "statement", "accusation")
# Events scored per type as well, as conlleval scores entities per label: a type the rules
# miss shows up without reading the articles (the held-out set is scored, never read).
COMPONENTS += tuple(f"events:{kind}" for kind in EVENT_TYPES)

ROLES = ("reporter", "cited")
QUOTE_KINDS = ("direct", "indirect")
CALENDARS = ("gregorian", "solar_hijri", "lunar_hijri", "relative")
_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Words that say what kind of outlet a source is rather than which one.
_DESCRIPTORS = frozenset(
    {"خبرگزاری", "روزنامه", "پایگاه", "خبری", "اطلاع‌رسانی", "شبکه", "خبرنگار", "سایت", "مجله"}
)
_GUILLEMETS = re.compile(r"«([^»]+)»")


class GoldFormatError(ValueError):
    """A gold file does not have the documented shape; the message names file and field."""


# --- string keys -------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    return normalize(text, digits="latin").casefold()


@lru_cache(maxsize=65536)
def loose(text: str | None) -> str | None:
    """Letters and digits only, after normalization: the key names are compared on."""
    if text is None:
        return None
    return "".join(ch for ch in _norm(text) if ch.isalnum())


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens after normalization, half-spaces joined: what quote overlap counts."""
    return tuple(re.findall(r"[^\W_]+", _norm(text).replace(ZWNJ, "")))


def source_key(name: str) -> str:
    """A source's identity: the name in «» if there is one, else without outlet descriptors.

    «شبکه خبری «طلوع‌نیوز»» and «طلوع‌نیوز», «خبرگزاری فارس» and «فارس» are one source.
    """
    inner = _GUILLEMETS.search(name)
    if inner:
        return loose(inner.group(1)) or ""
    words = normalize(name).split()
    while len(words) > 1 and words[0] in _DESCRIPTORS:
        words = words[1:]
    return loose(" ".join(words)) or ""


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Equal names, or one a whole-word run inside the other («لاوروف» in «سرگئی لاوروف»).

    Used for places and event participants, which texts name in longer and shorter forms;
    people and speakers must match exactly (see ``loose``).
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if loose(gold) == loose(predicted):
        return True
    a, b = tokens(gold), tokens(predicted)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


# --- locating gold strings in the text ---------------------------------------------------


@lru_cache(maxsize=65536)
def _surface_pattern(surface: str) -> re.Pattern[str]:
    parts: list[str] = []
    for ch in surface.strip():
        if ch in f" {ZWNJ}":
            parts.append(f"[ {ZWNJ}]?")
        else:
            if parts and not parts[-1].endswith("?"):
                parts.append(f"{ZWNJ}?")
            parts.append(re.escape(ch))
    return re.compile(rf"(?<!\w){''.join(parts)}(?!\w)")


def find_surface(text: str, surface: str, start: int = 0) -> tuple[int, int] | None:
    """The first span of ``surface`` in ``text`` at or after ``start``, as whole words.

    Spaces and half-spaces may differ or be missing between the two, so a gold string in
    correct Persian is found in text whose half-spaces the normalizer could not restore.
    """
    m = _surface_pattern(surface).search(text, start)
    return (m.start(), m.end()) if m else None


def body_start(text: str) -> int:
    """Where the body begins: after the headline, which annotations leave out."""
    stripped = text.lstrip("\n")
    newline = stripped.find("\n")
    return len(text) - len(stripped) + (newline if newline >= 0 else len(stripped))


def locate_all(text: str, surfaces: Iterable[str]) -> list[tuple[int, int] | None]:
    """Spans of ``surfaces`` found one after another in the body, in text order."""
    pos, spans = body_start(text), []
    for surface in surfaces:
        span = find_surface(text, surface, pos)
        spans.append(span)
        if span:
            pos = span[1]
    return spans


# --- gold files --------------------------------------------------------------------------


class _Opt:
    """A key that may be absent."""

    def __init__(self, spec: Any) -> None:
        self.spec = spec


class _Null:
    """A value that may be null."""

    def __init__(self, spec: Any) -> None:
        self.spec = spec


_SCHEMA: dict[str, Any] = {
    "id": str,
    "published": _DAY,
    "damaged": bool,
    "text": str,
    "gold": {
        "headline": str,
        "lead": str,
        "subheadings": [str],
        "sources": [{"name": str, "role": ROLES}],
        "people": [{"name": str, "titles": [str], "mentions": [str]}],
        "quotes": [{"kind": QUOTE_KINDS, "speaker": _Null(str), "cue": str, "text": str}],
        "dates": [
            {
                "text": str,
                "value": _VALUE,
                "end_value": _Opt(_VALUE),
                "calendar": _Opt(CALENDARS),
            }
        ],
        "events": [
            {
                "type": EVENT_TYPES,
                "trigger": str,
                "participants": [str],
                "place": _Null(str),
                "date": _Null(_VALUE),
            }
        ],
    },
}


def _check(value: Any, spec: Any, where: str) -> None:
    """Raise ``GoldFormatError`` at the first place ``value`` does not fit ``spec``.

    ``where`` is the dotted path of ``value`` («gold.quotes[2].kind»), so a broken file
    can be fixed without a debugger.
    """
    if isinstance(spec, _Null):
        if value is not None:
            _check(value, spec.spec, where)
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            raise GoldFormatError(f"{where}: expected an object, got {type(value).__name__}")
        for key, sub in spec.items():
            path = f"{where}.{key}" if where != "record" else key
            if key in value:
                _check(value[key], sub.spec if isinstance(sub, _Opt) else sub, path)
            elif not isinstance(sub, _Opt):
                raise GoldFormatError(f"{path}: missing field")
    elif isinstance(spec, list):
        if not isinstance(value, list):
            raise GoldFormatError(f"{where}: expected a list, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(item, spec[0], f"{where}[{i}]")
    elif isinstance(spec, tuple):
        if value not in spec:
            raise GoldFormatError(f"{where}: {value!r} is not one of {', '.join(spec)}")
    elif isinstance(spec, re.Pattern):
        if not isinstance(value, str) or not spec.match(value):
            raise GoldFormatError(f"{where}: {value!r} does not match {spec.pattern}")
    elif not isinstance(value, spec) or (spec is str and not value.strip()):
        raise GoldFormatError(f"{where}: expected a non-empty {spec.__name__}, got {value!r}")


def validate_gold(record: Any, source: str = "gold record") -> dict:
    """Check one gold record's shape; errors read «01-x.json: gold.quotes[2].kind: …»."""
    try:
        _check(record, _SCHEMA, "record")
    except GoldFormatError as err:
        raise GoldFormatError(f"{source}: {err}") from None
    return record


def load_gold(directory: str | Path) -> list[dict]:
    """Read and validate every ``*.json`` gold file in ``directory``, sorted by name."""
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise GoldFormatError(f"{directory}: no gold files (*.json)")
    records = []
    for path in paths:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise GoldFormatError(f"{path.name}: not valid JSON: {err}") from None
        validate_gold(record, path.name)
        if record["id"] != path.stem:
            raise GoldFormatError(f"{path.name}: id: {record['id']!r} is not the file name")
        records.append(record)
    return records


def gold_as_prediction(record: dict) -> dict:
    """The gold annotations in ``khabar analyze`` output shape, offsets into the clean text.

    The reference for what a prediction looks like, and the self-check of the scorer.
    """
    gold, text = record["gold"], normalize(record["text"])
    people = [
        {
            "name": p["name"],
            "titles": list(p["titles"]),
            "mentions": [list(s) for s in locate_all(text, p["mentions"]) if s],
        }
        for p in gold["people"]
    ]
    quotes = []
    for q in gold["quotes"]:
        span = find_surface(text, q["text"], body_start(text)) or (0, 0)
        quotes.append({**q, "start": span[0], "end": span[1]})
    return {
        "id": record["id"],
        "text": text,
        "headline": gold["headline"],
        "lead": gold["lead"],
        "subheadings": list(gold["subheadings"]),
        "sources": [dict(s) for s in gold["sources"]],
        "people": people,
        "quotes": quotes,
        "dates": [dict(d) for d in gold["dates"]],
        "events": [dict(e) for e in gold["events"]],
    }


# --- matching and counting ---------------------------------------------------------------


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
    if gold.get("calendar") == "lunar_hijri" and b and _DAY.match(a) and _DAY.match(b):
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
