"""``khabar spark``: analyse articles on Apache Spark (local cores or a cluster)."""

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from khabar.cli.batch import Format

# A local master's JVM lives for one run and does little of the work (Python analyses):
# the JIT that starts quickest and the single-threaded collector leave the cores to it.
LOCAL_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


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
    writes, for the same input. Needs pyspark and Java: pip install 'khabar[spark]'.

    For a cluster, spark-submit khabar/scale/spark_job.py (see docs/scaling.md).
    Exit status 1 if any article failed.
    """
    if "://" not in output and Path(output).exists():
        typer.echo(f"khabar: {output} exists; Spark writes a new folder", err=True)
        raise typer.Exit(2)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        typer.echo("khabar: khabar spark needs pyspark: pip install 'khabar[spark]'", err=True)
        raise typer.Exit(2) from None
    from khabar.scale.spark import run

    started = time.perf_counter()
    builder = (
        SparkSession.builder.master(master)
        .appName("khabar")
        .config("spark.pyspark.python", sys.executable)
    )
    if master.startswith("local"):
        builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JVM)
    spark = builder.getOrCreate()
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
    for failure in failures:
        typer.echo(f"khabar: {failure.label}: {failure.message}", err=True)
    seconds = time.perf_counter() - started
    typer.echo(
        f"khabar: {count} articles in {output}, {len(failures)} failed, in {seconds:.1f} s",
        err=True,
    )
    if failures:
        raise typer.Exit(1)
