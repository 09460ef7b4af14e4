"""``digits="fa"`` and ``digits="latin"`` leave the digits of Latin words, handles and
hashtags in the script their writer gave them."""

import subprocess
import sys

import pytest

from khabar import normalize

LATIN_WORDS = ["F-16", "A320", "MP3", "COVID-19", "H2O", "v2.1", "@user123", "#COP28"]


@pytest.mark.parametrize("word", LATIN_WORDS)
def test_persian_digits_leave_a_latin_word_as_written(word: str) -> None:
    assert normalize(f"خبر {word} در سال 1402 و 25 درصد", digits="fa") == (
        f"خبر {word} در سال ۱۴۰۲ و ۲۵ درصد"
    )


def test_latin_digits_leave_a_persian_hashtag_as_written() -> None:
    assert normalize("هشتگ #انتخابات_۱۴۰۰ در ۲۰ شهر", digits="latin") == (
        "هشتگ #انتخابات_۱۴۰۰ در 20 شهر"
    )


def test_latin_digits_still_reach_a_latin_word() -> None:
    assert normalize("جنگنده F-۱۶ و ۲۰ فروند", digits="latin") == "جنگنده F-16 و 20 فروند"


def test_a_number_glued_to_a_persian_word_is_still_persian() -> None:
    assert normalize("در سال2012 و 1417ق", digits="fa") == "در سال۲۰۱۲ و ۱۴۱۷ق"


def test_the_command_keeps_a_latin_word() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "normalize", "--digits", "fa"],
        input="جنگنده F-16 در 3 پایگاه".encode(),
        capture_output=True,
    )
    assert result.stdout.decode() == "جنگنده F-16 در ۳ پایگاه\n"
