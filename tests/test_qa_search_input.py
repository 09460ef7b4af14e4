"""``khabar search`` as a user types it, over a real SQLite store filled by ``khabar
ingest``'s own code: input that cannot be searched is refused with a message and exit
status 2 rather than read as some other search."""

import json

import pytest
from stored import stored
from typer.testing import CliRunner

from khabar.cli.main import app

ARTICLES = [
    {
        "title": "دیدار وزیر نیرو با استاندار خوزستان",
        "paragraphs": ["به گزارش ایسنا، وزیر نیرو امروز در اهواز با استاندار دیدار کرد."],
        "date": "1396-06-28",
        "url": "https://example.org/news/1",
    },
    {
        "title": "افتتاح سد تازه در کرمان",
        "paragraphs": ["به گزارش ایرنا، سد تازه‌ای در کرمان با حضور وزیر نیرو افتتاح شد."],
        "date": "2021-05-01",
        "url": "https://example.org/news/2",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return stored(
        tmp_path_factory.mktemp("input"),
        ARTICLES,
    )


def search(db: str, *args: str):
    return CliRunner().invoke(app, ["search", "--db", db, "--format", "json", *args])


@pytest.mark.parametrize("query", ["؟", "!!!", "*", '""', "«»", "-"])
def test_a_query_without_words_is_refused(db: str, query: str) -> None:
    result = search(db, "--", query)
    assert result.exit_code == 2, result.output
    assert "no words to look for" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_still_lists_every_article(db: str, query: str) -> None:
    result = search(db, query)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["hits"]) == len(ARTICLES)


@pytest.mark.parametrize("day", ["96-06-28", "۹۶/۰۶/۲۸", "17-09-19"])
def test_a_date_with_a_short_year_is_refused(db: str, day: str) -> None:
    result = search(db, "--from", day)
    assert result.exit_code == 2, result.output
    assert "write the year in full" in result.stderr


@pytest.mark.parametrize("day", ["1396-06-28", "۱۳۹۶/۰۶/۲۸", "2017-09-19"])
def test_a_date_with_its_year_in_full_filters(db: str, day: str) -> None:
    result = search(db, "--to", day)
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)["hits"]
    assert [h["url"] for h in hits] == [ARTICLES[0]["url"]]


@pytest.mark.parametrize(
    "option", ["--person", "--org", "--place", "--speaker", "--source", "--quotes-by", "--from"]
)
@pytest.mark.parametrize("value", ["", "  "])
def test_a_filter_given_empty_is_refused(db: str, option: str, value: str) -> None:
    result = search(db, option, value)
    assert result.exit_code == 2, result.output
    assert f"{option} is empty" in result.stderr
    assert result.stdout == ""
