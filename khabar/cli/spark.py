"""``khabar spark``: analyse articles on Apache Spark (local cores or a cluster)."""

import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli.batch import Format

# What Spark accepts as a master: yarn, or a URL starting with spark, k8s or local.
_MASTER = re.compile(r"(yarn$|spark|k8s|local)")


def spark_command(
    source: Annotated[
        str,
        typer.Argument(
            metavar="INPUT", help="A JSON Lines or Parquet file of articles, or a folder of them."
        ),
    ],
    output: Annotated[
        str, typer.Argument(metavar="OUTPUT", help="Folder for the part files; must not exist.")
    ],
    master: Annotated[
        str, typer.Option(help="Spark master: local[N], local[*], spark://HOST:7077, yarn.")
    ] = "local[*]",
    fmt: Annotated[Format, typer.Option("--format", help="Part files: parquet or jsonl.")] = (
        Format.parquet
    ),
    input_format: Annotated[
        Format | None, typer.Option(help="INPUT's format, when its name does not tell.")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Partitions to analyse (default: 8 per core).")
    ] = None,
) -> None:
    """Analyse articles on Spark and group syndicated copies: the rows 'khabar batch'
    writes, for the same input (but for bytes that are not UTF-8 inside a JSON string,
    which Spark reads as U+FFFD where batch reports the line). Needs pyspark and Java:
    pip install 'khabar[spark]'.

    For a cluster, spark-submit khabar/scale/spark_job.py (see docs/scaling.md).
    Exit status 1 if any article failed.
    """
    if "://" not in output and Path(output).exists():
        typer.echo(f"khabar: {output} exists; Spark writes a new folder", err=True)
        raise typer.Exit(2)
    # Told before Spark starts, which takes many seconds (a glob is left to Spark).
    local = "://" not in source and not any(c in source for c in "*?[{")
    if local and not Path(source).exists():
        typer.echo(f"khabar: {source}: no such file or folder", err=True)
        raise typer.Exit(2)
    if not _MASTER.match(master):
        typer.echo(
            f"khabar: --master {master!r}: use local[N], local[*], spark://HOST:PORT,"
            " k8s://… or yarn",
            err=True,
        )
        raise typer.Exit(2)
    try:
        from pyspark import SparkContext
        from pyspark.sql import SparkSession
    except ImportError:
        typer.echo("khabar: khabar spark needs pyspark: pip install 'khabar[spark]'", err=True)
        raise typer.Exit(2) from None

    started = time.perf_counter()
    builder = (
        SparkSession.builder.master(master)
        .appName("khabar")
        .config("spark.pyspark.python", sys.executable)
    )
    archive = None
    if master.startswith("local") and SparkContext._gateway is None:  # this run starts the JVM
        from khabar.scale.jvm import ClassArchive, cache_folder

        archive = ClassArchive(cache_folder())
        builder = builder.config("spark.driver.extraJavaOptions", archive.options())
    with ThreadPoolExecutor(1) as starter:
        starting = starter.submit(builder.getOrCreate)
        from khabar.scale.spark import run  # its imports take a core while the JVM starts

        try:
            spark = starting.result()
        except Exception as e:  # Spark's own reason is on stderr already
            typer.echo(f"khabar: Spark did not start (--master {master}): {e}", err=True)
            raise typer.Exit(2) from None
    spark.sparkContext.setLogLevel("WARN")
    try:
        count, failures = run(
            spark,
            source,
            output,
            fmt.value,
            input_format.value if input_format else None,
            partitions,
        )
    except FileNotFoundError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    finally:
        spark.stop()
        if archive is not None:
            archive.keep(SparkContext._gateway)
    for failure in failures:
        typer.echo(f"khabar: {failure.label}: {failure.message}", err=True)
    seconds = time.perf_counter() - started
    typer.echo(
        f"khabar: {count} articles in {output}, {len(failures)} failed, in {seconds:.1f} s",
        err=True,
    )
    if failures:
        raise typer.Exit(1)
