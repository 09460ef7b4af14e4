"""An article is known by its address however a feed or a page writes it: a crawl that
meets it at «http://www…/» and at «https://…?utm_source=rss» stores it once."""

import json
from pathlib import Path

import pytest

from khabar.corpus import open_store
from khabar.corpus.ingest import ingest
from khabar.corpus.records import canonical_url, identity

ARTICLE = {
    "title": "بارش باران در شیراز",
    "paragraphs": ["به گزارش ایرنا، باران شدید امروز در شیراز بارید."],
}
SPELLINGS = [
    "https://www.example.ir/news/1",
    "https://www.example.ir/news/1/",
    "http://example.ir/news/1",
    "https://example.ir/news/1?utm_source=rss&utm_medium=feed",
    "HTTPS://WWW.Example.IR:443/news/1#comments",
]


@pytest.mark.parametrize("url", SPELLINGS)
def test_one_address_however_written(url: str) -> None:
    assert identity("", url) == identity("", SPELLINGS[0])


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/news/2",
        "https://example.ir/news/1?id=2",
        "https://example.ir:8080/news/1",
        "https://other.ir/news/1",
    ],
)
def test_other_addresses_stay_other(url: str) -> None:
    assert identity("", url) != identity("", SPELLINGS[0])


def test_an_address_with_escapes_is_the_one_with_its_letters() -> None:
    assert canonical_url("https://x.ir/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/") == "https://x.ir/ایران"
    assert canonical_url("ftp://x.ir/a/") == "ftp://x.ir/a/"


def test_a_crawl_that_meets_an_article_at_each_spelling_stores_it_once(tmp_path: Path) -> None:
    lines = [json.dumps({**ARTICLE, "link": url}, ensure_ascii=False) for url in SPELLINGS]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(str(tmp_path / "k.db")) as store:
        report = ingest([tmp_path / "feed.jsonl"], store)
        assert (report.added, report.skipped, report.failed) == (1, 4, [])
        assert store.article(1)["url"] == SPELLINGS[0]
