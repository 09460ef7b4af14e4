"""The normalizer on damaged text of the kinds scraped news arrives in."""

import pytest

from khabar import normalize
from khabar.text.chars import ZWNJ
from khabar.text.offsets import align

Z = ZWNJ


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("میکنند", f"می{Z}کنند"),
        ("نمیتوان", f"نمی{Z}توان"),
        ("طرحهای", f"طرح{Z}های"),
        ("سیاستهای", f"سیاست{Z}های"),
        ("تماسها", f"تماس{Z}ها"),
        ("رسیدهایم", f"رسیده{Z}ایم"),
        ("برمیگردد", f"برمی{Z}گردد"),
        ("می کنند", f"می{Z}کنند"),
        ("کتاب ها", f"کتاب{Z}ها"),
        ("بزرگ تر", f"بزرگ{Z}تر"),
        ("نامه ای", f"نامه{Z}ای"),
        ("واژهنامهٔ", f"واژه{Z}نامهٔ"),
        ("دوچرخهسواران", f"دوچرخه{Z}سواران"),
        ("بازتابیدهاند", f"بازتابیده{Z}اند"),
        ("سنتیای", f"سنتی{Z}ای"),
        ("دستهای که رسید", f"دسته{Z}ای که رسید"),
        ("دستهای بزرگ", f"دست{Z}های بزرگ"),
    ],
)
def test_lost_half_spaces_come_back(damaged: str, repaired: str) -> None:
    assert normalize(damaged) == repaired


@pytest.mark.parametrize(
    "word",
    [
        *("میهمان", "میلیون", "میز", "میانجی", "برخوردارند", "راستای", f"هسته{Z}ای", "بیاورد"),
        *("تنها", "دنیای", "دریای", "بهای", "متهمان", "کلانتری"),
    ],
)
def test_words_that_only_look_affixed_stay_whole(word: str) -> None:
    assert normalize(word) == word


def test_arabic_letters_become_persian() -> None:
    assert normalize("كتاب علي") == "کتاب علی"


def test_presentation_forms_from_a_pdf_are_letters() -> None:
    """Text copied out of a PDF writes each letter's shape as its own code point: «ﻃﺮﺣﻬﺎﻳ»
    is «طرحهای», repaired as any other, and a span of it maps back to the shapes."""
    original = "ﻃﺮﺣﻬﺎﻳ ﻛﺘﺎﺏ را ﺧﻮﺍﻧﺪ"
    assert normalize(original) == "طرح‌های کتاب را خواند"
    aligned = align(original, normalize(original))
    start = aligned.text.index("کتاب")
    assert original[slice(*aligned.to_original(start, start + 4))] == "ﻛﺘﺎﺏ"


def test_spacing_around_punctuation() -> None:
    assert normalize("سلام ، دنیا  «  متن » چرا؟بله") == "سلام، دنیا «متن» چرا؟ بله"
    assert normalize("در ادامه«لوریس»رهبر گفت:«سلام»،«بله»") == (
        "در ادامه «لوریس» رهبر گفت: «سلام»، «بله»"
    )
    assert normalize("در 21ژوئیه، 50متر و ۱۰ام و ۱۲گانه و ۱۵روزه و 1417ق") == (
        "در 21 ژوئیه، 50 متر و ۱۰ام و ۱۲گانه و ۱۵روزه و 1417ق"
    )
    assert normalize("او رفت.سپس آمد!بعد گفت: «بله».آنگاه") == (
        "او رفت. سپس آمد! بعد گفت: «بله». آنگاه"
    )
    kept = "ج.ا.ا و ه.ش. و www.isna.ir.سپس و ۱.۵ و U.S.A و Yahoo!Inc"
    assert normalize(kept) == kept


def test_invisible_characters_go() -> None:
    assert normalize("کتـــاب\u200f\u200e\ufeff") == "کتاب"
    assert normalize("او \u061cمتن و \u2060کتاب\u180e آورد") == "او متن و کتاب آورد"


def test_a_direction_mark_between_letters_is_a_half_space() -> None:
    assert normalize("حجت\u200eالاسلام سیدروح\u200fالله در خیابان\u200eها") == (
        f"حجت{Z}الاسلام سیدروح{Z}الله در خیابان{Z}ها"
    )
    assert normalize("نرخ \u200e2.5\u200e درصد") == "نرخ 2.5 درصد"
    assert normalize("سامان\u061cدهی") == f"سامان{Z}دهی"  # the Arabic letter mark


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (f"اداره کل{Z}{Z} حفاظت", "اداره کل حفاظت"),
        (f"کتاب{Z}{Z}{Z}ها", f"کتاب{Z}ها"),
        (f"{Z}{Z}سلام {Z}", "سلام"),
    ],
)
def test_a_run_of_half_spaces_is_one_between_letters_and_none_elsewhere(
    damaged: str, repaired: str
) -> None:
    assert normalize(damaged) == repaired


@pytest.mark.parametrize(
    ("digits", "expected"), [("keep", "۱۲ 34"), ("fa", "۱۲ ۳۴"), ("latin", "12 34")]
)
def test_digits_are_kept_unless_asked(digits: str, expected: str) -> None:
    assert normalize("۱۲ 34", digits=digits) == expected


def test_lines_are_kept() -> None:
    text = "خط اول\n\nخط سوم میکنند\n"
    assert normalize(text).split("\n") == ["خط اول", "", f"خط سوم می{Z}کنند", ""]


CLEAN = f"دانشجویان کتاب{Z}های تازه را می{Z}خوانند و آنها را به کتابخانه می{Z}برند."


def test_correct_text_is_unchanged() -> None:
    assert normalize(CLEAN) == CLEAN


@pytest.mark.parametrize(
    "text",
    [CLEAN, "میکنند طرحهای كتاب ها ، «متن»", "ي  ك ۱۲ 3 می کنند", f"کل{Z}{Z} حفاظت"],
)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_a_split_plural_after_a_non_joining_letter_reads_the_same_the_second_time() -> None:
    """«دور های» joined as «دورهای» came back as «دوره‌ای»: the invisible half-space stays."""
    once = normalize("در حوزه ریاست دور های اتحادیه اروپا گفت")
    assert once.replace(Z, "") == "در حوزه ریاست دورهای اتحادیه اروپا گفت"
    assert normalize(once) == once
    # where the joined word reads only as the plural, it is written as usual
    assert normalize("کشور ها و شهر ها") == "کشورها و شهرها"


def test_offsets_map_back_to_the_original() -> None:
    original = "كتاب ها را  میخوانم ، «  خبر »"
    aligned = align(original, normalize(original))
    text = aligned.text

    def source(word: str) -> str:
        start = text.index(word)
        return original[slice(*aligned.to_original(start, start + len(word)))]

    assert source(f"کتاب{Z}ها") == "كتاب ها"
    assert source(f"می{Z}خوانم") == "میخوانم"
    assert source("«خبر»") == "«  خبر »"
    assert aligned.to_normalized(original.index("را")) == text.index("را")


def test_line_breaks_other_than_newline_become_spaces():
    """A lone «\\r», a form feed or U+2028 broke lines for readers that split at them too."""
    text = "طرحهای\rتازه\x0cرا\u2028بررسی\x85میکنند\r\nپایان"
    out = normalize(text)
    assert out == "طرح\u200cهای تازه را بررسی می\u200cکنند\nپایان"
    assert len(out.splitlines()) == len(text.split("\n"))


MIXED = "مردم با قیمتهای کنونی و وامهای بانکهای دولتی نمی‌توانند خانه بخرند"


def test_a_line_with_half_spaces_is_trusted_unless_mixed() -> None:
    """A writer who types «نمی‌» may mean «قیمتهای» (Seraji does); news sites lose the
    endings' half-spaces and keep the verbs', which ``mixed`` repairs."""
    assert normalize(MIXED) == MIXED
    mixed = normalize(MIXED, mixed=True)
    assert mixed.split()[2:6] == ["قیمت‌های", "کنونی", "و", "وام‌های"]
    assert "بانک‌های" in mixed.split()
    assert normalize(mixed, mixed=True) == mixed


def test_mixed_keeps_a_word_of_its_own_and_endings_of_no_plural() -> None:
    line = "هزار منهای صد و مهمترین کردهای منطقه نمی‌دانند"
    assert normalize(line, mixed=True).split() == [
        "هزار", "منهای", "صد", "و", "مهم‌ترین", "کردهای", "منطقه", "نمی‌دانند"
    ]  # fmt: skip
