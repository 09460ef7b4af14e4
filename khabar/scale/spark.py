"""``khabar spark``: articles analysed on Apache Spark, rows as ``khabar batch`` writes them.

Input is read by Spark (JSON Lines or Parquet, a file or a folder, any file system Spark
reaches) and spread over ``partitions`` partitions. Each partition is analysed by
:func:`khabar.scale.work.analyse`, with the pipeline loaded once per executor Python
process (Spark reuses its Python workers, and ``default_pipeline`` keeps the loaded one),
never once per article. Stories are grouped as :mod:`khabar.scale.stories` groups them, so
the story ids equal ``khabar batch``'s on the same input: on the driver, from the
signatures, when there are few enough to hold (about 1 KB an article); else copy pairs are
found by a Spark job over the same LSH bands and containment test, and joined into stories
on the driver (by Spark when there are too many). A failed JSON line is labelled
``file:line``, a Parquet row with its file.

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
from collections.abc import Callable, Iterator
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
from khabar.scale.stories import (  # noqa: E402
    Rank,
    components,
    copy_pairs,
    spark_components,
    story_ids,
)
from khabar.scale.work import Done, analyse  # noqa: E402

# Partitions to analyse per core: more than one, so that a core left idle at the end of
# the stage waits for a short task only.
PER_CORE = 8
# Articles per partition in the story job: about 10 MB of signatures. Each of its stages
# costs a task per partition, so small inputs get few.
GROUP_PART = 10_000
# Up to this many articles, their signatures (50 MB) are grouped on the driver: quicker
# than a job of five shuffles. More, and the copy pairs are found by Spark.
DRIVER_ARTICLES = 50_000
# Copy pairs up to this many are joined into stories on the driver; more, by Spark.
DRIVER_PAIRS = 2_000_000
# Articles per task of the steps after analysis (about 200 MB of JSON): a second task
# would often start a fresh Python worker, which costs seconds of imports.
WRITE_PART = 20_000


def run(
    spark: SparkSession,
    source: str,
    output: str,
    fmt: str = "parquet",
    input_format: str | None = None,
    partitions: int | None = None,
    driver_articles: int = DRIVER_ARTICLES,
    driver_pairs: int = DRIVER_PAIRS,
) -> tuple[int, list[Failure]]:
    """Analyse every article in ``source`` into ``output`` (which must not exist yet);
    how many rows were written, and the articles that failed."""
    context = spark.sparkContext
    partitions = partitions or context.defaultParallelism * PER_CORE
    items, place = _read(spark, source, input_format or guess_format(source), partitions)
    if items.getNumPartitions() < partitions:  # files Spark could not split finely enough
        items = items.repartition(partitions)
    results = items.mapPartitions(_analyse_partition)
    # Analysis is the costly step: kept, so the story job and the writer do not redo it.
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    # The story job reads only each article's key, kept apart so it need not read rows.
    keyed = results.map(_key).persist(StorageLevel.MEMORY_AND_DISK)
    tally = keyed.mapPartitions(_tally).collect()
    count = sum(articles for articles, _ in tally)
    failures = [Failure(place(f.label), f.message) for _, failed in tally for f in failed]
    # The steps after analysis are light: each task would cost more to start than to run,
    # so they take a task per WRITE_PART articles, at most one per core. Coalesced before
    # any Python step, so that a task reads its parts from the cache instead of running a
    # Python worker for each.
    light = min(context.defaultParallelism, -(-max(count, 1) // WRITE_PART))
    keys = keyed.coalesce(light).filter(lambda k: not isinstance(k, Failure))
    done = results.coalesce(light).filter(lambda r: isinstance(r, Done))
    if count <= driver_articles:
        found = story_ids((i, rank, sig) for i, (rank, sig) in keys.collect())
        stories = context.broadcast(found)
        rows = done.map(lambda d: {**d.row, "story_id": stories.value[d.id]})
    else:
        rows = _spark_stories(keys, done, count, partitions, driver_pairs)
    _write(spark, rows, output, fmt)
    results.unpersist()
    keyed.unpersist()
    return count, failures


def _tally(keys: Iterator[tuple | Failure]) -> Iterator[tuple[int, list[Failure]]]:
    """How many articles of a partition were analysed, and those that failed: all the
    driver needs to hear of a partition."""
    analysed, failed = 0, []
    for key in keys:
        if isinstance(key, Failure):
            failed.append(key)
        else:
            analysed += 1
    yield analysed, failed


def _spark_stories(keys: RDD, done: RDD, count: int, partitions: int, driver_pairs: int) -> RDD:
    """The rows with their story ids, the copy pairs found by Spark."""
    context = keys.context
    edges = copy_pairs(keys, max(1, -(-count // GROUP_PART)))
    pairs = edges.take(driver_pairs + 1)
    if len(pairs) <= driver_pairs:
        stories = context.broadcast(components(pairs))
        return done.map(lambda d: {**d.row, "story_id": stories.value.get(d.id, d.id)})
    labels = spark_components(edges, partitions)
    rows = done.map(lambda d: (d.id, d.row)).leftOuterJoin(labels, partitions).values()
    return rows.map(lambda p: {**p[0], "story_id": p[1][2] if p[1] else p[0]["id"]})


def guess_format(source: str) -> str:
    """``jsonl`` or ``parquet``, from the path's suffix or, for a local folder, its files."""
    for fmt in FORMATS:
        if source.endswith(f".{fmt}"):
            return fmt
    folder = Path(source)
    if folder.is_dir() and next(folder.rglob("*.parquet"), None) is not None:
        if next(folder.rglob("*.jsonl"), None) is not None:
            # one would be passed over in silence: khabar batch reads both
            raise FileNotFoundError(
                f"{source}: holds both .jsonl and .parquet files; give --input-format to"
                " read one kind, or run each kind apart"
            )
        return "parquet"
    return "jsonl"


def _read(
    spark: SparkSession, source: str, fmt: str, partitions: int
) -> tuple[RDD, Callable[[str], str]]:
    """``(label, item)`` for each JSON line or Parquet row (as a dict), and what turns a
    label into the place a failure is reported at: ``file:line``, or a Parquet file.
    Lines are split into about ``partitions`` parts."""
    if fmt == "jsonl":
        lines = _Lines(spark, source, partitions)
        return lines.items, lines.place
    # Files written apart may not share their columns («date» in some): all are read.
    reader = spark.read.option("recursiveFileLookup", "true").option("mergeSchema", "true")
    if not _is_file(spark, source):
        reader = reader.option("pathGlobFilter", f"*.{fmt}")
    rows = reader.parquet(source)
    rows = rows.select(F.col("_metadata.file_path").alias("_label"), *rows.columns)
    return rows.rdd.map(_parquet_item), str


class _Lines:
    """The non-empty lines of the JSON Lines files at ``source``, labelled as read with
    where they stand in their part (``PART:INDEX``); :meth:`place` turns a label into
    ``file:line`` as ``khabar batch`` numbers lines, counting each part's lines the first
    time it is asked, which is only when an article failed.

    Read with Spark's text files rather than a DataFrame, whose first use in a run costs
    seconds of planning. Hadoop reads bytes that are not UTF-8 as U+FFFD, so such a line
    fails as invalid JSON, or passes when they stood inside a string, where ``khabar
    batch`` says "invalid UTF-8".
    """

    def __init__(self, spark: SparkSession, source: str, partitions: int) -> None:
        context = spark.sparkContext
        files = _files(spark, source, ".jsonl")
        each = -(-partitions // len(files))
        parts = [context.textFile(name, each) for name in files]
        self.lines = context.union(parts) if len(parts) > 1 else parts[0]
        sizes = [part.getNumPartitions() for part in parts]
        self.owners = [name for name, size in zip(files, sizes, strict=True) for _ in range(size)]
        self.items = self.lines.mapPartitionsWithIndex(_label_lines)
        self._firsts: list[int] | None = None

    def place(self, label: str) -> str:
        if self._firsts is None:
            counts = self.lines.mapPartitions(lambda part: [sum(1 for _ in part)]).collect()
            self._firsts, seen = [], dict.fromkeys(self.owners, 1)
            for owner, count in zip(self.owners, counts, strict=True):
                self._firsts.append(seen[owner])
                seen[owner] += count
        part, index = map(int, label.split(":"))
        return f"{self.owners[part]}:{self._firsts[part] + index}"


def _label_lines(part: int, lines: Iterator[str]) -> Iterator[tuple[str, str]]:
    for index, line in enumerate(lines):
        if line.strip():
            yield f"{part}:{index}", line


def _files(spark: SparkSession, source: str, suffix: str) -> list[str]:
    """The file ``source``, or the files in the folder ``source`` (searched recursively)
    ending in ``suffix``, through Hadoop's file system, so any Spark reaches will do."""
    fs, path = _hadoop(spark, source)
    if not fs.exists(path):
        raise FileNotFoundError(f"{source}: no such file or folder")
    if fs.getFileStatus(path).isFile():  # named, it is read whatever it is called
        return [fs.makeQualified(path).toString()]
    found, listing = [], fs.listFiles(path, True)
    while listing.hasNext():
        status = listing.next()
        name = status.getPath().getName()
        if name.endswith(suffix) and not name.startswith((".", "_")):
            found.append(status.getPath().toString())
    if not found:
        raise FileNotFoundError(f"{source}: no *{suffix} files")
    return sorted(found)


def _parquet_item(values) -> tuple[str, dict]:
    values = values.asDict(recursive=True)
    return values.pop("_label"), {k: plain(v) for k, v in values.items()}


def _key(result: Done | Failure) -> tuple[str, tuple[Rank, bytes]] | Failure:
    return result if isinstance(result, Failure) else (result.id, (result.rank, result.signature))


def _analyse_partition(items):
    # Cached in the module: a Python worker loads the pipeline for its first task only.
    nlp = default_pipeline()
    for label, item in items:
        yield analyse(document(label, item), nlp)


def _write(spark: SparkSession, rows: RDD, output: str, fmt: str) -> None:
    if fmt == "parquet":
        table = rows.map(lambda r: tuple(to_columns(r)[c] for c in COLUMNS))
        schema = ", ".join(f"{c} string" for c in COLUMNS)
        spark.createDataFrame(table, schema).write.parquet(output)
        return
    # Lines go straight to Hadoop's text writer: no DataFrame, whose first use in a run
    # costs seconds of planning and code generation.
    rows.map(dumps).saveAsTextFile(output)
    _rename(spark, output, ".jsonl")


def _rename(spark: SparkSession, output: str, suffix: str) -> None:
    """Spark's text writer names its parts ``part-NNNNN``; ``khabar ingest`` reads
    ``*.jsonl``. Renamed through Hadoop's file system, so it works wherever Spark wrote."""
    fs, folder = _hadoop(spark, output)
    for status in fs.listStatus(folder):
        part = status.getPath()
        if part.getName().startswith("part-"):
            fs.rename(part, part.suffix(suffix))


def _is_file(spark: SparkSession, source: str) -> bool:
    fs, path = _hadoop(spark, source)
    return fs.exists(path) and fs.getFileStatus(path).isFile()


def _hadoop(spark: SparkSession, path: str):
    """Hadoop's file system for ``path``, and the path as Hadoop's ``Path``."""
    found = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)
    return found.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), found
