"""Plural titles («معاونان وزیر نفت», «نمایندگان مردم تبریز») on sentences written for
these tests, with the recognizer's guesses given by hand: a plural beside one name is no
title of that one person."""

from test_people_edges import titles_of


def test_a_plural_title_beside_one_name_is_no_ones() -> None:
    text = "خبر\n\nبا حضور بهروز نیک‌اندیش معاونان وزیر نیرو از سد بازدید کردند."
    assert titles_of(text, ("بهروز نیک‌اندیش",)) == {"بهروز نیک‌اندیش": []}
    text = "خبر\n\nبا حضور بهروز نیک‌اندیش معاون وزیر نیرو از سد بازدید شد."
    assert titles_of(text, ("بهروز نیک‌اندیش",)) == {"بهروز نیک‌اندیش": ["معاون وزیر نیرو"]}


def test_constituencies_listed_in_turn_are_not_the_last_names_alone() -> None:
    text = (
        "خبر\n\nسوال بهروز نیک‌اندیش، فرزانه صدری‌پور و مهرداد کاظمی‌نیا نمایندگان مراغه، "
        "بناب و میانه از وزیر نیرو بررسی شد."
    )
    names = ("بهروز نیک‌اندیش", "فرزانه صدری‌پور", "مهرداد کاظمی‌نیا")
    assert all(not titles for titles in titles_of(text, names).values())


def test_a_plural_title_after_two_names_and_a_comma_is_each_ones() -> None:
    text = "خبر\n\nبهروز نیک‌اندیش و فرزانه صدری‌پور، معاونان وزیر نیرو، از سد بازدید کردند."
    found = titles_of(text, ("بهروز نیک‌اندیش", "فرزانه صدری‌پور"))
    assert found == {"بهروز نیک‌اندیش": ["معاون وزیر نیرو"], "فرزانه صدری‌پور": ["معاون وزیر نیرو"]}
