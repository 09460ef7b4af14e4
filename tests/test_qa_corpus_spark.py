"""``khabar spark`` argument errors are told before Spark starts (which takes many
seconds): a missing local INPUT and a --master Spark would refuse."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app


def spark_started() -> bool:
    try:
        from pyspark import SparkContext
    except ImportError:
        return False
    return SparkContext._gateway is not None


@pytest.mark.parametrize(
    ("make_input", "options", "says"),
    [
        (False, [], "no such file or folder"),
        (True, ["--master", "bogus"], "--master 'bogus'"),
    ],
)
def test_refused_before_spark_starts(
    tmp_path: Path, make_input: bool, options: list[str], says: str
) -> None:
    source = tmp_path / "in.jsonl"
    if make_input:
        source.write_text('{"title": "خبر", "paragraphs": ["متن."]}\n', encoding="utf-8")
    before = spark_started()
    result = CliRunner().invoke(app, ["spark", str(source), str(tmp_path / "out"), *options])
    assert result.exit_code == 2, result.output
    assert says in result.output
    assert not (tmp_path / "out").exists()
    assert before or not spark_started()
