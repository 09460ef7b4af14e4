"""``khabar batch``: analyse a file or folder of articles with every core, into part files."""

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from khabar.scale.batch import PART


class Format(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


def batch_command(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="INPUT", help="A JSON Lines or Parquet file of articles, or a folder of them."
        ),
    ],
    output: Annotated[
        Path,
        typer.Argument(metavar="OUTPUT", help="Folder of part files; rerun with it to resume."),
    ],
    jobs: Annotated[
        int | None, typer.Option(min=1, help="Processes (default: one per core).")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="Part files: jsonl, or parquet (needs pyarrow).")
    ] = Format.jsonl,
    part: Annotated[int, typer.Option(min=1, help="Articles per part file.")] = PART,
) -> None:
    """Analyse articles on every core of this machine and group syndicated copies.

    Each row is the 'khabar analyze' JSON with the article's id and its story_id (the id
    of the story's earliest copy). An interrupted run resumes where it stopped when rerun
    with the same INPUT and OUTPUT. 'khabar ingest OUTPUT' stores the rows without
    analysing again. Exit status 1 if any article failed.
    """
    from khabar.scale.batch import PlanError, batch

    if not source.exists():
        typer.echo(f"khabar: {source}: no such file or folder", err=True)
        raise typer.Exit(2)
    jobs = jobs or os.cpu_count() or 1
    progress = Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(f"{jobs} processes"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    with progress:
        task = progress.add_task("batch", total=None)
        try:
            summary = batch(
                source,
                output,
                jobs,
                fmt.value,
                part,
                on_articles=lambda n: progress.advance(task, n),
                on_total=lambda n: progress.update(task, total=n),
            )
        except PlanError as e:
            progress.stop()
            typer.echo(f"khabar: {e}", err=True)
            raise typer.Exit(2) from None
        except OSError as e:  # OUTPUT a file, or a folder that cannot be written
            progress.stop()
            typer.echo(f"khabar: {e.filename or output}: {e.strerror or e}", err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            progress.stop()
            typer.echo("khabar: interrupted; every finished part is kept, rerun to go on", err=True)
            raise typer.Exit(130) from None
    if summary.finished_before:
        for failure in summary.failed:
            typer.echo(f"khabar: {failure.label}: {failure.message}", err=True)
        failed = f", whose {len(summary.failed)} failures are above" if summary.failed else ""
        typer.echo(f"khabar: {output} holds a finished run{failed}; nothing to do", err=True)
        if summary.failed:
            raise typer.Exit(1)
        return
    for failure in summary.failed:
        typer.echo(f"khabar: {failure.label}: {failure.message}", err=True)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    typer.echo(
        f"khabar: {summary.articles} articles in {output}, {len(summary.failed)} failed,"
        f" {summary.resumed} parts from an earlier run, in {summary.seconds:.1f} s"
        f" ({rate:.1f} articles/s)",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(1)
