"""Names listed with a name found already, on sentences written for these tests: a
surname rare on the web listed beside a found name is someone's; ordinary words, common
surnames and lists of places are no one."""

import re

from khabar.news.people.listed import coordinated


def listed(text: str, found: tuple[str, ...]) -> list[str]:
    spans = {(m.start(), m.end()) for f in found for m in re.finditer(re.escape(f), text)}
    return [text[s:e] for s, e in sorted(coordinated(text, 0, spans))]


def test_a_rare_surname_listed_after_a_found_name_is_someone() -> None:
    text = "وزیر خارجه با ژان‌لوک مورتیه و کاترین لوبوف دیدار کرد."
    assert listed(text, ("ژان‌لوک مورتیه",)) == ["کاترین لوبوف"]


def test_items_of_a_longer_list_one_of_them_found() -> None:
    text = "آثاری از کارلوس، اسنوفیلد، وانتیکو و هاپنبرگ در این نمایشگاه است."
    assert listed(text, ("اسنوفیلد",)) == ["وانتیکو", "هاپنبرگ"]


def test_ordinary_words_after_a_name_are_no_one() -> None:
    text = "محمد رضایی، کیفیت و تاکید بر اجرای طرح را مهم دانست و یارانش را ستود."
    assert listed(text, ("محمد رضایی",)) == []


def test_a_list_of_places_with_one_taken_for_a_name_is_no_ones() -> None:
    text = "زلزله شهرهای بهبهان، شوش، گتوندک و هندیجان را لرزاند."
    assert listed(text, ("گتوندک",)) == []


def test_two_items_need_a_found_name_of_two_words() -> None:
    text = "در این فصل در خرونلو و آیندهوون بازی کرد."
    assert listed(text, ("خرونلو",)) == []


def test_a_given_name_alone_opening_the_last_item_is_an_ordinary_word() -> None:
    text = "وزیر ورزش از تلاش‌های حمید سجادی و کمال همکاری فدراسیون‌ها تشکر کرد."
    assert listed(text, ("حمید سجادی",)) == []
    text = "او با اشاره به برنامه‌های محمد مخبر و سامان دهی بازار از دولت انتقاد کرد."
    assert listed(text, ("محمد مخبر",)) == []


def test_a_found_name_inside_a_clause_lists_nothing() -> None:
    text = "مهدی طارمی پیش از پیوستن به اینتر در پورتو، ریوآوه و الغرافه بازی می‌کرد."
    assert listed(text, ("مهدی طارمی",)) == []
