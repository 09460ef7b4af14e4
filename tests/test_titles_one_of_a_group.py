"""A name said to be one of a group («…، از فرماندهان ارتش …», «…، یکی از اعضای …»), and a
title in an unclosed quote after a name, on sentences written for these tests with the
recognizer's guesses given by hand."""

from test_people_edges import titles_of


def test_one_of_the_commanders_after_a_comma_holds_the_group_as_written() -> None:
    text = "خبر\n\nکامران نوروزی، از فرماندهان پلیس راه استان گفت که جاده باز شد."
    found = titles_of(text, ("کامران نوروزی",))
    assert found == {"کامران نوروزی": ["فرماندهان پلیس راه استان"]}


def test_yeki_az_stays_in_the_title() -> None:
    text = "خبر\n\nپرستو حیدری، یکی از اعضای هیئت مدیره باشگاه گفت که قرارداد تمدید شد."
    found = titles_of(text, ("پرستو حیدری",))
    assert found == {"پرستو حیدری": ["یکی از اعضای هیئت مدیره باشگاه"]}


def test_az_and_a_plain_noun_is_no_title() -> None:
    text = "خبر\n\nکامران نوروزی، از کارهای تازه شهرداری در محله گفت."
    assert titles_of(text, ("کامران نوروزی",)) == {"کامران نوروزی": []}


def test_a_title_in_a_quote_left_open_after_the_name_is_the_names() -> None:
    text = 'خبر\n\nخانم پرستو حیدری "معاون فرهنگی شهرداری شیراز نیز در این مراسم گفت: کار آغاز شد.'
    found = titles_of(text, ("پرستو حیدری",))
    assert found == {"پرستو حیدری": ["معاون فرهنگی شهرداری شیراز"]}
