"""A given name the recognizer read alone, the rest of the name after it missed, in
sentences written for these tests with its guesses given by hand."""

import re

from khabar.news.people import People


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    found = People(text, spans, body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_a_given_name_and_one_word_set_off_by_a_comma_are_a_whole_name() -> None:
    text = "خبر\n\nعالمانی چون علامه سید حسن گلابی، فقیه نامدار در برابر استعمار ایستادند."
    assert people(text, ("سید حسن",)) == {"سید حسن گلابی": ["سید حسن گلابی"]}


def test_a_given_name_before_a_verb_and_a_comma_is_alone() -> None:
    text = "خبر\n\nمعلم به علی گفت، این کتاب را بخوان."
    assert people(text, ("علی",)) == {"علی": ["علی"]}
