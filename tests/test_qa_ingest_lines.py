"""``khabar ingest`` of a JSON Lines file with a line cut short, as an interrupted export
leaves it: the failure names the line and the column where the line stops, the rest are
stored in a real SQLite file, and the exit status is 1."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.corpus import open_store

GOOD = {"title": "قیمت نفت افزایش یافت", "paragraphs": ["به گزارش ایرنا، نفت گران شد."]}


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_line_cut_short_is_reported_where_it_stops(tmp_path: Path, end: str) -> None:
    cut = '{"title": "خبر"'
    source = tmp_path / "in.jsonl"
    source.write_bytes(f"{cut}{end}{json.dumps(GOOD, ensure_ascii=False)}{end}".encode())
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert f"{source}:1: invalid JSON at column {len(cut) + 1}:" in result.output
    with open_store(str(db), create=False) as store:
        assert store.count() == 1
