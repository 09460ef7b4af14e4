"""A one-word person the recognizer read whose word the list of surnames holds is named by
it, though the web writes it as often as an ordinary word («شارون», «کروبی»); a given name
hazm lists that is a word too is no ordinary word («کیمیا»); with the recognizer's guesses
given by hand."""

import re

from khabar.news.people import People
from khabar.news.people.lexicon import common_words
from khabar.news.people.shape import ordinary


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    found = People(text, spans, body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_a_listed_surname_read_once_names_someone() -> None:
    text = "خبر\n\nدولتمردان غربی نباید آبروی خود را برای هوس‌های امثال شارون بریزند."
    assert people(text, ("شارون",)) == {"شارون": ["شارون"]}


def test_an_ordinary_word_read_once_is_still_no_one() -> None:
    text = "خبر\n\nدولتمردان غربی نباید آبروی خود را برای هوس‌های امثال دولت بریزند."
    assert people(text, ("دولت",)) == {}


def test_a_listed_surname_the_web_writes_as_a_word_is_no_ordinary_word() -> None:
    # Beside a title, and governed by a noun: «مفتح», «شارون» are names here, as the
    # list says, whatever else the web writes them for.
    text = "خبر\n\nدر این بازدید، مفتح مدیرعامل شرکت بازرگانی دولتی گفت: «گندم کافی است.»"
    assert people(text, ("مفتح",)) == {"مفتح": ["مفتح"]}
    text = "خبر\n\nوی گفت: «رژیم به خاطر مرگ مغزی شارون شاهد بحران است.»"
    assert people(text, ("شارون",)) == {"شارون": ["شارون"]}


def test_a_given_name_hazm_lists_is_no_ordinary_word() -> None:
    assert not ordinary("کیمیا", common_words())
    assert ordinary("دولت", common_words())
