"""``khabar analyze`` end to end: the trained pipeline, the news layer, the CLI."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import khabar
from khabar.news.reader import ArticleError
from khabar.news.report import to_text
from khabar.text.chars import ZWNJ

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "article-damaged.txt"


@pytest.fixture(scope="module")
def article() -> dict:
    return khabar.analyze(ARTICLE.read_text(encoding="utf-8")).to_dict()


def test_text_is_repaired(article: dict) -> None:
    assert "ي" not in article["text"] and "ك" not in article["text"]
    assert f"همکاری{ZWNJ}های" in article["text"]
    assert article["version"] == "1"


def test_endings_are_repaired_in_a_line_that_keeps_a_verbs_half_space() -> None:
    body = f"مردم با قیمتهای کنونی مسکن نمی{ZWNJ}توانند صاحب خانه شوند."
    text = khabar.analyze(f"مسکن\n\n{body}").to_dict()["text"]
    assert f"قیمت{ZWNJ}های کنونی مسکن نمی{ZWNJ}توانند" in text


def test_structure(article: dict) -> None:
    assert article["headline"] == "سفر وزیر خارجه ژاپن به تهران"
    assert article["lead"].startswith("به گزارش خبرگزاری مهر")
    assert article["subheadings"] == ["دیدگاه تهران"]


def test_sources(article: dict) -> None:
    chain = [(s["name"], s["role"]) for s in article["sources"]]
    assert chain == [("مهر", "reporter"), ("روابط عمومی وزارت امور خارجه", "cited")]


def test_people_and_titles(article: dict) -> None:
    people = {p["name"]: p for p in article["people"]}
    assert "وزیر امور خارجه ژاپن" in people["تارو ناکامورا"]["titles"]
    assert "وزیر امور خارجه کشورمان" in people["علی رضایی"]["titles"]
    text = article["text"]
    mentions = [text[s:e] for s, e in people["تارو ناکامورا"]["mentions"]]
    assert "ناکامورا" in mentions and "وی" in mentions


def test_quotes_with_resolved_speakers(article: dict) -> None:
    quotes = [(q["kind"], q["speaker"]) for q in article["quotes"]]
    assert quotes == [
        ("direct", "تارو ناکامورا"),
        ("indirect", "تارو ناکامورا"),
        ("direct", "علی رضایی"),
    ]
    for q in article["quotes"]:
        assert article["text"][q["start"] : q["end"]] == q["text"]


def test_dates_and_events(article: dict) -> None:
    (date,) = [d for d in article["dates"] if d["value"]]
    assert (date["value"], date["solar_hijri"]) == ("2017-10-02", "1396-07-10")
    meeting = next(e for e in article["events"] if e["type"] == "meeting")
    assert set(meeting["participants"]) == {"تارو ناکامورا", "علی رضایی"}
    assert meeting["place"] == "تهران" and meeting["date"] == "2017-10-02"


def test_publication_date_resolves_relative_dates() -> None:
    text = "تیتر خبر\n\nوزیر نیرو دیروز گفت: «آب کافی است.»"
    (date,) = khabar.analyze(text, date=dt.date(2019, 5, 2)).to_dict()["dates"]
    assert date["value"] == "2019-05-01"
    (same,) = khabar.analyze(text, date="2019-05-02").to_dict()["dates"]
    assert same["value"] == "2019-05-01"
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        khabar.analyze(text, date="2/5/2019")


def test_html_input_keeps_half_spaces() -> None:
    page = (
        "<html><body><h1>نشست خبری</h1><div><p>سخنگوی دولت گفت: «طرح‌ها آماده\u200cاند.»</p>"
        "<p>وی افزود که بودجه‌ها تصویب می\u200cشود.</p></div></body></html>"
    )
    data = khabar.analyze(page).to_dict()
    assert data["headline"] == "نشست خبری"
    assert f"آماده{ZWNJ}اند" in data["text"]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "khabar", "analyze", *args], input=stdin, capture_output=True
    )


def test_cli_json_html_text(tmp_path: Path) -> None:
    result = run(str(ARTICLE))
    assert result.returncode == 0
    assert json.loads(result.stdout)["headline"] == "سفر وزیر خارجه ژاپن به تهران"
    page = run(str(ARTICLE), "--format", "html").stdout.decode()
    assert 'dir="rtl"' in page and '<mark class="QUOTE">' in page and "تارو ناکامورا" in page
    summary = run(str(ARTICLE), "--format", "text").stdout.decode()
    assert "تارو ناکامورا" in summary


def test_the_text_summary_sets_only_direct_words_after_a_colon() -> None:
    data = khabar.analyze(
        "نشست خبری وزیر\n\n"
        "حسن بهرامی وزیر کشاورزی گفت: «کشاورزان از این طرح سود می‌برند.»\n\n"
        "وی افزود که صادرات محصولات کشاورزی امسال افزایش می‌یابد."
    ).to_dict()
    lines = [line for line in to_text(data).splitlines() if "| حسن بهرامی |" in line]
    assert any(line.startswith("مستقیم |") and "گفت: «" in line for line in lines)
    assert any(line.startswith("غیرمستقیم |") and "افزود — " in line for line in lines)


def test_the_text_summary_speaks_persian() -> None:
    """Roles, quote kinds and event types read as on the report, not as the JSON's codes."""
    data = khabar.analyze(
        "دیدار دو وزیر\n\n"
        "به گزارش ایسنا به نقل از روابط عمومی وزارت نیرو، علی رضایی، وزیر نیرو، امروز با "
        "وزیر انرژی عراق دیدار کرد."
    ).to_dict()
    summary = to_text(data)
    assert "ایسنا (گزارشگر) ← روابط عمومی وزارت نیرو (نقل‌شده)" in summary
    assert "رویداد: دیدار" in summary
    assert not {"reporter", "cited", "meeting"} & set(summary.replace("(", " ").split())


def test_the_text_summary_keeps_each_item_on_its_line_and_the_terminal_safe() -> None:
    """A quote running over paragraphs stays on its line; an escape sequence in the article
    (one that clears the screen) never reaches the terminal."""
    data = khabar.analyze(
        "نشست خبری وزیر \x1b[2J\n\n"
        "حسن بهرامی وزیر کشاورزی گفت: «این طرح مفید است.\n\nکشاورزان از آن سود می‌برند.»"
    ).to_dict()
    assert "\n" in data["quotes"][0]["text"] and "\x1b" in data["headline"]
    summary = to_text(data)
    assert not {c for c in summary if ord(c) < 32 or 127 <= ord(c) < 160} - {"\n"}
    (line,) = [line for line in summary.splitlines() if line.startswith("مستقیم |")]
    assert "این طرح مفید است. کشاورزان از آن سود می‌برند." in line


def test_cli_batch_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(str(ARTICLE), str(bad), str(empty))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["headline"] for line in lines] == ["سفر وزیر خارجه ژاپن به تهران"]
    errors = result.stderr.decode()
    assert "bad.txt" in errors and "empty.txt" in errors and "Traceback" not in errors


def test_cli_jsonl_stream_from_stdin() -> None:
    rows = [
        {"title": "خبر اول", "paragraphs": ["وزیر نیرو گفت: «آب کافی است.»"]},
        {"title": "خبر دوم", "paragraphs": ["به گزارش ایسنا، جلسه برگزار شد."]},
    ]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    result = run("-", stdin=stdin)
    assert result.returncode == 0
    assert [json.loads(x)["headline"] for x in result.stdout.decode().splitlines()] == [
        "خبر اول",
        "خبر دوم",
    ]


def test_cli_bad_date_option() -> None:
    result = run(str(ARTICLE), "--date", "yesterday")
    assert result.returncode != 0 and b"YYYY-MM-DD" in result.stderr


def test_cli_jsonl_reports_a_bad_line_in_its_place() -> None:
    rows = [
        '{"title": "خبر اول", "paragraphs": ["وزیر نیرو گفت: «آب کافی است.»"]}',
        "{}",
        '{"title": "خبر سوم", "paragraphs": ["به گزارش ایسنا، جلسه برگزار شد."]}',
    ]
    result = run("-", stdin="\n".join(rows).encode())
    assert result.returncode == 1
    assert [json.loads(x)["headline"] for x in result.stdout.decode().splitlines()] == [
        "خبر اول",
        "خبر سوم",
    ]
    assert "<stdin>:2" in result.stderr.decode()


def test_a_text_too_long_is_cut_at_a_paragraph_break_with_a_warning(monkeypatch) -> None:
    import khabar.news.analyze

    monkeypatch.setattr(khabar.news.analyze, "MAX_CHARS", 70)
    text = (
        "سفر وزیر\n\nعلی رضایی وزیر نیرو امروز به مشهد سفر کرد.\n\nوی در این سفر از سد بازدید کرد."
    )
    data = khabar.analyze(text).to_dict()
    assert data["text"].endswith("به مشهد سفر کرد.")
    assert len(data["warnings"]) == 1 and "not analysed" in data["warnings"][0]
