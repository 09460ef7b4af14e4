"""Dates a review of the session-18 rules found wrong, in sentences written for these
tests: the month of this year's feast, told by the feast's day, is a date."""

from test_dates import PUBLISHED

from khabar.news.dates import find_dates


def test_the_month_of_this_year_s_feast_told_by_its_day_is_a_date() -> None:
    text = "راهپیمایی روز قدس امسال در آخرین جمعه ماه مبارک رمضان برگزار می‌شود"
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["امسال", "ماه مبارک رمضان"]
