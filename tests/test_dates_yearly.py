"""Days that come every year: the day or season a yearly habit falls on («هر سال», «همه‌ساله»)
is no date, nor is the month of a feast named by its day; told of this year («امسال») the
same day, or the month of this year's feast, is a date."""

import pytest
from test_dates import PUBLISHED

from khabar.news.dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "این مراسم هر سال در روزهای پایانی ماه مبارک رمضان در حرم برگزار می‌شود",
        "جشنواره همه‌ساله در ۱۴ خرداد در شهر کرد برپا می‌شود",
        "هر ساله در ماه محرم هزاران زائر به کربلا می‌روند",
    ],
)
def test_a_yearly_habit_names_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_the_same_day_told_of_this_year_is_a_date() -> None:
    texts = [m.text for m in find_dates("این مراسم امسال در ۱۴ خرداد برگزار شد", PUBLISHED)]
    assert texts == ["امسال", "۱۴ خرداد"]


def test_the_month_of_a_feast_named_by_its_day_is_no_date() -> None:
    text = "امام راحل آخرین جمعه ماه مبارک رمضان را روز جهانی قدس نامید"
    assert find_dates(text, PUBLISHED) == []


def test_the_month_of_this_year_s_feast_told_by_its_day_is_a_date() -> None:
    text = "راهپیمایی روز قدس امسال در آخرین جمعه ماه مبارک رمضان برگزار می‌شود"
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["امسال", "ماه مبارک رمضان"]
