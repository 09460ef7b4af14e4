"""Compound given names written spaced («فضل الله», «جلال الدین», «گل محمد»), which the
recognizer cuts inside, in sentences written for these tests with its guesses given by
hand: the halves are one given name of the person."""

import re

from khabar.news.people import People


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    found = People(text, spans, body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_a_name_cut_inside_a_spaced_given_name_is_whole_again() -> None:
    text = "خبر\n\nاز خانواده شهیدان سید فضل الله احمدی، رضا کریمی و حسن امینی تجلیل شد."
    found = people(text, ("سید فضل", "احمدی", "رضا کریمی", "حسن امینی"))
    assert "سید فضل الله احمدی" in found
    assert "سید فضل" not in found


def test_the_first_half_of_a_spaced_given_name_before_a_name_is_taken_in() -> None:
    text = "خبر\n\nدر این دوره جلال الدین علی اکبری به عنوان مربی حضور دارد."
    assert people(text, ("علی اکبری",)) == {"جلال الدین علی اکبری": ["جلال الدین علی اکبری"]}


def test_an_ordinary_word_opening_a_list_item_is_half_a_given_name() -> None:
    text = "خبر\n\nشهیدان رضا کریمی، گل محمد یوسفی و حسن امینی از این روستا بودند."
    found = people(text, ("رضا کریمی", "محمد یوسفی", "حسن امینی"))
    assert "گل محمد یوسفی" in found


def test_a_goal_before_a_scorer_is_no_half_of_his_name() -> None:
    text = "خبر\n\nدر دقیقه 10 گل محمد یوسفی دروازه میزبان را باز کرد."
    assert people(text, ("محمد یوسفی",)) == {"محمد یوسفی": ["محمد یوسفی"]}
