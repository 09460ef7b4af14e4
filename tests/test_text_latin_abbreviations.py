"""Latin abbreviations, initials and version numbers inside Persian sentences."""

import pytest

from khabar.text.tokenizer import tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        "دیروز Dr. Smith در تهران سخنرانی کرد.",
        "Mr. Brown وارد تهران شد.",
        "Mrs. Clinton و Prof. Sachs دیدار کردند.",
        "کلیسای St. Peter بسته شد.",
        "در No. 5 خیابان اقامت داشت.",
        "شرکت Apple Inc. و Samsung Co. توافق کردند.",
        "Martin Luther King Jr. را ستود.",
        "بازی Iran vs. USA برگزار شد.",
        "کتاب J. K. Rowling منتشر شد.",
        "سفیر U.S. در سازمان ملل گفت.",
        "برخی کشورها، e.g. فرانسه، مخالفت کردند.",
        "نسخه v2.1 منتشر شد.",
    ],
)
def test_a_latin_abbreviation_ends_no_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("دیروز Dr. Smith آمد.", "Dr."),
        ("در No. 5 ماند.", "No."),
        ("نسخه v2.1 آمد.", "v2.1"),
        ("مدل GPT-3.5 آمد.", "GPT-3.5"),
        ("کتاب J. K. Rowling آمد.", "K."),
    ],
)
def test_a_latin_abbreviation_is_one_token(text, token):
    assert token in [t.text for s in tokenize(text) for t in s.tokens]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("شرکتی به نام Apple. سپس آمد.", "شرکتی به نام Apple."),
        ("پاسخ او روشن بود: No. سپس رفت.", "پاسخ او روشن بود: No."),
        ("ویتامین C. سپس آهن.", "ویتامین C."),
        ("این خبر در the U.S. گفت. سپس رفت.", "این خبر در the U.S. گفت."),
    ],
)
def test_a_sentence_still_ends_after_a_latin_word(text, first):
    assert sentences(text) == [first, text[len(first) + 1 :]]
