"""Given names that news writes as words too, on sentences written for these tests: a word
taken out of the list is no one's name, and a given name that is an adjective qualifying
the noun before it opens no name."""

import re

from khabar.news.people import People
from khabar.news.people.lexicon import given_names


def names(text: str, guesses: tuple[str, ...]) -> list[str]:
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for g in guesses for m in re.finditer(re.escape(g), text)]
    return [p.name for p in People(text, spans, body=body).finish()]


def test_an_ideal_is_no_ones_given_name() -> None:
    assert "آرمان" not in given_names()
    text = "خبر\n\nدانشجویان در راه آرمان آزادی قدس راهپیمایی کردند."
    assert names(text, ("آرمان آزادی",)) == []


def test_a_given_name_that_qualifies_the_noun_before_it_is_no_one() -> None:
    text = "خبر\n\nزائران لحظات شیرین سفر را هرگز فراموش نمی‌کنند."
    assert names(text, ("شیرین سفر",)) == []


def test_a_given_name_that_is_an_adjective_after_a_noun_of_people_is_a_name() -> None:
    text = "خبر\n\nمربی شیرین سعیدی گفت تیم آماده است."
    assert names(text, ("شیرین سعیدی",)) == ["شیرین سعیدی"]


def test_a_blessed_feast_names_no_one() -> None:
    text = "خبر\n\nامام جمعه با تبریک عید سعید قربان از برگزاری نماز در مصلی خبر داد."
    assert names(text, ("سعید",)) == []


def test_a_noun_and_an_adjective_name_read_twice_are_someone() -> None:
    text = "خبر\n\nگروه به رهبری مولوی سعید اداره می‌شود. دولت گفت مولوی سعید بازداشت نشده است."
    assert names(text, ("مولوی سعید",)) == ["مولوی سعید"]


def test_a_word_given_name_before_a_surname_in_i_after_a_work_is_a_name() -> None:
    text = "خبر\n\nکتاب شیرین عبادی در آمریکا منتشر شد و فیلم جدید آزاده موسوی به جشنواره رفت."
    assert names(text, ("شیرین عبادی", "آزاده موسوی")) == ["شیرین عبادی", "آزاده موسوی"]


def test_the_final_of_a_cup_is_no_one() -> None:
    text = "خبر\n\nدیدار فینال مسابقات فوتسال جام ارتباطات امروز در بندرعباس برگزار شد."
    assert names(text, ("فینال",)) == []
