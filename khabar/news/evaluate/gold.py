"""The gold files: their documented shape, checked field by field, and reading them.

The format and the annotation guidelines are in ``evaluation/news/README.md``. A file may
also be a recipe (:mod:`khabar.news.evaluate.recipes`): its text is read from the shared data.
"""

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from khabar.news.evaluate.surfaces import body_start, find_surface, locate_all
from khabar.text.normalizer import normalize

EVENT_TYPES = ("meeting", "visit", "call", "agreement", "statement", "accusation")
ROLES = ("reporter", "cited")
QUOTE_KINDS = ("direct", "indirect")
CALENDARS = ("gregorian", "solar_hijri", "lunar_hijri", "relative")
_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GoldFormatError(ValueError):
    """A gold file does not have the documented shape; the message names file and field."""


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
    "published": DAY,
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


def _real_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


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
        if spec is DAY and not _real_day(value):
            raise GoldFormatError(f"{where}: {value!r} is no day of the Gregorian calendar")
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
        if "source" in record and "text" not in record:
            # Imported here so ``python -m khabar.news.evaluate.recipes`` runs it fresh.
            from khabar.news.evaluate.recipes import RecipeError, cook

            try:
                record = cook(record)
            except (RecipeError, FileNotFoundError, KeyError, TypeError) as err:
                raise GoldFormatError(f"{path.name}: recipe: {err}") from None
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
