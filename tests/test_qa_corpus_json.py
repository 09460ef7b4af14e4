"""JSON that Python reads badly: half of a surrogate pair («\\ud800»: valid JSON, not
text) or arrays nested too deep for its reader. Such a document fails alone, with its
place, and the rest are stored; over HTTP it is a 422, not a 500."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.corpus import open_store
from khabar.web.app import create_app

BROKEN = '{"title": "خبر با نویسهٔ \\ud800 شکسته", "paragraphs": ["متن خبر درباره برف."]}'
GOOD = '{"title": "قیمت نفت افزایش یافت", "paragraphs": ["به گزارش ایرنا، نفت گران شد."]}'


def test_ingest_reports_the_line_and_stores_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(f"{BROKEN}\n{GOOD}\n", encoding="utf-8")
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert f"{source}:1: holds \\ud800" in result.output
    with open_store(str(db)) as store:
        assert store.count() == 1


DEEP = "[" * 100_000 + "]" * 100_000


def test_json_nested_too_deep_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text(DEEP, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(f"{DEEP}\n{GOOD}\n", encoding="utf-8")
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1, result.output
    for place in ("deep.json", "in.jsonl:1"):
        assert f"{place}: invalid JSON: arrays or objects nested too deeply" in result.output
    with open_store(str(db)) as store:
        assert store.count() == 1


@pytest.mark.parametrize(("body", "detail"), [(BROKEN, "surrogate"), (DEEP, "nested too deep")])
def test_posting_it_is_422(tmp_path: Path, body: str, detail: str) -> None:
    with TestClient(create_app(str(tmp_path / "k.db"), "token")) as client:
        posted = client.post(
            "/api/articles",
            content=body.encode(),
            headers={"Authorization": "Bearer token", "Content-Type": "application/json"},
        )
    assert posted.status_code == 422, posted.text
    assert detail in posted.json()["detail"]


def test_json_lines_named_json_are_read_line_by_line(tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    source.write_text(f"{GOOD}\n{{bad\n{GOOD.replace('نفت', 'گاز')}\n", encoding="utf-8")
    db = tmp_path / "k.db"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert f"{source}:2: invalid JSON" in result.output
    with open_store(str(db)) as store:
        assert store.count() == 2


def test_a_pretty_json_with_trailing_text_is_one_failure(tmp_path: Path) -> None:
    source = tmp_path / "pretty.json"
    source.write_text('{\n  "title": "خبر"\n}\nx\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    assert f"{source}: invalid JSON at line 4, column 1: Extra data" in result.output
    assert ":2:" not in result.output
