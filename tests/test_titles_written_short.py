"""A title standing alone that leaves out one word of a title someone holds («عضو شورای شهر
شیراز» of «عضو شورای اسلامی شهر شیراز») is that person's, as a title written with its first
words only is. Sentences written for these tests, with the recognizer's guesses given by
hand."""

from test_people_edges import titles_of


def test_a_title_with_one_word_left_out_is_the_holders() -> None:
    text = (
        "خبر\n\nکاوه رحیمی، عضو شورای اسلامی شهر شیراز، از پارک بازدید کرد.\n\n"
        "عضو شورای شهر شیراز گفت: کار پارک تمام شد."
    )
    found = titles_of(text, ("کاوه رحیمی",))
    assert found == {"کاوه رحیمی": ["عضو شورای اسلامی شهر شیراز", "عضو شورای شهر شیراز"]}


def test_a_title_with_more_words_left_out_is_not_the_holders() -> None:
    text = (
        "خبر\n\nکاوه رحیمی، عضو کمیسیون عمران شورای اسلامی شهر شیراز، از پارک بازدید کرد."
        "\n\nعضو شورای شهر شیراز گفت: کار پارک تمام شد."
    )
    found = titles_of(text, ("کاوه رحیمی",))
    assert found == {"کاوه رحیمی": ["عضو کمیسیون عمران شورای اسلامی شهر شیراز"]}
