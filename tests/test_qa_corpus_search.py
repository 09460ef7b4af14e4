"""Search over a real SQLite store filled by ``khabar ingest``'s own code from a JSON Lines
file written here: "only direct quotes by X" must page through every match, however many
rank above the articles whose quote holds the words."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.corpus import open_store
from khabar.corpus.ingest import ingest
from khabar.corpus.search import Query

DAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه"]
# Articles 1, 3 and 5 quote Larijani on the budget; 2, 4 and 6 repeat the word «بودجه»
# outside his quote, so they rank above the others.
QUOTED = {1, 3, 5}


def session(number: int) -> dict:
    on_budget = number in QUOTED
    quote = "بودجه سال آینده تصویب می‌شود" if on_budget else "مجلس کار خود را انجام می‌دهد"
    more = "" if on_budget else " بودجه بودجه بودجه"
    return {
        "title": f"نشست شماره {number} مجلس درباره بودجه",
        "paragraphs": [
            f"به گزارش ایسنا، علی لاریجانی، رئیس مجلس، روز {DAYS[number - 1]} گفت: «{quote}.»",
            f"نمایندگان درباره لایحه{more} و موضوع شماره {number} گفت‌وگو کردند.",
        ],
        "date": f"2017-11-0{number}",
        "url": f"https://example.org/majlis/{number}",
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("quoted")
    source = folder / "sessions.jsonl"
    lines = [json.dumps(session(n), ensure_ascii=False) for n in range(1, 7)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = str(folder / "khabar.db")
    with open_store(path) as store:
        report = ingest([Path(source)], store)
    assert report.added == 6 and not report.failed
    return path


def headline_numbers(hits: list[dict]) -> list[int]:
    return [int(h["headline"].split()[2]) for h in hits]


def test_the_quotes_rank_below_articles_without_them(db: str) -> None:
    with open_store(db) as store:
        ranked = headline_numbers(store.search(Query("بودجه", limit=6)))
    assert set(ranked[:3]) == {2, 4, 6}, ranked


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_quotes_by_finds_every_quote_page_by_page(db: str, limit: int) -> None:
    found = []
    with open_store(db) as store:
        for offset in range(0, 4, limit):
            query = Query("بودجه", quotes_by="لاریجانی", limit=limit, offset=offset)
            page = store.search(query)
            assert len(page) <= limit
            found += headline_numbers(page)
            assert all(h["quotes"] and "بودجه" in h["quotes"][0]["text"] for h in page)
    assert sorted(found) == sorted(QUOTED), found


def test_quotes_by_with_limit_one_from_the_command_line(db: str) -> None:
    result = CliRunner().invoke(
        app,
        ["search", "بودجه", "--quotes-by", "لاریجانی", "--db", db, "--limit", "1"],
    )
    assert result.exit_code == 0, result.output
    assert "no articles found" not in result.stdout
    assert "بودجه سال آینده" in result.stdout


@pytest.mark.parametrize(
    ("option", "value"), [("--limit", "100000000000000000000"), ("--limit", "2000000")]
)
def test_a_limit_too_large_is_refused_with_a_message(db: str, option: str, value: str) -> None:
    result = CliRunner().invoke(app, ["search", "بودجه", "--db", db, option, value])
    assert result.exit_code == 2, result.output
    assert "limit must be from 1 to 1,000,000" in result.output


def test_a_date_range_that_ends_before_it_starts_is_refused(db: str) -> None:
    options = ["--from", "2017-11-03", "--to", "1396-08-11"]  # 1396-08-11 is 2017-11-02
    result = CliRunner().invoke(app, ["search", "بودجه", "--db", db, *options])
    assert result.exit_code == 2, result.output
    assert "2017-11-03" in result.output and "2017-11-02" in result.output
    same_day = ["--from", "2017-11-02", "--to", "1396-08-11", "--format", "json"]
    found = CliRunner().invoke(app, ["search", "بودجه", "--db", db, *same_day])
    assert found.exit_code == 0 and '"published": "2017-11-02"' in found.stdout


@pytest.mark.parametrize("outlet", ["ایسنا", "خبرگزاری ایسنا", "خبرگزاري ايسنا"])
def test_source_filter_takes_the_outlet_as_a_sourcing_line_names_it(db: str, outlet: str) -> None:
    with open_store(db) as store:
        assert len(store.search(Query("بودجه", source=outlet, limit=10))) == 6
        assert not store.search(Query("بودجه", source="روزنامه کیهان"))
