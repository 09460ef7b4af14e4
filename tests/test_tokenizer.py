"""Word tokenization, clitic splitting and the ``khabar tokenize`` command."""

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.text.tokenizer import split_clitics, tokenize, tokenize_words


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize_words(text)]


@pytest.mark.parametrize(
    "text",
    [
        "پدرم در خانه‌اش کتاب‌هایم را دید.",
        "نرخ تورم ۱.۵ درصد شد؛ قیمت‌ها 2.5% بالا رفت، معذورم.",
        "سایت https://example.com/a?b=1 و نشانی info@example.ir (هشتگ #خبر_فوری)",
        "  فاصله‌های   اضافی\tو\u200cنیم‌فاصلهٔ تنها  ",
    ],
)
def test_offsets_point_into_the_text(text):
    tokens = tokenize_words(text)
    assert tokens
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
        assert " " not in tok.text and "\t" not in tok.text
        assert "".join(tok.words) == tok.text
        assert tok.space_after == (tok.end < len(text) and text[tok.end].isspace())


def test_punctuation_is_split_from_words():
    tokens = texts("گفت: «ما آمدیم» (امروز)، سپس رفت.")
    assert " ".join(tokens) == "گفت : « ما آمدیم » ( امروز ) ، سپس رفت ."


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("تورم ۱.۵ درصد شد.", "۱.۵"),
        ("رشد 2.5 درصد بود.", "2.5"),
        ("در تاریخ 1396/06/28 امضا شد.", "1396/06/28"),
        ("ساعت 12:30 رسید.", "12:30"),
        ("بودجه ۱٬۰۰۰ میلیارد است.", "۱٬۰۰۰"),
        ("فروش 1,000 دستگاه بود.", "1,000"),
        ("سهم 5% رسید.", "5%"),
        ("در سال ۱۳۲۰ ه.ش. ساخته شد.", "ه.ش."),
        ("در ۵۰۰ ق.م ساخته شد.", "ق.م"),
        ("در 1917 م. درگذشت.", "م."),
        ("دکتر ع. رضایی آمد.", "ع."),
        ("این در ص. ۱۲ آمده است.", "ص."),
        ("شرکت U.S. Steel خرید.", "U.S."),
        ("نشانی https://www.example.com/news/1?id=2 است.", "https://www.example.com/news/1?id=2"),
        ("خبر در farsnews.ir منتشر شد.", "farsnews.ir"),
        ("در ezdevaj.nahad.ir/reg?id=2 ثبت کنید.", "ezdevaj.nahad.ir/reg?id=2"),
        ("با ali.rezaei@example.ir تماس بگیرید.", "ali.rezaei@example.ir"),
        ("هشتگ #ایران_قوی داغ شد.", "#ایران_قوی"),
        ("سیاره CoRoT-7b کشف شد.", "CoRoT-7b"),
    ],
)
def test_single_tokens(text, token):
    assert token in texts(text)


def test_sentence_final_dot_leaves_numbers_and_urls():
    assert texts("سال 2000.") == ["سال", "2000", "."]
    assert texts("به www.example.com.") == ["به", "www.example.com", "."]
    # The host is Latin: a Persian word after its last dot is the next sentence.
    assert texts("سایت www.isna.ir.سپس آمد")[:3] == ["سایت", "www.isna.ir", "."]
    assert len(tokenize("خبر در farsnews.ir منتشر شد.")) == 1


@pytest.mark.parametrize(
    ("word", "words"),
    [
        ("کتابش", ("کتاب", "ش")),
        ("دوستانشان", ("دوستان", "شان")),
        ("کتاب‌هایم", ("کتاب‌های", "م")),
        ("خانه‌اش", ("خانه‌", "اش")),
        ("زندگی‌شان", ("زندگی‌", "شان")),
        ("صدایش", ("صدا", "یش")),
        ("برایش", ("برای", "ش")),
        ("خودشان", ("خود", "شان")),
        ("مرا", ("م", "را")),
        ("کجاست", ("کجا", "ست")),
        ("گرفتارند", ("گرفتار", "ند")),
        ("شرمنده‌ام", ("شرمنده‌", "ام")),
        ("همه‌شان", ("همه‌", "شان")),
        ("عزیزم", ("عزیز", "م")),
    ],
)
def test_clitics_split_as_perdt(word, words):
    assert split_clitics(word) == words


@pytest.mark.parametrize(
    ("word", "words"),
    [
        ("خودمان", ("خود", "مان")),
        ("برایتان", ("برای", "تان")),
        ("ترا", ("ت", "را")),
        ("کیست", ("کی", "ست")),
        ("آنست", ("آن", "ست")),
    ],
)
def test_closed_class_words_split_whatever_the_word_lists_say(word, words):
    # «کیست» is also «cyst» in hazm's list; the tuning part never shows «ترا» or «آنست».
    assert split_clitics(word) == words


def test_a_sentence_with_closed_class_clitics():
    (sent,) = tokenize("او کیست که ترا برایتان فرستاد؟")
    assert [t.words for t in sent.tokens][:4] == [("او",), ("کی", "ست"), ("که",), ("ت", "را")]
    assert sent.tokens[4].words == ("برای", "تان")


@pytest.mark.parametrize(
    "word",
    [
        "مردمان",
        "گردانید",
        "مردم",
        "ارتش",
        "آرامش",
        "گفتم",
        "کردند",
        "می‌گویم",
        "رفته‌اند",
        "نامه‌ای",
        "است",
        "تیم",
        "توریست",
        "مبلمان",
        "فونت",
        "جیش",
    ],
)
def test_words_that_only_look_like_clitics_stay_whole(word):
    assert split_clitics(word) == (word,)


def test_punctuation_folds_into_a_multiword_token():
    (tok,) = [t for t in tokenize_words("گفت معذورم. بعد رفت") if t.text.startswith("معذور")]
    assert (tok.text, tok.words) == ("معذورم.", ("معذور", "م", "."))
    # Separated by a space, it stays its own token.
    assert texts("معذورم .") == ["معذورم", "."]


def test_an_emoji_is_one_token_with_its_modifiers() -> None:
    assert texts("😀👍🏽 خبر 🇮🇷 ❤️ 1️⃣") == ["😀", "👍🏽", "خبر", "🇮🇷", "❤️", "1️⃣"]


def test_a_persian_initial_ends_no_sentence() -> None:
    assert len(tokenize("دکتر ع. رضایی آمد. این در ص. ۱۲ آمده است.")) == 2
    assert len(tokenize("او به گروه ب رفت. سپس آمد.")) == 2


def test_tokenize_returns_sentences_with_offsets():
    text = "پدرم آمد. مادرش رفت!"
    sents = tokenize(text)
    assert [(s.start, s.end) for s in sents] == [(0, 9), (10, 20)]
    assert [t.words for t in sents[1].tokens] == [("مادر", "ش"), ("رفت",), ("!",)]


def test_empty_text():
    assert tokenize("") == []
    assert tokenize("   ") == []


runner = CliRunner()


def test_cli_text_format(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("پدرم آمد. او رفت\n\nكتابش را خواند.\n", encoding="utf-8")
    result = runner.invoke(app, ["tokenize", str(src)])
    assert result.exit_code == 0, result.output
    # Arabic «ك» is normalized before tokenizing.
    assert result.stdout == "پدرم آمد .\nاو رفت\nکتابش را خواند .\n"


def test_cli_conllu_format():
    result = runner.invoke(app, ["tokenize", "--format", "conllu"], input="پدرم آمد.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "# sent_id = 1\n"
        "# text = پدرم آمد.\n"
        "1-2\tپدرم\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tپدر\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tم\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tآمد\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
    )


def test_cli_rejects_invalid_utf8(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes("سلام\n".encode() + b"\xff\xfe\n")
    result = runner.invoke(app, ["tokenize", str(src)])
    assert result.exit_code == 2
    assert "invalid UTF-8" in result.stderr


def test_cli_rejects_binary(tmp_path):
    src = tmp_path / "bin.dat"
    src.write_bytes(b"abc\0def\n")
    result = runner.invoke(app, ["tokenize", str(src)])
    assert result.exit_code == 2
    assert "binary" in result.stderr


def test_no_sentence_crosses_a_line_break():
    """A headline with no full stop was read into the first sentence of the text below it."""
    text = "نشست وزیران برگزار شد\nوزیر گفت: «ما آماده‌ایم.» او رفت.\n\nپایان"
    sentences = [text[s.start : s.end] for s in tokenize(text)]
    assert sentences == ["نشست وزیران برگزار شد", "وزیر گفت: «ما آماده‌ایم.»", "او رفت.", "پایان"]
    for sent in tokenize(text):
        assert all(text[t.start : t.end] == t.text for t in sent.tokens)


def test_cli_conllu_text_line_holds_no_other_line_break(tmp_path):
    src = tmp_path / "mac.txt"
    src.write_bytes("او آمد\rو رفت.\n".encode())
    result = runner.invoke(app, ["tokenize", "--format", "conllu", str(src)])
    assert result.exit_code == 0
    assert "# text = او آمد و رفت." in result.stdout.splitlines()


def test_a_latin_word_keeps_its_persian_ending_after_a_half_space():
    """«ICT‌های» was cut into «ICT» and «های» with the half-space in neither, so CoNLL-U
    rebuilt from FORM and SpaceAfter read «ICTهای», not the sentence's text."""
    text = "دفاتر ICT\u200cهای روستایی"
    assert [t.text for t in tokenize_words(text)] == ["دفاتر", "ICT\u200cهای", "روستایی"]


def test_cli_conllu_forms_rebuild_the_text(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("پیامک SMS\u200cها و ICT\u200cهای روستایی را دید.\n", encoding="utf-8")
    result = runner.invoke(app, ["tokenize", "--format", "conllu", str(src)])
    assert result.exit_code == 0
    rows = [r.split("\t") for r in result.stdout.splitlines() if r and not r.startswith("#")]
    covered: set[int] = set()
    rebuilt = ""
    for row in rows:
        first = int(row[0].split("-")[0])
        if first in covered:
            continue
        if "-" in row[0]:
            a, b = map(int, row[0].split("-"))
            covered |= set(range(a, b + 1))
        rebuilt += row[1] + ("" if "SpaceAfter=No" in row[9] else " ")
    text = next(r for r in result.stdout.splitlines() if r.startswith("# text = "))
    assert rebuilt.rstrip() == text.removeprefix("# text = ")
