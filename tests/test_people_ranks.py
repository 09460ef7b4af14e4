"""Results lists on sentences written for these tests: the names a list of places gives
(«… مقام اول … مقام دوم»), and the teams and towns placed there, which are no one."""

from khabar.news.people.listed import placed


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in sorted(placed(text, 0))]


def test_the_names_a_results_list_places_are_people() -> None:
    text = "در ماده ۵۰ متر آزاد مهتاب نیکوپور مقام دوم و آیدا رستگارنیا مقام سوم شدند."
    assert names(text) == ["مهتاب نیکوپور", "آیدا رستگارنیا"]


def test_two_named_places_vouch_for_a_name_no_list_holds() -> None:
    text = (
        "در ماده ۵۰ متر آزاد رده سنی ۱۳ تا ۱۴ سال ترانه‌سا کیانفر مقام اول، "
        "مهتاب نیکوپور مقام دوم و آیدا رستگارنیا مقام سوم را کسب کردند."
    )
    assert names(text) == ["ترانه‌سا کیانفر", "مهتاب نیکوپور", "آیدا رستگارنیا"]


def test_one_named_place_vouches_for_no_other() -> None:
    text = "ترانه‌سا کیانفر مقام اول و آیدا رستگارنیا مقام دوم را کسب کردند."
    assert names(text) == ["آیدا رستگارنیا"]


def test_a_name_of_three_words_placed_first() -> None:
    text = "در وزن ۶۰ کیلوگرم سید محمدحسین دریاکناری رتبه نخست را به دست آورد."
    assert names(text) == ["سید محمدحسین دریاکناری"]


def test_teams_towns_and_provinces_placed_are_no_one() -> None:
    text = (
        "در مجموع تیمی شهرستان دلیجان مقام اول، باشگاه پیکان مقام دوم، ذوب آهن مقام سوم "
        "و استان مرکزی رتبه چهارم را کسب کردند و مهتاب نیکوپور مقام اول و آیدا رستگارنیا "
        "مقام دوم انفرادی را بردند. در بخش اسکواش بهار همدان مقام اول را برد."
    )
    assert names(text) == ["مهتاب نیکوپور", "آیدا رستگارنیا"]


def test_a_place_after_to_the_title_of_is_no_result() -> None:
    text = "او به عنوان نخستین بانوی ایرانی و در مقام اولین سفیر زن به این کشور رفت."
    assert names(text) == []


def test_teams_firms_and_schools_a_given_name_opens_are_no_one() -> None:
    text = (
        "در رقابت‌های کشتی آزاد، تیم کاوه کشاورز مقام اول و تیم امید استقلال مقام سوم را "
        "کسب کرد. در ارزیابی صادرات، شرکت شیرین عسل رتبه نخست و دانشگاه امیر کبیر رتبه "
        "اول را به دست آوردند."
    )
    assert names(text) == []


def test_teams_placed_in_a_stretch_that_places_two_names_are_no_one() -> None:
    text = (
        "در بخش انفرادی مریم صادقی مقام اول و زهرا کریمی مقام دوم را کسب کردند و در بخش "
        "تیمی مس سونگون مقام اول، گروه صنعتی مپنا مقام دوم و دبیرستان فرزانگان مقام سوم شدند."
    )
    assert names(text) == ["مریم صادقی", "زهرا کریمی"]


def test_an_athlete_placed_after_the_country_of_a_championship() -> None:
    text = "در مسابقات قهرمانی کشور مهتاب نیکوپور مقام اول را کسب کرد."
    assert names(text) == ["مهتاب نیکوپور"]
