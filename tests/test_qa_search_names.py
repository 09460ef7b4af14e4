"""Name filters, and a name's people and quotes, as a reader types the name, over a real
SQLite store filled by ``khabar ingest``'s own code: people are stored without their
honorifics («خمینی», «خامنه‌ای»), so «امام خمینی» or «آیت الله خامنه‌ای» must find them,
while a place that keeps the honorific in its own name («فرودگاه امام خمینی») is still
found as written."""

import json

import pytest
from stored import stored
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.corpus import open_store

ARTICLES = [
    {
        "title": "سالگرد رحلت امام خمینی در حرم برگزار شد",
        "paragraphs": [
            "به گزارش خبرگزاری فارس، مراسم سالگرد رحلت امام خمینی (ره) امروز با حضور مردم"
            " در حرم مطهر برگزار شد.",
            "آیت‌الله خامنه‌ای در این مراسم گفت: «راه امام خمینی راه عدالت است.»",
        ],
        "date": "1396-03-14",
        "url": "https://example.org/memorial",
    },
    {
        "title": "پروازهای فرودگاه امام خمینی از سر گرفته شد",
        "paragraphs": [
            "به گزارش ایسنا، پروازهای فرودگاه امام خمینی پس از برف سنگین از سر گرفته شد.",
            "حجت‌الاسلام حسین ابراهیمی، نماینده مجلس، گفت: «پروازها باید به موقع انجام شود.»",
        ],
        "date": "1396-11-10",
        "url": "https://example.org/airport",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return stored(
        tmp_path_factory.mktemp("names"),
        ARTICLES,
    )


def found(db: str, *args: str) -> list[str]:
    result = CliRunner().invoke(app, ["search", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [h["url"].rsplit("/", 1)[1] for h in json.loads(result.stdout)["hits"]]


@pytest.mark.parametrize(
    ("option", "name", "article"),
    [
        ("--person", "خمینی", "memorial"),
        ("--person", "امام خمینی", "memorial"),
        ("--person", "آیت الله خامنه‌ای", "memorial"),
        ("--person", "حضرت آیت‌الله العظمی خامنه‌ای", "memorial"),
        ("--speaker", "آیت‌الله خامنه‌ای", "memorial"),
        ("--speaker", "حجت الاسلام و المسلمین حسین ابراهیمی", "airport"),
        ("--quotes-by", "حجت‌الاسلام ابراهیمی", "airport"),
    ],
)
def test_a_name_is_found_with_the_honorifics_it_is_stored_without(
    db: str, option: str, name: str, article: str
) -> None:
    assert found(db, option, name) == [article]


def test_the_quote_of_a_speaker_named_with_an_honorific_is_shown(db: str) -> None:
    result = CliRunner().invoke(
        app, ["search", "پروازها", "--quotes-by", "حجت‌الاسلام ابراهیمی", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert "پروازها باید به موقع" in result.stdout


def test_a_place_keeps_the_honorific_in_its_name(db: str) -> None:
    assert found(db, "--place", "امام خمینی") == ["airport"]


def test_an_honorific_alone_is_no_one(db: str) -> None:
    assert found(db, "--person", "امام") == []


def test_people_and_quotes_are_found_with_honorifics_too(db: str) -> None:
    with open_store(db, create=False) as store:
        assert [p["key"] for p in store.people("امام خمینی")] == ["خمینی"]
        (quote,) = store.quotes("آیت الله خامنه‌ای")
        assert quote["text"].startswith("راه امام خمینی")
        assert store.timeline("آیت‌الله خامنه‌ای") == store.timeline("خامنه‌ای")
