"""``khabar batch``: a file or folder of articles analysed with every core of one machine.

Articles are read in order and cut into parts of ``part`` articles. A pool of processes,
each loading the pipeline once, analyses one part at a time and writes it to
``OUTPUT/_analysed/part-NNNNN.work`` (each article's row and signature, or why it failed).
When every part is there, stories are grouped over the whole batch
(:mod:`khabar.scale.stories`), since a copy may sit in any part, and each part is written
again as ``OUTPUT/part-NNNNN.jsonl`` (or ``.parquet``) with its ``story_id``;
``OUTPUT/_SUCCESS`` marks the run finished. Every file is written atomically, so a rerun
after a crash or Ctrl-C redoes only the parts not yet analysed.
"""

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import Pool
from pathlib import Path

from khabar.corpus.analysed import Analysed
from khabar.corpus.sources import Document, Failure, documents
from khabar.news.analyze import default_pipeline
from khabar.scale.parts import dumps, name, read_lines, write_lines, write_rows
from khabar.scale.stories import story_ids
from khabar.scale.work import Done, analyse

PART = 100
WORK = "_analysed"
# JSON Lines, named so that khabar ingest, reading an unfinished OUTPUT, passes them by.
WORK_SUFFIX = "work"
SUCCESS = "_SUCCESS"
_PLAN = "plan.json"

Task = tuple[Path, list[Document | Analysed | Failure]]


class PlanError(ValueError):
    """OUTPUT holds a run over another input or with other parts: resuming would mix them."""


@dataclass
class Summary:
    """What a run did: rows written, parts an earlier run had analysed, failures."""

    articles: int = 0
    resumed: int = 0
    failed: list[Failure] = field(default_factory=list)
    finished_before: bool = False
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


def batch(
    source: Path,
    output: Path,
    jobs: int | None = None,
    fmt: str = "jsonl",
    part: int = PART,
    on_articles: Callable[[int], None] = lambda n: None,
    on_total: Callable[[int], None] = lambda n: None,
) -> Summary:
    """Analyse every article in ``source`` into part files in ``output``.

    ``on_total(n)`` hears how many articles there are, once the input is read;
    ``on_articles(n)`` hears of each part done (or found done), with its article count.
    """
    if source.is_dir() and output.resolve().is_relative_to(source.resolve()):
        raise PlanError(
            f"{output} is inside {source}: its own files would be read as articles;"
            " write to a folder outside the input"
        )
    if output.exists() and not output.is_dir():
        raise PlanError(f"{output} is a file; OUTPUT is the folder the run writes")
    summary = Summary()
    plan = {"input": str(source.resolve()), "part": part, "format": fmt}
    if (output / SUCCESS).exists():
        summary.failed = _check_finished(output, plan)
        shutil.rmtree(output / WORK, ignore_errors=True)
        summary.finished_before = True
        return summary
    work = output / WORK
    if not (work / _PLAN).exists() and any(output.glob("part-*")):
        raise PlanError(
            f"{output} holds part files no run here is writing; write to another folder"
        )
    work.mkdir(parents=True, exist_ok=True)
    _check_plan(work, plan)
    todo: list[Task] = []
    done = 0
    for index, docs in enumerate(_chunks(documents([source]), part)):
        path = work / name(index, WORK_SUFFIX)
        if path.exists():
            summary.resumed += 1
            done += len(docs)
        else:
            todo.append((path, docs))
    total = done + sum(len(docs) for _, docs in todo)
    if not total:
        shutil.rmtree(work)
        raise PlanError(f"{source} holds no articles")
    on_total(total)
    on_articles(done)
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    if jobs <= 1:
        for task in todo:
            on_articles(_analyse_part(task))
    else:
        with Pool(jobs, initializer=_start) as pool:
            for count in pool.imap_unordered(_analyse_part, todo):
                on_articles(count)
    _group(work, output, fmt, summary)
    # the marker keeps the plan, so that a rerun with other input is told it is done, and
    # the failures, so that a rerun still says which articles failed
    failed = [[f.label, f.message] for f in summary.failed]
    write_lines(output / SUCCESS, [json.dumps({**plan, "failed": failed}, ensure_ascii=False)])
    shutil.rmtree(work)
    return summary


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _check_finished(output: Path, plan: dict) -> list[Failure]:
    """The articles a finished run failed on; refuse one over other input, parts or
    format than asked for, or one whose marker does not say (``khabar spark`` writes it
    empty)."""
    text = (output / SUCCESS).read_text(encoding="utf-8").strip()
    if not text:
        raise PlanError(
            f"{output} holds a finished run that does not record its input (khabar spark's,"
            " or an older khabar's); write to another folder"
        )
    earlier = _as_planned(json.loads(text))
    failed = [Failure(label, message) for label, message in earlier.pop("failed", [])]
    if earlier != plan:
        raise PlanError(f"{output} holds a finished run {_described(earlier)}; write elsewhere")
    return failed


def _check_plan(work: Path, plan: dict) -> None:
    path = work / _PLAN
    if not path.exists():
        write_lines(path, [json.dumps(plan)])
        return
    earlier = _as_planned(json.loads(path.read_text()))
    if earlier != plan:
        raise PlanError(
            f"{work.parent} holds an unfinished run {_described(earlier)}; rerun it as it"
            " was, or write to another folder"
        )


def _as_planned(plan: dict) -> dict:
    """A plan as this khabar writes it: one written before the format was part of it was
    JSON Lines."""
    return {"format": "jsonl", **plan}


def _described(plan: dict) -> str:
    return f"over {plan['input']} in parts of {plan['part']}, as {plan['format']}"


def _start() -> None:
    """Load the pipeline once per worker process, before its first part."""
    default_pipeline()


def _analyse_part(task: Task) -> int:
    path, docs = task
    nlp = default_pipeline()
    lines = []
    for doc in docs:
        result = analyse(doc, nlp)
        if isinstance(result, Failure):
            lines.append(dumps({"failure": [result.label, result.message]}))
        else:
            lines.append(dumps({"row": result.row, "signature": result.signature.hex()}))
    write_lines(path, lines)
    return len(docs)


def _read_part(path: Path) -> Iterator[Done | Failure]:
    for line in read_lines(path):
        item = json.loads(line)
        if "failure" in item:
            yield Failure(*item["failure"])
        else:
            yield Done(item["row"], bytes.fromhex(item["signature"]))


def _group(work: Path, output: Path, fmt: str, summary: Summary) -> None:
    """Story ids over the whole batch, then each part written out with them."""
    paths = sorted(work.glob(f"part-*.{WORK_SUFFIX}"))
    done = (d for path in paths for d in _read_part(path) if isinstance(d, Done))
    stories = story_ids((d.id, d.rank, d.signature) for d in done)
    for path in paths:
        rows = []
        for result in _read_part(path):
            if isinstance(result, Failure):
                summary.failed.append(result)
            else:
                rows.append({**result.row, "story_id": stories[result.id]})
        write_rows(output / f"{path.stem}.{fmt}", rows, fmt)
        summary.articles += len(rows)
