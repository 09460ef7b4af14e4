"""The corpus store end to end: ingest real files with the trained pipeline, then read,
filter and search, on SQLite (a real file) and PostgreSQL (when ``KHABAR_TEST_POSTGRES``
names a server, e.g. one started by ``.ci/postgres.sh``)."""

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_urls
from store_urls import KINDS

from khabar.corpus import Store, open_store, variants
from khabar.corpus.ingest import ingest
from khabar.corpus.search import Query, parse_date
from khabar.news.reader import read_article

Z = "\u200c"
DATA = Path(__file__).parent / "data"

SECOND = """افزایش صادرات فرش دستباف به اروپا

به گزارش خبرگزاری ایرنا، مریم احمدی، سخنگوی وزارت صنعت، معدن و تجارت، روز سه‌شنبه در \
اصفهان گفت: «صادرکنندگان امسال ۱۲۰۰ تخته فرش به آلمان و فرانسه صادر می‌کنند.»
وي افزود: كتابهاي آموزشي بافت فرش براي هنرجويان منتشر شده است.
احمدی همچنین از برگزاری نمایشگاه فرش در سال 1397 خبر داد.
"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>خبرها</title>
<item><title>بارش برف در ارتفاعات البرز</title><link>https://example.org/snow</link>
<pubDate>Tue, 06 Feb 2018 08:00:00 +0330</pubDate>
<description>&lt;p&gt;به گزارش ایسنا، کارشناسان هواشناسی از بارش برف سنگین در ارتفاعات البرز
خبر دادند.&lt;/p&gt;&lt;p&gt;پلیس راه اعلام کرد جاده چالوس بسته است.&lt;/p&gt;</description>
</item></channel></rss>
"""


def write_corpus(folder: Path) -> Path:
    """Four articles in four formats (one a syndicated copy of another), two bad ones."""
    folder.mkdir()
    first = (DATA / "article-damaged.txt").read_text(encoding="utf-8")
    (folder / "first.json").write_text(
        json.dumps(
            {"text": first, "date": "2017-10-02", "url": "https://example.org/mehr"},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    copy = variants.copy(read_article(first), random.Random(3), cited="مهر")
    lines = [
        json.dumps(
            {"title": copy.headline, "paragraphs": copy.paragraphs, "date": "2017-10-03"},
            ensure_ascii=False,
        ),
        '{"title": "نیمه',
    ]
    (folder / "more").mkdir()
    (folder / "more" / "copies.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "more" / "second.txt").write_text(SECOND, encoding="utf-8")
    (folder / "feed.xml").write_text(FEED, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    return folder


@pytest.fixture(scope="module", params=KINDS)
def store_url(request, tmp_path_factory) -> Iterator[str]:
    yield from store_urls.store_url(request.param, tmp_path_factory.mktemp("store"), "khabar_test")


@pytest.fixture(scope="module")
def ingested(store_url: str, tmp_path_factory) -> dict:
    folder = write_corpus(tmp_path_factory.mktemp("input") / "corpus")
    with open_store(store_url) as store:
        first = ingest([folder], store, batch=2)
        again = ingest([folder], store, batch=2)
    return {"first": first, "again": again, "folder": folder}


@pytest.fixture
def store(store_url: str, ingested: dict) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def test_ingest_reports_bad_documents_and_is_idempotent(ingested: dict, store: Store) -> None:
    first, again = ingested["first"], ingested["again"]
    assert (first.added, first.skipped) == (4, 0)
    failed = {Path(f.label).name: f.message for f in first.failed}
    assert set(failed) == {"copies.jsonl:2", "broken.txt"}
    assert "invalid JSON" in failed["copies.jsonl:2"]
    assert (again.added, again.skipped, len(again.failed)) == (0, 4, 2)
    assert store.count() == 4


def test_stored_article_is_the_analysis(store: Store) -> None:
    (hit,) = store.search(Query("ژاپن", date_to=parse_date("2017-10-02")))
    article = store.article(hit["id"])
    assert article["headline"] == "سفر وزیر خارجه ژاپن به تهران"
    assert article["url"] == "https://example.org/mehr"
    for said in article["quotes"]:
        assert article["text"][said["start"] : said["end"]] == said["text"]


@pytest.mark.parametrize(
    "query",
    [f"می{Z}کنند", "میکنند", "کرد", f"کتاب{Z}ها", "كتاب", "کتاب", "1397", "۱۳۹۷", "طرحهای"],
)
def test_search_ignores_spelling_and_inflection(store: Store, query: str) -> None:
    hits = store.search(Query(query))
    assert hits, query
    for hit in hits:
        assert hit["snippet"]["highlights"], hit


def test_snippets_highlight_the_original_words(store: Store) -> None:
    (hit,) = store.search(Query("كتابها آموزشی"))
    text = store.article(hit["id"])["text"]
    marked = [text[s:e] for s, e in hit["snippet"]["highlights"]]
    assert marked == [f"کتاب{Z}های", "آموزشی"]
    assert text[hit["snippet"]["start"] : hit["snippet"]["end"]] == hit["snippet"]["text"]


def test_phrases_and_exclusions(store: Store) -> None:
    assert store.search(Query('"وزیر امور خارجه"'))
    assert not store.search(Query('"خارجه امور وزیر"'))
    everything = {h["id"] for h in store.search(Query("به"))}
    without = {h["id"] for h in store.search(Query("به -ژاپن"))}
    assert without and without < everything


def test_filters(store: Store) -> None:
    def ids(**filters) -> set[str]:
        return {h["headline"] for h in store.search(Query(**filters))}

    mehr, second = "سفر وزیر خارجه ژاپن به تهران", "افزایش صادرات فرش دستباف به اروپا"
    assert mehr in ids(person="ناکامورا") and second not in ids(person="ناکامورا")
    assert ids(person="مریم احمدي") == {second}
    assert ids(speaker="رضایی") >= {mehr} and second not in ids(speaker="رضایی")
    assert ids(text="فرش", organization="وزارت صنعت") == {second}
    assert ids(text="فرش", place="اصفهان") == {second}
    assert second in ids(source="ایرنا")
    assert len(store.search(Query(source="روابط عمومی وزارت امور خارجه"))) == 1
    iranian = ids(date_from=parse_date("1396-07-01"), date_to=parse_date("1396-07-10"))
    assert mehr in iranian and len(iranian) == 1
    october = Query(date_from=parse_date("2017-10-01"), date_to=parse_date("2017-10-31"))
    assert len(store.search(october)) == 2


def test_only_direct_quotes_by(store: Store) -> None:
    hits = store.search(Query("ایران", quotes_by="ناکامورا"))
    assert hits and all(q["speaker"] == "تارو ناکامورا" for h in hits for q in h["quotes"])
    assert "ایران" in hits[0]["quotes"][0]["text"]
    assert not store.search(Query("تهران توکیو", quotes_by="ناکامورا"))


def test_syndicated_copy_is_one_story(store: Store) -> None:
    (story,) = store.stories()
    assert len(story["copies"]) == 2
    assert story["earliest"]["published"] == "2017-10-02"
    assert story["earliest"]["outlet"] == "مهر"
    assert any(c["to"] == "مهر" and c["from"] != "مهر" for c in story["citations"])
    assert store.story(story["id"]) == story


def test_people_quotes_entities_timeline(store: Store) -> None:
    people = {p["name"]: p for p in store.people()}
    assert people["تارو ناکامورا"]["articles"] == 2
    assert "وزیر امور خارجه ژاپن" in {t["title"] for t in people["تارو ناکامورا"]["titles"]}
    assert store.people(name="احمدی")[0]["name"] == "مریم احمدی"
    quotes = store.quotes("مریم احمدی", kind="direct")
    assert len(quotes) == 2 and quotes[0]["kind"] == "direct"
    places = {e["text"] for e in store.entities(label="LOC")}
    assert {"اصفهان", "آلمان"} <= places
    timeline = store.timeline("ناکامورا")
    assert timeline and timeline[0]["date"] == "2017-10-02"
    assert "علی رضایی" in timeline[0]["participants"]


def test_search_command(store_url: str, ingested: dict) -> None:
    from typer.testing import CliRunner

    from khabar.cli.main import app

    runner = CliRunner()

    def headlines(*options: str) -> list[str]:
        found = runner.invoke(app, ["search", "كتابها", "--db", store_url, *options])
        assert found.exit_code == 0, found.output
        return [h["headline"] for h in json.loads(found.stdout)["hits"]]

    assert headlines("--format", "json") == ["افزایش صادرات فرش دستباف به اروپا"]
    assert headlines("--format", "json", "--from", "1396-01-01") == []  # it has no date
    text = runner.invoke(app, ["search", "فرش", "--db", store_url, "--limit", "1"])
    assert text.exit_code == 0 and "صادرات فرش" in text.stdout
    bad = runner.invoke(app, ["search", "فرش", "--db", store_url, "--to", "1396-13-40"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_an_older_store_is_copied_into_a_new_one(tmp_path: Path) -> None:
    """A store built with other keys is refused, and ``khabar ingest OLD.db --db NEW.db``
    rebuilds its keys and stories from the stored analyses, leaving the old file as it was."""
    import hashlib
    import sqlite3

    from typer.testing import CliRunner

    from khabar.cli.main import app
    from khabar.corpus import StoreError

    old, new = tmp_path / "old.db", tmp_path / "new.db"
    with open_store(str(old)) as store:
        ingest([write_corpus(tmp_path / "corpus")], store)
        before = [store.article(i) for i in range(1, store.count() + 1)]
    with sqlite3.connect(old) as conn:  # as an older khabar left it: other keys
        conn.execute("UPDATE meta SET value = '2' WHERE name = 'keys'")
        conn.execute("UPDATE people SET name_key = 'old ' || name_key")
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match=f"khabar ingest {old} --db NEW.db"):
        open_store(str(old))

    runner = CliRunner()
    copied = runner.invoke(app, ["ingest", str(old), "--db", str(new)])
    assert copied.exit_code == 0, copied.output
    assert "4 articles stored" in copied.output
    again = runner.invoke(app, ["ingest", str(old), "--db", str(new)])
    assert "0 articles stored, 4 already stored" in again.output
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest

    def kept(article: dict) -> dict:
        return {k: v for k, v in article.items() if k not in ("id", "story_id", "ingested_at")}

    with open_store(str(new)) as store:
        after = [store.article(i) for i in range(1, store.count() + 1)]
        assert [kept(a) for a in after] == [kept(a) for a in before]
        assert store.people(name="احمدی")[0]["name"] == "مریم احمدی"
        (story,) = store.stories()
        assert len(story["copies"]) == 2


def test_a_file_that_is_not_a_store_fails_alone(tmp_path: Path) -> None:
    from khabar.corpus.sources import documents

    (tmp_path / "notes.db").write_text("not SQLite", encoding="utf-8")
    (failure,) = documents([tmp_path / "notes.db"])
    assert "not a khabar store" in failure.message


def test_another_programs_database_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    import sqlite3

    from khabar.corpus import StoreError

    other = tmp_path / "app.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE users (id INTEGER, name TEXT)")
        conn.execute("INSERT INTO users VALUES (1, 'مریم')")
    before = other.read_bytes()
    for create in (True, False):
        with pytest.raises(StoreError, match="other tables: users"):
            open_store(str(other), create=create)
    assert other.read_bytes() == before
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="an empty file"):
        open_store(str(empty), create=False)
    assert empty.stat().st_size == 0
    with open_store(str(empty)) as store:  # a writer may make a store of an empty file
        assert store.count() == 0


def test_a_corrected_article_at_a_stored_address_is_told_not_stored(
    ingested: dict, store: Store, tmp_path: Path
) -> None:
    assert ingested["again"].changed == []
    stored = store.text_of("url:https://example.org/mehr")
    corrected = tmp_path / "corrected.json"
    first = json.loads((ingested["folder"] / "first.json").read_text(encoding="utf-8"))
    first["text"] += "\nاین خبر اصلاح شد."
    corrected.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    report = ingest([corrected], store)
    assert (report.added, report.skipped, report.changed) == (0, 1, [str(corrected)])
    assert store.text_of("url:https://example.org/mehr") == stored
    assert store.count() == 4


def test_a_store_a_newer_khabar_built_is_neither_opened_nor_copied(tmp_path: Path) -> None:
    import sqlite3

    from khabar.corpus import StoreError
    from khabar.corpus.sources import documents

    newer = tmp_path / "newer.db"
    with open_store(str(newer)):
        pass
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE name = 'schema'")
    with pytest.raises(StoreError, match="built by a newer khabar"):
        open_store(str(newer))
    (failure,) = documents([newer])
    assert "built by a newer khabar" in failure.message
