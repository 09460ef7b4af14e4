"""``khabar ingest``: analyse articles and store them, with stories and a search index."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from khabar.corpus.ingest import BATCH, Report
from khabar.corpus.sources import Failure


def ingest_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: .txt, .html, .json, .jsonl, RSS/Atom .xml, .parquet;"
            " or a khabar store (.db) to copy into --db with this version's keys."
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(help="SQLite file (default khabar.db) or postgresql://… URL."),
    ] = None,
    batch: Annotated[
        int, typer.Option(min=1, help="Articles per transaction: a crash loses at most one.")
    ] = BATCH,
) -> None:
    """Analyse Persian news articles and store them, grouping syndicated copies.

    Rerunning is safe: articles already stored are skipped, so an interrupted ingest
    resumes where it stopped. An article is known by its address, however written
    («http://www…/» is «https://…», tracking parameters aside), or by its text when it has
    none; one stored at its address with other text (a corrected
    article) is skipped with a warning, the stored text kept. A bad document is reported
    and the rest go on; the exit status is 1 if any failed.
    """
    from khabar.corpus import StoreError, open_store
    from khabar.corpus.ingest import ingest
    from khabar.corpus.sources import documents

    console = Console(stderr=True)
    try:
        total = sum(1 for _ in documents(paths))  # a large input takes a while to count
    except KeyboardInterrupt:
        typer.echo("khabar: interrupted before anything was stored", err=True)
        raise typer.Exit(130) from None
    try:
        store = open_store(db)
    except StoreError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[counts]}"),
        TimeRemainingColumn(),
        console=console,
    )

    def on_document(report: Report, failure: Failure | None) -> None:
        if failure is not None:
            progress.console.print(
                f"khabar: {failure.label}: {failure.message}",
                style="red",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
        counts = f"{report.added} new, {report.skipped} stored before, {len(report.failed)} failed"
        progress.update(task, advance=1, rate=f"{report.rate:.1f} articles/s", counts=counts)

    with store, progress:
        task = progress.add_task("ingest", total=total, rate="", counts="")
        try:
            # The pipeline loads on the first article that needs analysing: output of
            # khabar batch or khabar spark is stored without it.
            report = ingest(paths, store, batch, None, on_document)
        except KeyboardInterrupt:
            progress.stop()
            typer.echo(
                "khabar: interrupted; every finished batch is stored, rerun to go on", err=True
            )
            raise typer.Exit(130) from None
    for label in report.changed:
        typer.echo(
            f"khabar: {label}: warning: stored already at its address with other text;"
            " the stored text is kept",
            err=True,
        )
    typer.echo(
        f"khabar: {report.added} articles stored, {report.skipped} already stored,"
        f" {len(report.failed)} failed, in {report.seconds:.1f} s ({report.rate:.1f} articles/s)",
        err=True,
    )
    if report.failed:
        raise typer.Exit(1)
