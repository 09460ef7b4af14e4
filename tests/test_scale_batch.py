"""``khabar batch``: rows, stories, resuming, and ``khabar ingest`` of its output.

The corpus is written here: 20 made-up articles, far enough apart that none is a copy of
another, and 19 syndicated copies of them (:mod:`khabar.corpus.variants`), so the right
stories are known.
"""

import json
import random
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khabar.corpus.ingest
import khabar.scale.batch
from khabar.cli.main import app
from khabar.corpus import SQLiteStore, parquet, variants
from khabar.corpus.analysed import ANALYSIS, COLUMNS, from_columns
from khabar.corpus.ingest import ingest
from khabar.news.reader import from_json
from khabar.scale.batch import PlanError, batch

GIVEN = ("علی", "مریم", "حسن", "زهرا", "رضا", "فاطمه", "مهدی", "سارا", "امیر", "لیلا", "جواد")
FAMILY = ("رضایی", "احمدی", "کریمی", "محمدی", "حسینی", "موسوی", "جعفری", "صادقی", "نوری")
TITLES = ("وزیر نیرو", "سخنگوی دولت", "استاندار", "رئیس دانشگاه", "شهردار", "نماینده مجلس")
PLACES = ("تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "یزد", "رشت", "کرمان", "اهواز", "قم")
TOPICS = (
    "آب شرب",
    "بودجه عمرانی",
    "کتاب درسی",
    "قیمت مسکن",
    "صادرات فرش",
    "آلودگی هوا",
    "ساخت مدرسه",
    "گردشگری نوروزی",
    "حمل و نقل عمومی",
    "بیمه کشاورزان",
    "اشتغال جوانان",
    "انرژی خورشیدی",
)
SENTENCES = (
    "{p} {t} {c} روز {d} با {q} درباره {x} گفت‌وگو کرد.",
    "{p} گفت: «{x} در {c} تا پایان سال {n} درصد پیشرفت خواهد داشت.»",
    "به گفته {q}، {n} میلیارد ریال برای {x} در {c} هزینه شده است.",
    "{q} افزود که {y} و {x} اولویت نخست مردم {c} است.",
    "نشست بعدی {p} و {q} در {c2} برگزار می‌شود و {y} هم بررسی خواهد شد.",
    "{n} نفر از ساکنان {c2} خواستار توجه بیشتر به {y} شدند.",
    "{p} از همکاری {t2} {c2} در زمینه {y} قدردانی کرد.",
    "گزارش {q} نشان می‌دهد {n} طرح {x} در {c2} نیمه‌کاره مانده است.",
)
DAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه")


def article(number: int, rng: random.Random) -> dict:
    def person() -> str:
        return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    slots = {
        "p": person(),
        "q": person(),
        "t": rng.choice(TITLES),
        "t2": rng.choice(TITLES),
        "c": rng.choice(PLACES),
        "c2": rng.choice(PLACES),
        "x": rng.choice(TOPICS),
        "y": rng.choice(TOPICS),
        "d": rng.choice(DAYS),
    }
    paragraphs = [
        " ".join(s.format(n=rng.randint(10, 990), **slots) for s in rng.sample(SENTENCES, 2))
        for _ in range(4)
    ]
    return {
        "title": f"{slots['x']} در {slots['c']}: {slots['p']} از برنامه تازه خبر داد",
        "paragraphs": paragraphs,
        "date": f"2024-03-{number % 28 + 1:02d}",
        "url": f"https://example.org/news/{number}",
    }


def corpus() -> tuple[list[dict], list[int]]:
    """The articles, and for each the number of the story it belongs to."""
    rng = random.Random(11)
    articles, truth = [], []
    for number in range(20):
        original = article(number, rng)
        articles.append(original)
        truth.append(number)
        for _ in range(number % 3):
            copy = variants.copy(from_json(original), rng)
            articles.append(
                {"title": copy.headline, "paragraphs": copy.paragraphs, "date": original["date"]}
            )
            truth.append(number)
    return articles, truth


def write_corpus(path: Path) -> list[int]:
    articles, truth = corpus()
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def read_rows(folder: Path) -> dict[str, dict]:
    """Every row of a batch or Spark output folder (JSON Lines or Parquet), by id."""
    rows = {}
    for path in sorted(folder.glob("part-*")):
        if path.suffix == ".jsonl":
            found = [json.loads(line) for line in path.open(encoding="utf-8")]
        else:
            found = [from_columns(values) for values in parquet.rows(path)]
        for row in found:
            assert row["id"] not in rows
            rows[row["id"]] = row
    return rows


def read_lines(folder: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(folder.glob("part-*.jsonl")) for line in p.open()]


def partition(labels: list) -> set[frozenset[int]]:
    """Groups of positions with equal labels: stories compared whatever their ids."""
    groups = defaultdict(set)
    for position, label in enumerate(labels):
        groups[label].add(position)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, list[int]]:
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    return path, write_corpus(path)


@pytest.fixture(scope="module")
def output(source, tmp_path_factory) -> Path:
    """``khabar batch --jobs 2``: the reference output."""
    out = tmp_path_factory.mktemp("batch") / "out"
    result = CliRunner().invoke(
        app, ["batch", str(source[0]), str(out), "--jobs", "2", "--part", "8"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_one_row_per_article_with_the_analysis_fields(source, output):
    lines = read_lines(output)
    assert len(lines) == len(source[1])
    assert all(tuple(row) == COLUMNS for row in lines)
    assert sorted(p.name for p in output.iterdir()) == [
        "_SUCCESS",
        *(f"part-{i:05d}.jsonl" for i in range(5)),
    ]


def test_stories_are_the_syndicated_copies(source, output):
    lines = read_lines(output)
    assert partition([row["story_id"] for row in lines]) == partition(source[1])
    by_id = {row["id"]: row for row in lines}
    for row in lines:
        story = by_id[row["story_id"]]
        copies = [r for r in lines if r["story_id"] == row["story_id"]]
        # The story id is the earliest copy's id: by date, then id.
        assert story["id"] == min((r["published"], r["id"]) for r in copies)[1]


def test_ingest_stores_the_rows_without_analysing(output, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(khabar.corpus.ingest, "analyze", refuse)
    lines = read_lines(output)
    with SQLiteStore(tmp_path / "k.db") as store:
        report = ingest([output], store, nlp=object())
        assert (report.added, report.failed) == (len(lines), [])
        stored = [store.article(i) for i in range(1, len(lines) + 1)]
        assert [{k: a[k] for k in ANALYSIS} for a in stored] == [
            {k: r[k] for k in ANALYSIS} for r in lines
        ]
        # The store groups the copies as the batch did.
        assert partition([a["story_id"] for a in stored]) == partition(
            [r["story_id"] for r in lines]
        )
        assert ingest([output], store, nlp=object()).skipped == len(lines)


def test_parquet_parts_hold_the_same_rows(source, output, tmp_path):
    out = tmp_path / "out"
    summary = batch(source[0], out, jobs=1, fmt="parquet", part=20)
    assert (summary.articles, summary.failed) == (len(source[1]), [])
    assert sorted(p.name for p in out.glob("part-*")) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert read_rows(out) == read_rows(output)
    # khabar ingest reads Parquet rows too.
    with SQLiteStore(tmp_path / "k.db") as store:
        assert ingest([out], store, nlp=object()).added == len(source[1])


def test_an_interrupted_run_resumes_without_repeating(source, output, tmp_path, monkeypatch):
    out = tmp_path / "out"
    analysed = []
    real = khabar.scale.batch._analyse_part

    def crash_on_third(task):
        if len(analysed) == 2:
            raise KeyboardInterrupt
        analysed.append(task[0].name)
        return real(task)

    monkeypatch.setattr(khabar.scale.batch, "_analyse_part", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        batch(source[0], out, jobs=1, part=8)
    assert not list(out.glob("part-*"))
    assert sorted(p.name for p in (out / "_analysed").glob("part-*")) == analysed

    analysed.clear()
    monkeypatch.setattr(khabar.scale.batch, "_analyse_part", real)
    summary = batch(source[0], out, jobs=1, part=8)
    assert (summary.resumed, summary.articles) == (2, len(source[1]))
    assert read_lines(out) == read_lines(output)
    assert not (out / "_analysed").exists()
    assert batch(source[0], out, jobs=1, part=8).finished_before
    # Other parts or other input into the finished run is no "nothing to do".
    with pytest.raises(PlanError, match="holds a finished run"):
        batch(source[0], out, jobs=1, part=10)
    other = tmp_path / "other.jsonl"
    other.write_text(source[0].read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PlanError, match="holds a finished run"):
        batch(other, out, jobs=1, part=8)
    with pytest.raises(PlanError, match="is a file"):
        batch(source[0], other, jobs=1, part=8)
    # Nor is another format: its parts would never be written.
    with pytest.raises(PlanError, match="as jsonl"):
        batch(source[0], out, jobs=1, part=8, fmt="parquet")


def test_an_output_that_holds_another_tool_s_or_run_s_parts_is_refused(source, tmp_path):
    """khabar spark writes an empty «_SUCCESS»: a batch into its folder was «nothing to do»
    over input it never read; part files no run here writes would be ingested with it."""
    spark = tmp_path / "spark"
    spark.mkdir()
    (spark / "_SUCCESS").write_text("")
    with pytest.raises(PlanError, match="does not record its input"):
        batch(source[0], spark, jobs=1)
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / "part-00007.jsonl").write_text("{}\n")
    with pytest.raises(PlanError, match="part files"):
        batch(source[0], stale, jobs=1)


def test_input_without_articles_is_refused(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(PlanError, match="holds no articles"):
        batch(tmp_path / "empty.jsonl", tmp_path / "out", jobs=1)
    assert not (tmp_path / "out" / "_SUCCESS").exists()


def test_a_run_with_other_parts_is_refused(source, tmp_path, monkeypatch):
    monkeypatch.setattr(khabar.scale.batch, "_analyse_part", lambda task: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        batch(source[0], tmp_path / "out", jobs=1, part=8)
    with pytest.raises(PlanError):
        batch(source[0], tmp_path / "out", jobs=1, part=10)


def bad_lines(folder: Path) -> list[tuple[str, int]]:
    """Two JSON Lines files, each with one good article, and the bad lines among them:
    (file, line number). An article holding a raw U+2028, which JSON allows inside a
    string, is one line."""
    good = corpus()[0][0]
    odd = {**good, "url": f"{good['url']}/odd", "title": good["title"] + "\u2028"}
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(
        b'{"title": ""}\n\n' + json.dumps(good).encode() + b"\n\xff broken\n"
    )
    (folder / "b.jsonl").write_text("\n" + json.dumps(odd, ensure_ascii=False) + "\n{oops\n")
    return [("a.jsonl", 1), ("a.jsonl", 4), ("b.jsonl", 3)]


def test_a_bad_article_is_reported_and_the_rest_go_on(tmp_path):
    expected = bad_lines(tmp_path / "in")
    summary = batch(tmp_path / "in", tmp_path / "out", jobs=1)
    assert summary.articles == 2
    assert [f.label for f in summary.failed] == [f"{tmp_path}/in/{n}:{i}" for n, i in expected]
    assert "invalid UTF-8 at byte 0" in summary.failed[1].message
    # A rerun of the finished run still says which articles failed, and fails.
    again = batch(tmp_path / "in", tmp_path / "out", jobs=1)
    assert again.finished_before and again.failed == summary.failed
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), str(tmp_path / "out")])
    assert result.exit_code == 1 and "failures are above" in result.output
