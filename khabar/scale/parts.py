"""Part files: a run's output split into files written whole or not at all.

Each part is written to a temporary name in its folder and renamed into place, so a part
that exists is complete: a rerun after a crash skips it and redoes only the rest.
"""

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.corpus import parquet
from khabar.corpus.analysed import COLUMNS, to_columns

FORMATS = ("jsonl", "parquet")


def name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


def atomic(path: Path, write) -> None:
    """``write(tmp)`` then rename ``tmp`` to ``path``; no half-written ``path`` is ever seen."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_lines(path: Path, lines: Iterable[str]) -> None:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in lines)

    atomic(path, write)


def read_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield line.rstrip("\n")


def dumps(values: dict) -> str:
    """One JSON line, as both ``khabar batch`` and ``khabar spark`` write it."""
    return json.dumps(values, ensure_ascii=False)


def write_rows(path: Path, rows: list[dict], fmt: str) -> None:
    """Analysed rows (:mod:`khabar.corpus.analysed`) as JSON Lines or Parquet."""
    if fmt == "jsonl":
        write_lines(path, map(dumps, rows))
    else:
        atomic(path, lambda tmp: parquet.write(tmp, COLUMNS, [to_columns(r) for r in rows]))
