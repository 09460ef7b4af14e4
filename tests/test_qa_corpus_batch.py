"""``khabar batch`` given an OUTPUT it cannot write: a message and exit status 2, never a
traceback, and the input untouched."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app

ARTICLE = '{"title": "بارش باران در تهران", "paragraphs": ["هواشناسی از بارش باران خبر داد."]}\n'


@pytest.mark.parametrize("output", ["taken.txt", "taken.txt/out"])
def test_an_output_that_is_a_file_is_refused(tmp_path: Path, output: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "taken.txt").write_text("not a folder\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), str(tmp_path / output), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "taken.txt" in result.output and "Traceback" not in result.output
    assert (tmp_path / "taken.txt").read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("inside", ["out", "."])
def test_an_output_inside_the_input_folder_is_refused(tmp_path: Path, inside: str) -> None:
    (tmp_path / "in.jsonl").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / inside
    result = CliRunner().invoke(app, ["batch", str(tmp_path), str(output), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert "inside" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
