"""The hand-written name lists (``khabar/data``) keep the rules their section comments state:
no name on two lists, none written twice, Persian letters and half-spaces as news writes
them, and the words news uses otherwise on neither list, since the recognizer reads a
listed word as a name whatever the sentence around it."""

import pytest

from khabar.gazetteer import data_lines, given_names, places, surnames
from khabar.pipeline.listed_embed import GIVEN_NAME, NOT_LISTED, SURNAME, listed_class
from khabar.text.chars import ZWNJ

LISTS = ("surnames.txt", "given_names.txt")
# Letters that do not join the next one: a half-space after them is never written.
NON_JOINING = frozenset("اآأإدذرزژوؤ")


def place_words() -> set[str]:
    """Every place name and demonym of places.tsv."""
    found = set(places())
    for line in data_lines("places.tsv"):
        _, _, *demonyms = line.split("\t")
        found |= {d for field in demonyms for d in field.split("|") if d}
    return found


@pytest.mark.parametrize("name", LISTS)
def test_no_name_is_written_twice(name: str) -> None:
    lines = data_lines(name)
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize("name", LISTS)
def test_names_are_written_in_persian_letters_with_half_spaces_where_letters_join(
    name: str,
) -> None:
    for word in data_lines(name):
        assert word == word.strip() and "  " not in word, word
        assert not set(word) & set("يكةى"), word
        assert not word.startswith(ZWNJ) and not word.endswith(ZWNJ), word
        halves = [i for i, c in enumerate(word) if c == ZWNJ]
        assert all(word[i - 1] not in NON_JOINING | {" ", ZWNJ} for i in halves), word


def test_no_surname_is_a_given_name_or_a_place() -> None:
    assert not surnames() & given_names()
    assert not surnames() & place_words()
    assert not set(data_lines("given_names.txt")) & place_words()


def test_words_news_uses_otherwise_are_on_neither_list() -> None:
    listed = surnames() | given_names()
    ordinary = {"نظامی", "اسلامی", "آبادانی", "خاله‌زاده", "کلانتری", "دوران", "جوان", "نیکان"}
    ordinary |= {"ایران‌دوست", "حق‌خواه", "مسجدی", "قطبی", "اسلاوی", "ریش", "گاو"}
    assert not ordinary & listed


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("خاندوزی", SURNAME),
        ("یزدانی‌چراتی", SURNAME),
        ("رحمت‌پور", SURNAME),
        ("اسموتریچ", SURNAME),
        ("الفتلاوی", SURNAME),
        ("كولايي", SURNAME),
        ("نظامی", NOT_LISTED),
        ("غلامرسول", GIVEN_NAME),
        ("ایلقار", GIVEN_NAME),
        ("سیدغلامرسول", GIVEN_NAME),
    ],
)
def test_the_recognizer_reads_a_listed_name_in_either_spelling(word: str, kind: int) -> None:
    assert listed_class(word) == kind
