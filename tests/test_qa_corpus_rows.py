"""Analysed rows (``khabar batch``/``khabar spark`` output) that were edited or damaged:
each bad row fails alone with its line, nothing of it is left in the store, and the good
rows are stored, on SQLite and (with ``KHABAR_TEST_POSTGRES``) PostgreSQL."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_urls
from store_urls import KINDS

from khabar.corpus import open_store
from khabar.corpus.analysed import row
from khabar.corpus.ingest import ingest
from khabar.news.analyze import analyze
from khabar.news.reader import read_article

ARTICLE = """وزیر نفت از افزایش تولید خبر داد
به گزارش ایرنا، بیژن زنگنه، وزیر نفت، روز سه‌شنبه در تهران گفت: «تولید نفت افزایش می‌یابد.»
وی با وزیر انرژی عراق دیدار کرد.
"""


@pytest.fixture(params=KINDS)
def store_url(request, tmp_path: Path) -> Iterator[str]:
    yield from store_urls.store_url(request.param, tmp_path, "khabar_rows")


@pytest.fixture(scope="module")
def analysis() -> dict:
    found = analyze(read_article(ARTICLE)).to_dict()
    assert found["people"] and found["quotes"] and found["events"]
    return found


def test_damaged_rows_fail_alone(store_url: str, analysis: dict, tmp_path: Path) -> None:
    damaged = [
        {"people": None},
        {"quotes": [{"kind": "direct"}]},
        {"text": 5},
        {"events": [{"sentence": 5}]},
    ]
    rows = [row(f"id:{i}", None, {**analysis, **change}) for i, change in enumerate(damaged)]
    rows.append(row("id:good", None, analysis))
    source = tmp_path / "part-00000.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    with open_store(store_url) as store:
        report = ingest([source], store, batch=10)
        assert report.added == 1
        assert [f.label for f in report.failed] == [f"{source}:{n}" for n in (1, 2, 3, 4)]
        assert store.count() == 1
        assert store._one("SELECT count(*) FROM people")[0] == len(analysis["people"])
        assert store._one("SELECT count(*) FROM signatures")[0] == 1
        [article] = [store.article(i) for (i,) in store._all("SELECT id FROM articles")]
    assert article["identity"] == "id:good"
