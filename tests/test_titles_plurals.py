"""Plural titles («معاونان وزیر نفت», «نمایندگان مردم تبریز») on sentences written for
these tests, with the recognizer's guesses given by hand: a plural beside one name is no
title of that one person."""

from test_news_people import people
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


def test_a_label_in_brackets_gives_each_name_of_its_list_the_singular() -> None:
    text = (
        "خبر\n\nداوران عبارتند از: نسترن کاظمی، بهروز نیک‌اندیش (داوران گروه تصویرگری) "
        "فرزانه صدری‌پور و مهرداد کاظمی‌نیا، (داوران گروه شعر) که آثار را خواندند."
    )
    found = titles_of(text, ("نسترن کاظمی", "بهروز نیک‌اندیش", "فرزانه صدری‌پور", "مهرداد کاظمی‌نیا"))
    assert found == {
        "نسترن کاظمی": ["داور گروه تصویرگری"],
        "بهروز نیک‌اندیش": ["داور گروه تصویرگری"],
        "فرزانه صدری‌پور": ["داور گروه شعر"],
        "مهرداد کاظمی‌نیا": ["داور گروه شعر"],
    }


def test_members_appointed_as_a_list_are_each_a_member() -> None:
    text = (
        "خبر\n\nبهروز نیک‌اندیش، فرزانه صدری‌پور و مهرداد کاظمی‌نیا به عنوان اعضای شورای "
        "سیاست‌گذاری جشنواره فیلم کوتاه منصوب شدند."
    )
    found = titles_of(text, ("بهروز نیک‌اندیش", "فرزانه صدری‌پور", "مهرداد کاظمی‌نیا"))
    assert set(map(tuple, found.values())) == {("عضو شورای سیاست‌گذاری جشنواره فیلم کوتاه",)}


def test_a_plural_title_right_after_a_list_of_names_is_each_ones() -> None:
    text = "خبر\n\nبهروز نیک‌اندیش و فرزانه صدری‌پور اعضای شورای شهر تبریز از بازار بازدید کردند."
    found = titles_of(text, ("بهروز نیک‌اندیش", "فرزانه صدری‌پور"))
    assert found == {
        "بهروز نیک‌اندیش": ["عضو شورای شهر تبریز"],
        "فرزانه صدری‌پور": ["عضو شورای شهر تبریز"],
    }


def test_players_given_as_examples_are_each_a_player() -> None:
    text = "خبر\n\nباشگاه حاضر بود بازیکنانی همچون کاوه رحیمی، امیر کاظمی یا لیلا نوری را بفروشد."
    found = titles_of(text, ("کاوه رحیمی", "امیر کاظمی", "لیلا نوری"))
    assert found == {"کاوه رحیمی": ["بازیکن"], "امیر کاظمی": ["بازیکن"], "لیلا نوری": ["بازیکن"]}


def test_people_of_no_office_given_as_examples_have_no_title() -> None:
    text = "خبر\n\nدر این مراسم کسانی چون کاوه رحیمی و امیر کاظمی حضور داشتند."
    assert titles_of(text, ("کاوه رحیمی", "امیر کاظمی")) == {"کاوه رحیمی": [], "امیر کاظمی": []}


def test_a_title_alone_goes_to_no_one_titled_apart_from_a_group() -> None:
    found = people(
        "در این دیدار احمد کریمی رئیس‌جمهور، پریا سینگ رئیس جمهور و منوچهر سینا نخست وزیر "
        "هند حضور داشتند.\n\nرئیس جمهور ایران بر گسترش روابط تأکید کرد."
    )
    assert found["پریا سینگ"][0] == ["رئیس جمهور"]


def test_a_plural_title_set_off_by_commas_is_each_ones() -> None:
    text = "خبر\n\nبهروز نیک‌اندیش و فرزانه صدری‌پور، اعضای شورای شهر تبریز، نیز حضور داشتند."
    found = titles_of(text, ("بهروز نیک‌اندیش", "فرزانه صدری‌پور"))
    assert set(map(tuple, found.values())) == {("عضو شورای شهر تبریز",)}


def test_a_list_said_to_be_of_a_group_are_each_a_member() -> None:
    names = ("بهروز نیک‌اندیش", "فرزانه صدری‌پور", "مهرداد کاظمی‌نیا")
    text = f"خبر\n\n{names[0]}، {names[1]} و {names[2]} از اعضای هیئت امنای بنیاد سینما هستند."
    found = titles_of(text, names)
    assert set(map(tuple, found.values())) == {("عضو هیئت امنای بنیاد سینما",)}
    text = f"خبر\n\n{names[0]}، {names[1]} و {names[2]} از اعضای هیئت امنای بنیاد تقدیر کردند."
    assert all(not titles for titles in titles_of(text, names).values())


def test_a_plural_split_in_turn_leaves_out_the_count_and_keeps_a_two_word_place() -> None:
    text = (
        "خبر\n\nمارکو رینالدی و بن‌شاد نورعلی‌اف، سرمربیان دو تیم ملی کره جنوبی و ازبکستان، "
        "به سؤالات خبرنگاران پاسخ دادند."
    )
    assert titles_of(text, ("مارکو رینالدی", "بن‌شاد نورعلی‌اف")) == {
        "مارکو رینالدی": ["سرمربی تیم ملی کره جنوبی"],
        "بن‌شاد نورعلی‌اف": ["سرمربی تیم ملی ازبکستان"],
    }
