"""A NUL character in an article (stray bytes from a scraper) is stored as a space, on
SQLite and on PostgreSQL alike, whose text cannot hold NUL: the article and the rest of
its batch are stored, and every offset into the text still holds."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_urls
from store_urls import KINDS

from khabar.corpus import open_store
from khabar.corpus.ingest import ingest
from khabar.corpus.search import Query

ARTICLES = [
    {
        "title": "بارش برف در ارتفاعات البرز",
        "paragraphs": ["به گزارش ایسنا، محمد رضایی، رئیس\0 هواشناسی، گفت: «برف\0 می‌بارد.»"],
        "url": "https://example.org/snow\0",
    },
    {"title": "قیمت نفت افزایش یافت", "paragraphs": ["به گزارش ایرنا، نفت گران شد."]},
]


@pytest.fixture(params=KINDS)
def store_url(request, tmp_path: Path) -> Iterator[str]:
    yield from store_urls.store_url(request.param, tmp_path, "khabar_nul")


def test_nul_is_stored_as_a_space(store_url: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    with open_store(store_url) as store:
        report = ingest([source], store)
        assert (report.added, report.failed) == (2, [])
        again = ingest([source], store)
        assert (again.added, again.skipped) == (0, 2)
        [hit] = store.search(Query("برف"))
        article = store.article(hit["id"])
    text = article["text"]
    assert "\0" not in text and "رئیس  هواشناسی" in text
    assert "\0" not in article["url"]
    for quote_ in article["quotes"]:
        assert text[quote_["start"] : quote_["end"]] == quote_["text"]
