"""``khabar spark`` run for real on Spark in local mode (``local[2]``): the same rows and
stories as ``khabar batch`` on the same articles, from JSON Lines and from Parquet.

One SparkSession serves the module; its Python workers keep their loaded pipeline between
runs, so each run after the first costs little more than its analysis.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_scale_batch import bad_lines, corpus, partition, read_rows, write_corpus
from typer.testing import CliRunner

import khabar.corpus.ingest
import khabar.scale.jvm
from khabar.cli.main import app
from khabar.corpus import SQLiteStore
from khabar.corpus.ingest import ingest
from khabar.corpus.records import identity
from khabar.news.analyze import compose
from khabar.news.reader import from_json
from khabar.scale.batch import batch

if shutil.which("java") is None:
    pytest.skip("Spark needs Java: run .ci/spark.sh", allow_module_level=True)

from pyspark.sql import SparkSession

from khabar.scale.jvm import ClassArchive
from khabar.scale.spark import run


@pytest.fixture(scope="module")
def spark():
    session = (
        SparkSession.builder.master("local[2]")
        .appName("khabar-tests")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, list[int]]:
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    return path, write_corpus(path)


@pytest.fixture(scope="module")
def batch_output(source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    summary = batch(source[0], out, jobs=2, part=8)
    assert summary.failed == []
    return out


@pytest.fixture(scope="module")
def spark_output(spark, source, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("spark") / "out"
    # Copy pairs found by the Spark job, not on the driver.
    count, failures = run(spark, str(source[0]), str(out), fmt="jsonl", driver_articles=0)
    assert (count, failures) == (len(source[1]), [])
    return out


def test_spark_writes_what_batch_writes(spark_output, batch_output):
    assert {p.suffix for p in spark_output.glob("part-*")} == {".jsonl"}
    assert read_rows(spark_output) == read_rows(batch_output)


def test_spark_stories_are_the_syndicated_copies(spark_output):
    rows = read_rows(spark_output)
    articles, truth = corpus()
    ids = [identity(compose(from_json(a)), a.get("url")) for a in articles]
    assert partition([rows[i]["story_id"] for i in ids]) == partition(truth)


def test_parquet_in_parquet_out_and_the_spark_story_job(spark, source, batch_output, tmp_path):
    """Parquet input and output, with the copy pairs found and joined by Spark."""
    articles, _ = corpus()
    table = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(articles), table)  # paragraphs: a list column
    out = tmp_path / "out"
    count, failures = run(spark, str(table), str(out), driver_articles=0, driver_pairs=0)
    assert (count, failures) == (len(articles), [])
    assert {p.suffix for p in out.glob("part-*")} == {".parquet"}
    assert read_rows(out) == read_rows(batch_output)


def test_bad_lines_are_labelled_with_file_and_line_as_batch_labels_them(spark, tmp_path):
    bad_lines(tmp_path / "in")
    count, failures = run(spark, str(tmp_path / "in"), str(tmp_path / "spark"), fmt="jsonl")
    summary = batch(tmp_path / "in", tmp_path / "batch", jobs=1)
    assert count == summary.articles == 2
    # The messages differ for the line that is not UTF-8: Hadoop reads it as U+FFFD.
    assert [f.label.removeprefix("file:") for f in failures] == [f.label for f in summary.failed]
    assert read_rows(tmp_path / "spark") == read_rows(tmp_path / "batch")


def test_parquet_files_of_other_columns_are_all_read_as_batch_reads_them(spark, tmp_path):
    """Only some files hold «date»: Spark read the first file's columns for all."""
    articles, _ = corpus()
    folder = tmp_path / "in"
    folder.mkdir()
    undated = [{k: v for k, v in a.items() if k != "date"} for a in articles[:2]]
    pq.write_table(pa.Table.from_pylist(undated), folder / "a.parquet")
    dated = [{**a, "date": "2015-03-01"} for a in articles[2:4]]
    pq.write_table(pa.Table.from_pylist(dated), folder / "b.parquet")
    count, failures = run(spark, str(folder), str(tmp_path / "spark"), fmt="jsonl")
    summary = batch(folder, tmp_path / "batch", jobs=1)
    assert count == summary.articles == 4 and failures == []
    assert read_rows(tmp_path / "spark") == read_rows(tmp_path / "batch")


def test_a_file_named_with_its_format_given_is_read_whatever_its_suffix(spark, tmp_path):
    articles, _ = corpus()
    named = tmp_path / "articles.ndjson"
    named.write_text("".join(f"{json.dumps(a, ensure_ascii=False)}\n" for a in articles[:2]))
    count, failures = run(spark, str(named), str(tmp_path / "out"), "jsonl", "jsonl")
    assert (count, failures) == (2, [])


def test_a_folder_of_both_formats_is_refused_not_half_read(tmp_path):
    from khabar.scale.spark import guess_format

    (tmp_path / "a.parquet").write_bytes(b"")
    (tmp_path / "b.jsonl").write_text("")
    with pytest.raises(FileNotFoundError, match="both"):
        guess_format(str(tmp_path))


def test_a_missing_input_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(
        app, ["spark", str(tmp_path / "nothing.jsonl"), str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert "nothing.jsonl: no such file or folder" in result.output


def test_ingest_stores_spark_rows_without_analysing(spark_output, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(khabar.corpus.ingest, "analyze", refuse)
    rows = read_rows(spark_output)
    with SQLiteStore(tmp_path / "k.db") as store:
        report = ingest([spark_output], store, nlp=object())
        assert (report.added, report.failed) == (len(rows), [])
        stored = [store.article(i) for i in range(1, len(rows) + 1)]
    assert partition([a["story_id"] for a in stored]) == partition(
        [rows[a["identity"]]["story_id"] for a in stored]
    )


def test_the_command_refuses_an_existing_output(tmp_path):
    result = CliRunner().invoke(app, ["spark", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2
    assert "exists" in result.output


def test_a_local_run_keeps_the_jvm_classes_for_the_next(source, batch_output, tmp_path):
    """A separate process, as a user runs it: the first run records the class archive as
    its JVM exits, the next maps it, and both write batch's rows."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = []
    for name in ("first", "second"):
        command = [sys.executable, "-m", "khabar", "spark", str(source[0]), str(tmp_path / name)]
        done = subprocess.run(
            [*command, "--master", "local[2]", "--format", "jsonl"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert read_rows(tmp_path / name) == read_rows(batch_output)
        runs.append(done.stderr)
    assert ["saving Spark's classes" in err for err in runs] == [True, False]
    kept = list((tmp_path / "cache" / "khabar").iterdir())
    assert [p.suffix for p in kept] == [".jsa"] and kept[0].stat().st_size > 0


def test_the_archive_is_recorded_once_and_a_failed_recording_leaves_nothing(tmp_path, monkeypatch):
    archive = ClassArchive(tmp_path)
    assert f"-XX:ArchiveClassesAtExit={archive.dump}" in archive.options()
    # Stands in for a JVM that writes part of its archive and fails once its input ends.
    script = f"import sys; sys.stdin.read(); open({str(archive.dump)!r}, 'w'); sys.exit(1)"
    jvm = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE)
    archive.keep(type("Gateway", (), {"proc": jvm}))
    assert list(tmp_path.iterdir()) == []
    # And one that never ends: given up on, nothing kept.
    archive.options()
    monkeypatch.setattr(khabar.scale.jvm, "DUMP_SECONDS", 0.5)
    jvm = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdin=subprocess.PIPE
    )
    archive.keep(type("Gateway", (), {"proc": jvm}))
    assert jvm.poll() is not None and list(tmp_path.iterdir()) == []
    archive.path.write_bytes(b"classes")
    assert f"-XX:SharedArchiveFile={archive.path}" in archive.options()
