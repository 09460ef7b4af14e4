"""``khabar spark``: articles analysed on Apache Spark, rows as ``khabar batch`` writes them.

Input is read by Spark (JSON Lines or Parquet, a file or a folder, any file system Spark
reaches) and spread over ``partitions`` partitions. Each partition is analysed by
:func:`khabar.scale.work.analyse`, with the pipeline loaded once per executor Python
process (Spark reuses its Python workers, and ``default_pipeline`` keeps the loaded one),
never once per article. Copy pairs are found by a Spark job over the same signatures, LSH
bands and containment test as :mod:`khabar.scale.stories`, and joined into stories on the
driver (by Spark when there are too many), so the story ids equal ``khabar batch``'s on the
same input. Failures are labelled with their file only: Spark does not number lines.

Output is a folder of part files, written by Spark: ``part-*.parquet`` (the columns of
:mod:`khabar.corpus.analysed`) or ``part-*.jsonl`` (one row per line), which
``khabar ingest`` reads as it reads ``khabar batch``'s.

khabar reaches the executors installed there, or as its wheel on ``--py-files``. Python
imports a wheel on ``--py-files`` from the zip, but spaCy loads a model only from a folder,
so then :func:`_unzip` unpacks the wheel once per executor and imports khabar from there.
"""

import hashlib
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path


def _unzip() -> None:
    """Import khabar from an unpacked copy when it was imported from a zip (a wheel on
    ``--py-files``), so its model and lexicons are files on disk."""
    import khabar

    init = Path(khabar.__file__)
    if init.is_file():
        return
    archive = next(p for p in init.parents if p.is_file())
    stat = archive.stat()
    digest = hashlib.sha1(f"{archive}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()
    target = Path(tempfile.gettempdir()) / f"khabar-{digest[:16]}"
    if not target.is_dir():
        tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".khabar-"))
        with zipfile.ZipFile(archive) as wheel:
            wheel.extractall(tmp)
        try:
            os.rename(tmp, target)
        except OSError:  # another worker on this machine unpacked it first
            shutil.rmtree(tmp)
    sys.path.insert(0, str(target))
    # Forget what came from the zip (this module excepted: it is being imported).
    here = sys.modules[__name__]
    for name in [n for n in sys.modules if n == "khabar" or n.startswith("khabar.")]:
        del sys.modules[name]
    sys.modules[__name__] = here


_unzip()

from pyspark import RDD, StorageLevel  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

from khabar.corpus.analysed import COLUMNS, to_columns  # noqa: E402
from khabar.corpus.parquet import plain  # noqa: E402
from khabar.corpus.sources import Failure, document  # noqa: E402
from khabar.news.analyze import default_pipeline  # noqa: E402
from khabar.scale.parts import FORMATS, dumps  # noqa: E402
from khabar.scale.stories import bands, components, first, is_copy  # noqa: E402
from khabar.scale.work import Done, analyse  # noqa: E402

# Articles per partition in the story job: about 10 MB of signatures. Each of its stages
# costs a task per partition, so small inputs get few.
GROUP_PART = 10_000
# Copy pairs up to this many are joined into stories on the driver; more, by Spark.
DRIVER_PAIRS = 2_000_000


def run(
    spark: SparkSession,
    source: str,
    output: str,
    fmt: str = "parquet",
    input_format: str | None = None,
    partitions: int | None = None,
    driver_pairs: int = DRIVER_PAIRS,
) -> tuple[int, list[Failure]]:
    """Analyse every article in ``source`` into ``output`` (which must not exist yet);
    how many rows were written, and the articles that failed."""
    context = spark.sparkContext
    items = _read(spark, source, input_format or guess_format(source))
    partitions = partitions or context.defaultParallelism * 4
    results = items.repartition(partitions).mapPartitions(_analyse_partition)
    # Analysis is the costly step: kept, so the story job and the writer do not redo it.
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    tally = results.map(lambda r: r if isinstance(r, Failure) else None).collect()
    failures = [r for r in tally if r is not None]
    count = len(tally) - len(failures)
    done = results.filter(lambda r: isinstance(r, Done))
    edges = copy_pairs(done, max(1, -(-count // GROUP_PART)))
    pairs = edges.take(driver_pairs + 1)
    if len(pairs) <= driver_pairs:
        stories = context.broadcast(components(pairs))
        rows = done.map(lambda d: {**d.row, "story_id": stories.value.get(d.id, d.id)})
    else:
        labels = _components(edges, partitions)
        rows = done.map(lambda d: (d.id, d.row)).leftOuterJoin(labels, partitions).values()
        rows = rows.map(lambda p: {**p[0], "story_id": p[1][2] if p[1] else p[0]["id"]})
    _write(spark, rows, output, fmt)
    results.unpersist()
    return count, failures


def guess_format(source: str) -> str:
    """``jsonl`` or ``parquet``, from the path's suffix or, for a local folder, its files."""
    for fmt in FORMATS:
        if source.endswith(f".{fmt}"):
            return fmt
    folder = Path(source)
    if folder.is_dir() and next(folder.rglob("*.parquet"), None) is not None:
        return "parquet"
    return "jsonl"


def _read(spark: SparkSession, source: str, fmt: str) -> RDD:
    """``(label, item)``: each JSON line, or each Parquet row as a dict."""
    reader = spark.read.option("recursiveFileLookup", "true")
    if not source.endswith(f".{fmt}"):
        reader = reader.option("pathGlobFilter", f"*.{fmt}")
    if fmt == "jsonl":
        lines = reader.text(source).select(F.col("_metadata.file_path"), "value")
        return lines.rdd.map(tuple).filter(lambda item: item[1].strip())
    rows = reader.parquet(source)
    rows = rows.select(F.col("_metadata.file_path").alias("_label"), *rows.columns)
    return rows.rdd.map(_parquet_item)


def _parquet_item(values) -> tuple[str, dict]:
    values = values.asDict(recursive=True)
    return values.pop("_label"), {k: plain(v) for k, v in values.items()}


def _analyse_partition(items):
    # Cached in the module: a Python worker loads the pipeline for its first task only.
    nlp = default_pipeline()
    for label, item in items:
        yield analyse(document(label, item), nlp)


def copy_pairs(done: RDD, partitions: int) -> RDD:
    """``(rank, rank)`` of every pair of copies, as :func:`stories.story_ids` finds them.

    Every shuffle names its partitions: left to Spark, they follow the input's.
    """
    chosen = done.map(lambda d: (d.id, (d.rank, d.signature))).reduceByKey(first, partitions)
    candidates = (
        chosen.flatMap(lambda kv: [(band, kv[0]) for band in bands(kv[1][1])])
        .groupByKey(partitions)
        .flatMap(lambda kv: _pairs(kv[1]))
        .distinct(partitions)
    )
    return (
        candidates.join(chosen, partitions)
        .map(lambda x: (x[1][0], x[1][1]))
        .join(chosen, partitions)
        .values()
        .filter(lambda x: is_copy(x[0][1], x[1][1]))
        .map(lambda x: (x[0][0], x[1][0]))
    )


def _pairs(ids) -> list[tuple[str, str]]:
    ids = sorted(set(ids))
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def _components(edges: RDD, partitions: int) -> RDD:
    """``(id, smallest rank in its component)`` for every article with a copy, by Spark,
    for copy graphs too large for the driver.

    Each round every article takes the smallest label among its own and its copies'; it
    stops when no label changes, after as many rounds as the widest story is long.
    """
    links = edges.flatMap(lambda e: [e, (e[1], e[0])]).cache()
    labels = links.keys().distinct(partitions).map(lambda n: (n, n))
    while True:
        spread = links.join(labels, partitions).values()
        new = labels.union(spread).reduceByKey(min, partitions)
        new.localCheckpoint()  # cut the lineage that grows each round
        if new.join(labels, partitions).filter(lambda x: x[1][0] != x[1][1]).count() == 0:
            return new.map(lambda kv: (kv[0][2], kv[1]))
        labels = new


def _write(spark: SparkSession, rows: RDD, output: str, fmt: str) -> None:
    if fmt == "parquet":
        table = rows.map(lambda r: tuple(to_columns(r)[c] for c in COLUMNS))
        schema = ", ".join(f"{c} string" for c in COLUMNS)
        spark.createDataFrame(table, schema).write.parquet(output)
        return
    lines = rows.map(lambda r: (dumps(r),))
    spark.createDataFrame(lines, "value string").write.text(output)
    _rename(spark, output, ".txt", ".jsonl")


def _rename(spark: SparkSession, output: str, old: str, new: str) -> None:
    """Spark's text writer names its parts ``*.txt``; ``khabar ingest`` reads ``*.jsonl``.
    Renamed through Hadoop's file system, so it works wherever Spark wrote."""
    hadoop = spark.sparkContext._jvm.org.apache.hadoop.fs
    folder = hadoop.Path(output)
    fs = folder.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    for status in fs.listStatus(folder):
        name = status.getPath().getName()
        if name.startswith("part-") and name.endswith(old):
            fs.rename(status.getPath(), hadoop.Path(folder, name.removesuffix(old) + new))
