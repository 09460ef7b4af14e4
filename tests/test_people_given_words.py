"""Words taken out of the list of given names because news writes them for something else,
on sentences written for these tests: a recognizer's guess made of them is no one."""

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
