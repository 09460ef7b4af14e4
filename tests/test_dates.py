"""Date mentions: finding, offsets, calendars, relative dates and the words that are not dates.

Expected values are hand-checked facts (1396-06-28 is Tuesday 2017-09-19; 22 Bahman
1357 is 1979-02-11; Nowruz 1397 fell on 2018-03-21) or computed here with the
calendar libraries directly, never with the module under test.
"""

from datetime import date, datetime, timedelta

import jdatetime
import pytest
from hijridate import Hijri

from khabar import normalize
from khabar.news.dates import DateMention, find_dates

# A Wednesday: 1396-06-29.
PUBLISHED = date(2017, 9, 20)


def one(text: str, published: date | None = PUBLISHED) -> DateMention:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def solar(y: int, m: int, d: int) -> str:
    return jdatetime.date(y, m, d).togregorian().isoformat()


def lunar(y: int, m: int, d: int) -> str:
    g = Hijri(y, m, d).to_gregorian()
    return date(g.year, g.month, g.day).isoformat()


# Gregorian --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۱۹ سپتامبر ۲۰۱۷", "2017-09-19"),
        ("19 سپتامبر 2017", "2017-09-19"),
        ("۱ ژانویه ۲۰۲۰", "2020-01-01"),
        ("۱۴ فوریه ۲۰۱۸", "2018-02-14"),
        ("۲۰ مارس ۲۰۱۹", "2019-03-20"),
        ("۲ آوریل ۲۰۱۵", "2015-04-02"),
        ("۱۰ مه ۲۰۱۸", "2018-05-10"),
        ("۱۰ می ۲۰۱۸", "2018-05-10"),
        ("۴ ژوئن ۱۹۸۹", "1989-06-04"),
        ("۱۴ جولای ۲۰۱۵", "2015-07-14"),
        ("۶ اوت ۱۹۴۵", "1945-08-06"),
        ("۶ آگوست ۱۹۴۵", "1945-08-06"),
        ("۳ اکتبر ۲۰۱۶", "2016-10-03"),
        ("۹ نوامبر ۱۹۸۹", "1989-11-09"),
        ("۲۵ دسامبر ۲۰۱۷", "2017-12-25"),
    ],
)
def test_gregorian_day_month_year(text: str, value: str) -> None:
    mention = one(text)
    assert mention.calendar == "gregorian"
    assert (mention.text, mention.value, mention.end_value) == (text, value, None)


def test_years_outside_1800_2199_are_not_read_as_years() -> None:
    mention = one("۴ ژوئیه ۱۷۷۶", None)
    assert (mention.text, mention.value) == ("۴ ژوئیه", "XXXX-07-04")


def test_gregorian_solar_hijri_is_the_same_day() -> None:
    mention = one("۱۹ سپتامبر ۲۰۱۷", None)
    assert mention.solar_hijri == "1396-06-28"


def test_month_precision_keeps_gregorian_month() -> None:
    mention = one("سپتامبر 2017", None)
    assert (mention.value, mention.end_value, mention.native) == ("2017-09", None, "2017-09")
    assert mention.solar_hijri == "1396-06-10/1396-07-08"


def test_year_unknown_without_published() -> None:
    mention = one("19 سپتامبر", None)
    assert (mention.value, mention.solar_hijri) == ("XXXX-09-19", None)


def test_year_from_published_is_the_nearest() -> None:
    assert one("19 سپتامبر").value == "2017-09-19"
    # Published in January: last December, not next.
    assert one("۲۵ دسامبر", date(2018, 1, 10)).value == "2017-12-25"
    assert one("۵ ژانویه", date(2017, 12, 28)).value == "2018-01-05"


def test_weekday_in_parentheses_is_part_of_the_mention() -> None:
    text = "روز سه شنبه (19 سپتامبر) نشست برگزار شد"
    mention = one(text, None)
    assert mention.text == "سه شنبه (19 سپتامبر)"
    assert text[mention.start : mention.end] == mention.text
    assert (mention.value, mention.weekday_mismatch) == ("XXXX-09-19", False)


def test_weekday_picks_the_year() -> None:
    # 19 September 2017 was a Tuesday, 2018 a Wednesday: from March 2018 the weekday
    # picks the coming one over the nearer past one.
    assert one("چهارشنبه ۱۹ سپتامبر", date(2018, 3, 1)).value == "2018-09-19"
    assert one("سه شنبه (19 سپتامبر)", date(2018, 3, 1)).value == "2017-09-19"


def test_weekday_looks_no_further_than_a_year() -> None:
    # 19 September 2019 is a Thursday; the Tuesdays (2017, 2023) are years away, so
    # the weekday is wrong, not the year.
    mention = one("سه‌شنبه ۱۹ سپتامبر", date(2019, 9, 1))
    assert (mention.value, mention.weekday_mismatch) == ("2019-09-19", True)
    # ۳۰ شهریور ۱۳۹۶ was a Thursday, told four days later as a Wednesday.
    mention = one("رهبر انقلاب در دیدار روز چهارشنبه ۳۰ شهریور ماه فرمودند", date(2017, 9, 25))
    assert (mention.value, mention.weekday_mismatch) == (solar(1396, 6, 30), True)


def test_a_wrong_weekday_days_from_publication_keeps_the_year() -> None:
    # ۱۸ بهمن ۱۳۸۶ was a Thursday; told the next day as a Wednesday, it is not ۱۸ بهمن
    # ۱۳۸۵, the Wednesday a year before.
    mention = one("روز چهارشنبه ۱۸ بهمن فیلم‌ها نمایش داده شد", date(2008, 2, 8))
    assert (mention.value, mention.weekday_mismatch) == (solar(1386, 11, 18), True)


def test_day_range() -> None:
    mention = one("11-12 سپتامبر", None)
    assert (mention.value, mention.end_value, mention.text) == (
        "XXXX-09-11",
        "XXXX-09-12",
        "11-12 سپتامبر",
    )
    mention = one("۱۱ تا ۱۲ سپتامبر ۲۰۱۷")
    assert (mention.value, mention.end_value) == ("2017-09-11", "2017-09-12")


def test_falling_pair_is_not_a_range() -> None:
    mention = one("۱۲ و ۱۱ سپتامبر", None)
    assert (mention.text, mention.value, mention.end_value) == ("۱۱ سپتامبر", "XXXX-09-11", None)


def test_bare_month_name() -> None:
    for name, month in [("ژانویه", "01"), ("فوریه", "02"), ("مارس", "03"), ("اکتبر", "10")]:
        assert one(f"در {name} گذشته", None).value == f"XXXX-{month}"


def test_leap_day_without_year_finds_a_leap_year() -> None:
    assert one("29 فوریه").value == "2016-02-29"


# Solar Hijri ------------------------------------------------------------------------------


def test_known_solar_date() -> None:
    mention = one("۲۸ شهریور ۱۳۹۶", None)
    assert (mention.value, mention.calendar, mention.solar_hijri) == (
        "2017-09-19",
        "solar_hijri",
        "1396-06-28",
    )
    assert date.fromisoformat(mention.value).weekday() == 1  # a Tuesday
    assert one("۲۲ بهمن ۱۳۵۷", None).value == "1979-02-11"


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        ("۱ فروردین ۱۳۹۷", (1397, 1, 1)),
        ("۱۲ اردیبهشت ۱۳۹۰", (1390, 2, 12)),
        ("۱۵ خرداد ۱۳۴۲", (1342, 3, 15)),
        ("۷ تیر ۱۳۶۰", (1360, 4, 7)),
        ("۲۸ مرداد ۱۳۳۲", (1332, 5, 28)),
        ("۱۳ آبان ۱۳۵۸", (1358, 8, 13)),
        ("۱۶ آذر ۱۳۳۲", (1332, 9, 16)),
        ("۹ دی ۱۳۸۸", (1388, 10, 9)),
        ("۲۹ اسفند ۱۳۲۹", (1329, 12, 29)),
        ("۲۸ شهریور ۹۶", (1396, 6, 28)),
        ("۲۸ شهریورماه ۱۳۹۶", (1396, 6, 28)),
        ("۲۸ شهریور ماه سال ۱۳۹۶", (1396, 6, 28)),
        ("۲۸ شهریور ۱۳۹۶ هجری شمسی", (1396, 6, 28)),
        ("بیست و هشتم شهریور ۱۳۹۶", (1396, 6, 28)),
        ("سی‌ام آبان ۱۴۰۰", (1400, 8, 30)),
        ("اول مهر ۱۳۹۹", (1399, 7, 1)),
        ("سیزدهم آبان ۱۳۵۸", (1358, 8, 13)),
    ],
)
def test_solar_dates(text: str, ymd: tuple[int, int, int]) -> None:
    mention = one(f"در {text} اتفاق افتاد", None)
    assert mention.text == text
    assert mention.value == solar(*ymd)
    assert mention.solar_hijri == mention.native == "{:04d}-{:02d}-{:02d}".format(*ymd)


def test_solar_month_is_its_run_of_gregorian_days() -> None:
    mention = one("شهریور ماه ۹۶", None)
    assert (mention.value, mention.end_value) == (solar(1396, 6, 1), solar(1396, 6, 31))
    assert mention.solar_hijri == "1396-06"


def test_solar_years() -> None:
    for text in ("سال 87", "سال ۱۳۸۷", "سال ۸۷ هجری شمسی"):
        mention = one(text, None)
        assert (mention.text, mention.solar_hijri) == (text, "1387")
        assert mention.value == solar(1387, 1, 1)
        assert (
            mention.end_value == (date.fromisoformat(solar(1388, 1, 1)) - timedelta(1)).isoformat()
        )


def test_a_number_counting_something_after_a_month_is_no_year() -> None:
    found = one("تا پایان تیر ۲۰ درصد طرح اجرا می‌شود", date(2024, 6, 1))
    assert (found.text, found.solar_hijri) == ("پایان تیر", "1403-04-31")
    assert one("تا ۱۵ خرداد ۳۰ نفر ثبت‌نام کردند", date(2024, 6, 1)).text == "۱۵ خرداد"


def test_two_digit_years() -> None:
    assert one("سال ۹۹", None).solar_hijri == "1399"
    assert one("سال ۰۲", None).solar_hijri == "1402"
    assert one("سال ۰۱", date(2022, 6, 1)).solar_hijri == "1401"
    assert one("سال ۹۹", date(2022, 6, 1)).solar_hijri == "1399"
    assert one("سال ۰۵", date(2022, 6, 1)).solar_hijri == "1405"
    # half a century back, not half a century ahead: maps «of the year 41» in a 1393 article
    assert one("سال ۴۱", date(2014, 12, 6)).solar_hijri == "1341"


def test_gregorian_and_lunar_years() -> None:
    mention = one("سال ۲۰۱۷", None)
    assert (mention.calendar, mention.value, mention.end_value) == ("gregorian", "2017", None)
    mention = one("سال ۱۴۳۹ قمری", None)
    assert (mention.calendar, mention.native) == ("lunar_hijri", "1439")
    assert mention.value == lunar(1439, 1, 1)
    assert one("۲۰۱۷ میلادی", None).value == "2017"


def test_yearless_solar_date() -> None:
    mention = one("۲۸ شهریورماه", None)
    assert (mention.value, mention.solar_hijri, mention.native) == (
        None,
        "XXXX-06-28",
        "XXXX-06-28",
    )
    assert one("۲۸ شهریورماه").value == "2017-09-19"
    assert one("اول مهر").value == solar(1396, 7, 1)


def test_month_with_relative_year() -> None:
    assert one("شهریور امسال").solar_hijri == "1396-06"
    assert one("۱۰ دی سال گذشته").solar_hijri == "1395-10-10"
    assert one("سپتامبر سال گذشته").value == "2016-09"


def test_days_that_do_not_exist() -> None:
    assert find_dates("۳۱ مهر ۱۳۹۶") == []  # Mehr has 30 days
    assert find_dates("۳۰ اسفند ۱۳۹۶", None) == []  # 1396 is not a leap year
    assert one("۳۰ اسفند ۱۳۹۵", None).value == solar(1395, 12, 30)


@pytest.mark.parametrize(
    ("text", "value", "calendar"),
    [
        ("1396/06/28", "2017-09-19", "solar_hijri"),
        ("۱۳۹۶/۰۶/۲۸", "2017-09-19", "solar_hijri"),
        ("۹۶/۶/۲۸", "2017-09-19", "solar_hijri"),
        ("1398-10-05", "2019-12-26", "solar_hijri"),
        ("2017/09/19", "2017-09-19", "gregorian"),
        ("2017-09-19", "2017-09-19", "gregorian"),
        ("19/09/2017", "2017-09-19", "gregorian"),
        ("09/19/2017", "2017-09-19", "gregorian"),
        ("19.09.2017", "2017-09-19", "gregorian"),
        ("۲۸/ ۶/ ۱۳۹۶", "2017-09-19", "solar_hijri"),
    ],
)
def test_numeric_dates(text: str, value: str, calendar: str) -> None:
    mention = one(f"تاریخ {text} ثبت شد", None)
    assert (mention.text, mention.value, mention.calendar) == (text, value, calendar)


@pytest.mark.parametrize(
    "text",
    ["ساعت ۱۰:۳۰", "نتیجه ۲-۱", "تلفن 021-8888-1234", "نسخه 1.2.3", "۱۳۹۶/۱۳/۰۱", "نسبت ۳/ ۴/ ۵"],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, None) == []


# Lunar Hijri ------------------------------------------------------------------------------


def test_lunar_dates() -> None:
    mention = one("۱۰ محرم ۱۴۳۹", None)
    assert (mention.value, mention.calendar, mention.native) == (
        lunar(1439, 1, 10),
        "lunar_hijri",
        "1439-01-10",
    )
    mention = one("۱۵ محرم")
    assert (mention.value, mention.native) == (lunar(1439, 1, 15), "1439-01-15")
    assert one("۱۵ محرم", None).value is None


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("۲۰ صفر", 2),
        ("۱۷ ربیع‌الاول", 3),
        ("۱۷ ربیع الاول", 3),
        ("۱۷ ربیعالاول", 3),
        ("۸ ربیع‌الثانی", 4),
        ("۱۵ جمادی‌الاول", 5),
        ("۳ جمادی الثانی", 6),
        ("۱۳ رجب", 7),
        ("۱۵ شعبان", 8),
        ("۲۱ رمضان", 9),
        ("۱ شوال", 10),
        ("۱۱ ذی‌القعده", 11),
        ("۱۸ ذی الحجه", 12),
    ],
)
def test_lunar_month_names(text: str, month: int) -> None:
    mention = one(f"{text} ۱۴۳۹", None)
    assert mention.calendar == "lunar_hijri"
    assert mention.native == f"1439-{month:02d}-{int(text.split()[0]):02d}"
    assert mention.value == lunar(1439, month, int(text.split()[0]))


def test_ramadan_as_a_month() -> None:
    mention = one("ماه رمضان")
    assert mention.text == "ماه رمضان"
    assert (mention.native, mention.value) == ("1438-09", lunar(1438, 9, 1))
    assert mention.end_value == (date.fromisoformat(lunar(1438, 10, 1)) - timedelta(1)).isoformat()
    assert one("ماه مبارک رمضان", None).native == "XXXX-09"


def test_named_days_with_their_year() -> None:
    assert one("عید فطر امسال").value == lunar(1438, 10, 1) == "2017-06-25"
    assert one("نوروز ۹۷", None).value == "2018-03-21"
    assert one("روز عاشورا ۱۴۳۹").native == "1439-01-10"


def test_a_lunar_date_this_year_is_one_of_this_solar_year() -> None:
    """«امسال» counts Solar years: in Bahman 1396 «عید فطر امسال» is the Eid of June 2017
    (Solar 1396), not the one of June 2018 (Solar 1397), though the Lunar year has turned."""
    bahman = date(2018, 2, 1)
    assert one("عید فطر امسال", bahman).value == lunar(1438, 10, 1)
    assert one("نیمه شعبان امسال", bahman).native == "1438-08-15"
    assert one("محرم سال گذشته", bahman).native == "1438-01"
    assert one("محرم امسال").native == "1439-01"


@pytest.mark.parametrize(
    "text", ["مسافران در ایام نوروز به شمال رفتند", "روز عید فطر روز شادی مؤمنان است"]
)
def test_a_holiday_without_its_year_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_years_of_an_era_a_budget_and_in_words() -> None:
    assert one("این عارف در سال ۱۰۸۰ هجری قمری درگذشت").native == "1080"
    assert one("بودجه تا پایان سال مالی ۹۶ خرج می‌شود").value == solar(1396, 12, 29)
    assert one("ساختمان تا پایان سال نود و شش تمام می‌شود").value == solar(1396, 12, 29)
    assert find_dates("دانش‌آموزان سال دو و سه", PUBLISHED) == []


def test_an_old_year_after_a_lunar_one_is_lunar() -> None:
    found = find_dates("این عالم در سال ۱۱۰۲ هجری قمری زاده شد و در سال ۱۱۶۰ درگذشت.", None)
    assert [m.native for m in found] == ["1102", "1160"]
    assert [m.calendar for m in found] == ["lunar_hijri", "lunar_hijri"]
    assert find_dates("این بنا در سال ۱۱۶۰ ساخته شد.", None) == []


def test_a_season_named_with_fasl_and_the_wednesday_feast() -> None:
    assert one("کار تا پایان فصل پاییز تمام می‌شود").text == "پایان فصل پاییز"
    assert find_dates("پلیس درباره چهارشنبه سوری هشدار داد", PUBLISHED) == []


def test_tomorrow_in_a_name_is_no_date() -> None:
    assert find_dates("نمایشگاه خانه فردا-شهر فردا گشایش یافت", PUBLISHED) == []
    assert one("وی فردا به مشهد می‌رود").relative


# Relative ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [("پریروز", -2), ("دیروز", -1), ("روز گذشته", -1), ("امروز", 0), ("فردا", 1), ("پس‌فردا", 2)],
)
def test_relative_days(text: str, offset: int) -> None:
    mention = one(f"{text} گفت", PUBLISHED)
    assert mention.text == text and mention.relative
    assert mention.value == (PUBLISHED + timedelta(offset)).isoformat()


def test_relative_without_published_is_found_but_unresolved() -> None:
    for text in ("دیروز", "هفته گذشته", "دو روز پیش", "سه شنبه گذشته", "امسال"):
        mention = one(text, None)
        assert mention.relative and mention.value is None and mention.solar_hijri is None


def test_relative_day_with_weekday() -> None:
    mention = one("دیروز (سه‌شنبه)")
    assert (mention.text, mention.value, mention.weekday_mismatch) == (
        "دیروز (سه‌شنبه)",
        "2017-09-19",
        False,
    )
    assert one("امروز سه‌شنبه").weekday_mismatch  # published on a Wednesday


def test_weeks_run_saturday_to_friday() -> None:
    last = one("هفته گذشته")
    assert (last.value, last.end_value) == ("2017-09-09", "2017-09-15")
    assert date.fromisoformat(last.value).weekday() == 5  # Saturday
    nxt = one("هفته‌ی آینده")
    assert (nxt.value, nxt.end_value) == ("2017-09-23", "2017-09-29")
    this = one("این هفته")
    assert (this.value, this.end_value) == ("2017-09-16", "2017-09-22")


def test_relative_months_and_years_are_solar() -> None:
    month = one("ماه گذشته")
    assert (month.value, month.end_value, month.solar_hijri) == (
        solar(1396, 5, 1),
        solar(1396, 5, 31),
        "1396-05",
    )
    assert one("سال گذشته").solar_hijri == "1395"
    assert one("سال آینده").solar_hijri == "1397"
    assert one("امسال").solar_hijri == "1396"
    assert one("پارسال").solar_hijri == "1395"
    gregorian = one("سال گذشته میلادی")
    assert (gregorian.calendar, gregorian.value) == ("gregorian", "2016")


def test_the_new_year_is_the_one_begun_or_about_to_begin() -> None:
    assert one("باشگاه در سال جدید تیم بانوان تشکیل می‌دهد").solar_hijri == "1396"
    esfand = date(2018, 3, 1)
    assert one("برنامه‌های سال جدید را اعلام کرد", esfand).solar_hijri == "1397"
    assert find_dates("کلاس‌ها در سال جدید تحصیلی حضوری است", PUBLISHED) == []
    assert find_dates("در ماه جدید قیمت‌ها ثابت ماند", PUBLISHED) == []
    assert find_dates("به مناسبت سال جدید قمری جشنی برپا شد", PUBLISHED) == []
    assert find_dates("جشن سال جدید چینی در پکن برپا شد", PUBLISHED) == []
    assert find_dates("لحظه تحویل سال جدید در حرم با حضور زائران همراه است", esfand) == []
    assert find_dates("بازارهای کریسمس و سال جدید در اروپا شلوغ است", date(2017, 12, 27)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("دو روز پیش", "2017-09-18"),
        ("دو شب پیش", "2017-09-18"),
        ("۳ هفته قبل", "2017-08-30"),
        ("بیست و یک روز پیش", "2017-08-30"),
        ("ده روز دیگر", "2017-09-30"),
    ],
)
def test_counted_points(text: str, value: str) -> None:
    mention = one(text)
    assert (mention.text, mention.value, mention.end_value) == (text, value, None)


def test_counted_months_and_years_ahead_are_points() -> None:
    assert one("دو ماه دیگر").solar_hijri == "1396-08"


@pytest.mark.parametrize(
    "text",
    [
        "سه ماه پیش برکنار شد",
        "تا سه شب آینده اجرا می‌شود",
        "۱۵ سال قبل ربوده شد",
        "از چند ماه گذشته ادامه دارد",
        "در چند روز گذشته شایعاتی منتشر شد",
        "چند سال پیش قانونی تصویب شد",
    ],
)
def test_months_and_years_counted_back_and_few_are_vague(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("روز سه‌شنبه", "2017-09-19"),
        ("سه شنبه", "2017-09-19"),
        ("سهشنبه", "2017-09-19"),
        ("چهارشنبه", "2017-09-20"),  # the publication day itself
        ("چهارشنبه گذشته", "2017-09-13"),
        ("سه شنبه گذشته", "2017-09-19"),
        ("یکشنبه", "2017-09-17"),
        ("یک‌شنبه آینده", "2017-09-24"),
        ("پنج‌شنبه", "2017-09-14"),
        ("پنج‌شنبه هفته گذشته", "2017-09-14"),
        ("پنج شنبه هفته آینده", "2017-09-28"),
        ("جمعه", "2017-09-15"),
        ("شنبه", "2017-09-16"),
        ("دوشنبه", "2017-09-18"),
    ],
)
def test_weekdays(text: str, value: str) -> None:
    mention = one(text)
    assert (mention.text, mention.value, mention.relative) == (
        text.removeprefix("روز "),
        value,
        True,
    )


# Weekday checks ---------------------------------------------------------------------------


def test_weekday_mismatch() -> None:
    right = one("سه‌شنبه ۲۸ شهریور ۱۳۹۶", None)
    assert (right.text, right.weekday_mismatch) == ("سه‌شنبه ۲۸ شهریور ۱۳۹۶", False)
    wrong = one("سه‌شنبه، ۲۹ شهریور ۱۳۹۶", None)
    assert (wrong.text, wrong.weekday_mismatch) == ("سه‌شنبه، ۲۹ شهریور ۱۳۹۶", True)
    assert one("جمعه 19 سپتامبر 2017", None).weekday_mismatch
    assert one("سه‌شنبه ۱۳۹۶/۰۶/۲۸", None).text == "سه‌شنبه ۱۳۹۶/۰۶/۲۸"


@pytest.mark.parametrize("text", ["امروز (سه‌شنبه ۲۹ شهریور)", "سه‌شنبه ۲۹ شهریور ماه"])
def test_today_with_a_wrong_weekday_keeps_the_nearest_year(text: str) -> None:
    # 29 Shahrivar 1396 is the Wednesday of publication; a Tuesday 29 Shahrivar is years off.
    mention = find_dates(text, PUBLISHED)[-1]
    assert (mention.value, mention.weekday_mismatch) == ("2017-09-20", True)


# Words that are not dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری مهر",
        "به گزارش مهر، وزیر گفت",
        "با مهر و محبت",
        "مهر تایید زد",
        "شلیک تیر هوایی",
        "ریزش بهمن در جاده",
        "بهمن قبادی کارگردان",
        "دود اسفند",
        "صفر درصد",
        "رجب طیب اردوغان",
        "رمضان قدیروف",
        "این کار انجام می شود",
        "مه غلیظ",
        "آذر گفت",
        "سی دی",
        "امام جمعه تهران",
        "نماز جمعه",
        "امروزه",
        "فردای آن روز",
        "در سال‌های گذشته",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_ambiguous_months_with_context() -> None:
    assert one("۱۵ مهر").native == "1396-07-15"
    assert one("مهرماه", None).native == "XXXX-07"
    assert one("ماه مه ۲۰۱۷", None).value == "2017-05"
    assert one("تیر ماه", None).native == "XXXX-04"
    assert one("اواخر آذر", None).text == "آذر"
    assert one("دی ۸۸", None).native == "1388-10"


# Parts of periods -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("تا پایان آذر ادامه دارد", "پایان آذر", solar(1396, 9, 30), None),
        ("از ابتدای مهر", "ابتدای مهر", solar(1396, 7, 1), None),
        ("تا انتهای خرداد ۱۳۹۷", "انتهای خرداد ۱۳۹۷", solar(1397, 3, 31), None),
        ("اوایل بهمن ماه", "اوایل بهمن ماه", solar(1396, 11, 1), solar(1396, 11, 10)),
        ("اواسط دی ۱۳۹۶", "اواسط دی ۱۳۹۶", solar(1396, 10, 11), solar(1396, 10, 20)),
        ("اواخر اسفند ۱۳۹۵", "اواخر اسفند ۱۳۹۵", solar(1395, 12, 21), solar(1395, 12, 30)),
        ("تا پایان سال ۱۳۹۷", "پایان سال ۱۳۹۷", solar(1397, 12, 29), None),
        ("تا پایان سال جاری", "پایان سال جاری", solar(1396, 12, 29), None),
        ("تا آخر سال تمام می‌شود", "آخر سال", solar(1396, 12, 29), None),
        ("از اول سال میلادی", "اول سال میلادی", "2017-01-01", None),
        ("از ابتدای ژانویه 2019", "ابتدای ژانویه 2019", "2019-01-01", None),
        ("تا پایان اوت", "پایان اوت", "2017-08-31", None),
        ("تا پایان تابستان ۱۳۹۵", "پایان تابستان ۱۳۹۵", solar(1395, 6, 31), None),
        ("تا پایان هفته آینده", "پایان هفته آینده", "2017-09-29", None),
        ("در نیمه دوم دی ۱۳۹۶", "نیمه دوم دی ۱۳۹۶", solar(1396, 10, 16), solar(1396, 10, 30)),
        ("نیمه نخست بهمن ماه", "نیمه نخست بهمن ماه", solar(1396, 11, 1), solar(1396, 11, 15)),
        ("تا نیمه اول مارس 2018", "نیمه اول مارس 2018", "2018-03-01", "2018-03-15"),
        ("در دهه اول محرم ۱۴۳۹", "دهه اول محرم ۱۴۳۹", lunar(1439, 1, 1), lunar(1439, 1, 10)),
        ("دهه دوم مهر ۱۳۹۶", "دهه دوم مهر ۱۳۹۶", solar(1396, 7, 11), solar(1396, 7, 20)),
        ("دهه سوم خرداد ۱۳۹۷", "دهه سوم خرداد ۱۳۹۷", solar(1397, 3, 21), solar(1397, 3, 31)),
        ("دهه آخر اسفند ۱۳۹۵", "دهه آخر اسفند ۱۳۹۵", solar(1395, 12, 21), solar(1395, 12, 30)),
    ],
)
def test_parts_of_periods(text: str, mention: str, value: str, end_value: str | None) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


def _solar_years(first: int, last: int) -> tuple[str, str]:
    """The first and last day of Solar years ``first`` to ``last``."""
    end = jdatetime.date(last + 1, 1, 1).togregorian() - timedelta(days=1)
    return solar(first, 1, 1), end.isoformat()


@pytest.mark.parametrize(
    ("text", "mention", "years"),
    [
        ("متولدان دهه ۶۰ میانسال‌اند", "دهه ۶۰", _solar_years(1360, 1369)),
        ("در دهه هفتاد", "دهه هفتاد", _solar_years(1370, 1379)),
        ("در دهه ۹۰ رشد کند بود", "دهه ۹۰", _solar_years(1390, 1399)),
        ("در دهه 1380 تصویب شد", "دهه 1380", _solar_years(1380, 1389)),
        ("در دهه‌های ۶۰ و ۷۰", "دهه‌های ۶۰ و ۷۰", _solar_years(1360, 1379)),
        ("در دهه ۱۹۸۰ به آمریکا رفت", "دهه ۱۹۸۰", ("1980", "1989")),
        ("در دهه‌های 50 تا 70 میلادی", "دهه‌های 50 تا 70 میلادی", ("1950", "1979")),
        ("در دهه ۲۰ میلادی", "دهه ۲۰ میلادی", ("1920", "1929")),
    ],
)
def test_decades(text: str, mention: str, years: tuple[str, str]) -> None:
    """A decade is the span of its ten years: Solar when written in two digits."""
    found = one(text)
    assert (found.text, (found.value, found.end_value)) == (mention, years)


def test_decade_after_a_gregorian_year() -> None:
    """A sentence that wrote «سال 70 میلادی» goes on in that era; the next one need not."""
    text = "در دهه‌های پیش از سال 70 میلادی، جهان به سمت تولید، در دهه 80 به سمت نوآوری رفت."
    decade = find_dates(text + " در دهه 80 رشد کردیم.", PUBLISHED)[1:]
    assert [(d.value, d.end_value) for d in decade] == [("1980", "1989"), _solar_years(1380, 1389)]


@pytest.mark.parametrize(
    "text", ["در دهه اول انقلاب", "دهه فجر", "در دهه ۱۴۱۰", "دهه ۵ درصد رشد", "دهه ۸۵"]
)
def test_no_decade(text: str) -> None:
    """Ordinals name another thing's decade; a decade is round and has begun."""
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "published", "mention", "year"),
    [
        ("در سال اصلاح الگوی مصرف", date(2010, 2, 8), "سال اصلاح الگوی مصرف", 1388),
        ("سال «جهاد اقتصادی» را", date(2011, 4, 4), "سال «جهاد اقتصادی»", 1390),
        (
            "به نام سال تولید، پشتیبانی‌ها، مانع زدایی‌ها",
            date(2021, 5, 23),
            "سال تولید، پشتیبانی‌ها، مانع زدایی‌ها",
            1400,
        ),
        ("در سال اقتصاد مقاومتی", date(2016, 5, 19), "سال اقتصاد مقاومتی", 1395),
        ("در سال اقتصاد مقاومتی", date(2017, 6, 1), "سال اقتصاد مقاومتی", 1396),
        ("سال جهش تولید", date(2020, 6, 1), "سال جهش تولید", 1399),
        ("سال جهش تولید", date(2024, 6, 1), "سال جهش تولید", 1403),
    ],
)
def test_a_year_by_its_slogan(text: str, published: date, mention: str, year: int) -> None:
    """The name a Solar year is given is that year, the latest of those it may be."""
    found = one(text, published)
    assert (found.text, (found.value, found.end_value)) == (mention, _solar_years(year, year))


@pytest.mark.parametrize(
    ("text", "published", "mention", "span"),
    [
        (
            "ثبت‌نام نیمسال اول سال تحصیلی 95-96 آغاز شد",
            date(2016, 8, 1),
            "نیمسال اول سال تحصیلی 95-96",
            ("2016-09-22", "2017-03-20"),
        ),
        (
            "امتحانات نیم سال دوم ۹۹-۹۸ حضوری است",
            date(2020, 6, 8),
            "نیم سال دوم ۹۹-۹۸",
            ("2020-03-20", "2020-09-21"),
        ),
    ],
)
def test_an_academic_half_year(
    text: str, published: date, mention: str, span: tuple[str, str]
) -> None:
    """The first half runs Mehr to Esfand, the second Farvardin to Shahrivar."""
    found = one(text, published)
    assert (found.text, (found.value, found.end_value)) == (mention, span)
    assert find_dates("نیم سال دوم تحصیلی", published) == []


def test_a_slogans_words_alone_are_no_year() -> None:
    assert find_dates("رونق تولید و جهاد اقتصادی لازم است", date(2019, 6, 1)) == []
    assert find_dates("سال رونق تولیدی", date(2019, 6, 1)) == []


@pytest.mark.parametrize("text", ["هفته آخر سال", "روزهای اول سال", "تا پایان سال تحصیلی"])
def test_boundary_words_of_other_nouns(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


# Seasons and quarters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "end_value", "calendar"),
    [
        ("تابستان ۱۳۹۵", solar(1395, 4, 1), solar(1395, 6, 31), "solar_hijri"),
        ("بهار سال ۹۷", solar(1397, 1, 1), solar(1397, 3, 31), "solar_hijri"),
        ("زمستان امسال", solar(1396, 10, 1), solar(1396, 12, 29), "solar_hijri"),
        ("پاییز سال گذشته", solar(1395, 7, 1), solar(1395, 9, 30), "solar_hijri"),
        ("سه ماهه نخست ۱۳۹۶", solar(1396, 1, 1), solar(1396, 3, 31), "solar_hijri"),
        ("سه ماهه پایانی سال جاری", solar(1396, 10, 1), solar(1396, 12, 29), "solar_hijri"),
        ("سه‌ماهه سوم 2016", "2016-07-01", "2016-09-30", "gregorian"),
        ("نیمه دوم سال ۲۰۱۸", "2018-07-01", "2018-12-31", "gregorian"),
        ("شش ماهه نخست امسال", solar(1396, 1, 1), solar(1396, 6, 31), "solar_hijri"),
        ("هفت ماه ابتدای سال", solar(1396, 1, 1), solar(1396, 7, 30), "solar_hijri"),
        ("6 ماه ابتدای سال جاری", solar(1396, 1, 1), solar(1396, 6, 31), "solar_hijri"),
        ("پنج ماه پایانی سال ۱۳۹۰", solar(1390, 8, 1), solar(1390, 12, 29), "solar_hijri"),
    ],
)
def test_seasons_and_quarters(text: str, value: str, end_value: str, calendar: str) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value, found.calendar) == (
        text,
        value,
        end_value,
        calendar,
    )


def test_part_of_a_bare_year_is_the_year_under_way() -> None:
    found = one("تلفات جاده‌ای در هفت ماه ابتدای سال ۲ درصد کاهش یافت.")
    assert (found.text, found.value, found.end_value) == (
        "هفت ماه ابتدای سال",
        solar(1396, 1, 1),
        solar(1396, 7, 30),
    )


@pytest.mark.parametrize(
    "text",
    [
        "در سه ماه اول سال تحصیلی دانش‌آموزان دو آزمون می‌دهند.",
        "سود بانک در شش ماه نخست سال مالی بالا رفت.",
        "هفت ماه از سال گذشت و طرح هنوز آغاز نشده است.",
        "در سه ماه نخست سال‌های اخیر بارش کم بوده است.",
        "در شش ماه نخست سالیان گذشته صادرات کم بود.",
    ],
)
def test_part_of_another_kind_of_year_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value", "end_value", "calendar"),
    [
        (
            "در سال ۱۳۸۵ فروش خودرو در هفت ماه ابتدای سال ده درصد افزایش یافت.",
            solar(1385, 1, 1),
            solar(1385, 7, 30),
            "solar_hijri",
        ),
        (
            "در سال 2010 سود شرکت در شش ماه اول سال دو برابر شد.",
            "2010-01-01",
            "2010-06-30",
            "gregorian",
        ),
    ],
)
def test_part_of_a_bare_year_is_of_the_year_its_sentence_named(
    text: str, value: str, end_value: str, calendar: str
) -> None:
    found = find_dates(text, PUBLISHED)[-1]
    assert (found.value, found.end_value, found.calendar) == (value, end_value, calendar)


def test_quarter_is_not_cut_by_boundary_words() -> None:
    found = one("تا پایان سه ماهه نخست 2019")
    assert (found.text, found.value, found.end_value) == (
        "سه ماهه نخست 2019",
        "2019-01-01",
        "2019-03-31",
    )


def test_season_words_without_a_year_are_not_dates() -> None:
    assert find_dates("قیمت سکه بهار آزادی", PUBLISHED) == []


# Bare Gregorian years ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("میزبان جام جهانی ۲۰۲۲", "۲۰۲۲", "2022", None),
        ("در المپیک توکیو ۲۰۲۰", "۲۰۲۰", "2020", None),
        ("بازی‌های یورو 2016", "2016", "2016", None),
        ("قهرمان جام ملت‌های آسیا ۲۰۲۳", "۲۰۲۳", "2023", None),
        ("قرارداد تا 2021 اعتبار دارد", "2021", "2021", None),
        ("در فصل 2016-2017 قهرمان شد", "فصل 2016-2017", "2016", "2017"),
        ("قرارداد فصل 2016 - 2017 تمدید نشد", "فصل 2016 - 2017", "2016", "2017"),
        ("۱۹۹۸ میلادی", "۱۹۹۸ میلادی", "1998", None),
    ],
)
def test_bare_gregorian_years_in_date_context(
    text: str, mention: str, value: str, end_value: str | None
) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value, found.calendar) == (
        mention,
        value,
        end_value,
        "gregorian",
    )


def test_years_listed_after_a_plural_are_years() -> None:
    found = find_dates("این تیم در سال‌های 2005، 2008و 2012 - 2013 قهرمان شد", PUBLISHED)
    assert [(d.value, d.end_value) for d in found] == [
        ("2005", None),
        ("2008", None),
        ("2012", "2013"),
    ]
    counted = find_dates("در سال‌های 2011، 2000 نفر از این مسیر گذشتند", PUBLISHED)
    assert [d.value for d in counted] == ["2011"]
    three = find_dates("در سال‌های ۱۳۷۵ و ۱۳۸۵ و ۱۳۹۵ سرشماری انجام شد", PUBLISHED)
    assert [d.text for d in three] == ["سال‌های ۱۳۷۵", "۱۳۸۵", "۱۳۹۵"]


def test_a_number_after_a_closed_list_of_years_is_no_year() -> None:
    found = find_dates("طی سال‌های ۱۳۹۴ و ۱۳۹۵، ۱۳۹۶ پرونده در این دادگاه تشکیل شد", PUBLISHED)
    assert [d.text for d in found] == ["سال‌های ۱۳۹۴ و ۱۳۹۵"]


def test_a_spaced_dash_before_no_later_year_is_no_range() -> None:
    found = one("از سال 2009 - 1200 نفر به این شهر آمدند")
    assert (found.text, found.value, found.end_value) == ("سال 2009", "2009", None)
    counted = one("در سال 2014 - 2015 نفر در این مسابقه شرکت کردند")
    assert (counted.text, counted.end_value) == ("سال 2014", None)


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("اجرای معاهده ۱۳۵۱ رود هیرمند", "۱۳۵۱", "1972-03-21", "1973-03-20"),
        ("لایحه بودجه ۱۴۰۲ به مجلس رسید", "۱۴۰۲", "2023-03-21", "2024-03-19"),
        ("نتیجه انتخابات 2020 آمریکا", "2020", "2020", None),
        ("اصلاح قانون مالیات‌ها مصوب ۱۳۸۱ تصویب شد", "۱۳۸۱", "2002-03-21", "2003-03-20"),
    ],
)
def test_a_year_in_the_name_of_a_law_treaty_or_event(
    text: str, mention: str, value: str, end_value: str | None
) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


def test_years_from_and_to() -> None:
    found = find_dates("از 2010 تا 2015 ادامه داشت", PUBLISHED)
    assert [(m.text, m.value) for m in found] == [("2010", "2010"), ("2015", "2015")]


@pytest.mark.parametrize(
    "text",
    [
        "تا 2020 نفر",
        "از ۲۰۰۰ دلار",
        "۲۰۱۸ تن گندم",
        "کد 2015 را وارد کنید",
        "تا 2000 سال پیش",
        "قانون ۱۳۵۱ نفر را",
    ],
)
def test_four_digit_numbers_that_are_not_years(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


# Lunar weekdays ---------------------------------------------------------------------------

_PERSIAN_WEEKDAY = {
    5: "شنبه",
    6: "یکشنبه",
    0: "دوشنبه",
    1: "سه‌شنبه",
    2: "چهارشنبه",
    3: "پنجشنبه",
    4: "جمعه",
}


@pytest.mark.parametrize("shift", [-1, 1])
def test_lunar_weekday_one_day_off_picks_the_iranian_day(shift: int) -> None:
    day = date.fromisoformat(lunar(1438, 12, 18)) + timedelta(days=shift)
    found = one(f"{_PERSIAN_WEEKDAY[day.weekday()]} ۱۸ ذی‌الحجه ۱۴۳۸", None)
    assert (found.value, found.weekday_mismatch, found.native) == (
        day.isoformat(),
        False,
        "1438-12-18",
    )
    yearless = one(f"{_PERSIAN_WEEKDAY[day.weekday()]} ۱۸ ذی‌الحجه", date(2017, 9, 20))
    assert (yearless.value, yearless.weekday_mismatch) == (day.isoformat(), False)


def test_lunar_weekday_further_off_is_a_mismatch() -> None:
    day = date.fromisoformat(lunar(1438, 12, 18))
    wrong = _PERSIAN_WEEKDAY[(day.weekday() + 3) % 7]
    found = one(f"{wrong} ۱۸ ذی‌الحجه ۱۴۳۸", None)
    assert (found.value, found.weekday_mismatch) == (day.isoformat(), True)


def test_solar_weekday_is_never_shifted() -> None:
    found = one("چهارشنبه ۲۸ شهریور ۱۳۹۶", None)  # a Tuesday
    assert (found.value, found.weekday_mismatch) == ("2017-09-19", True)


# Ranges across months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        (
            "از ۲۸ شهریور تا ۲ مهر ۱۳۹۶",
            "۲۸ شهریور تا ۲ مهر ۱۳۹۶",
            solar(1396, 6, 28),
            solar(1396, 7, 2),
        ),
        (
            "۲۸ اسفند تا ۵ فروردین ۱۳۹۷",
            "۲۸ اسفند تا ۵ فروردین ۱۳۹۷",
            solar(1396, 12, 28),
            solar(1397, 1, 5),
        ),
        (
            "۲۰ صفر تا ۳ ربیع‌الاول ۱۴۳۹",
            "۲۰ صفر تا ۳ ربیع‌الاول ۱۴۳۹",
            lunar(1439, 2, 20),
            lunar(1439, 3, 3),
        ),
        ("۲۹ دسامبر ۲۰۱۷ تا ۲ ژانویه", "۲۹ دسامبر ۲۰۱۷ تا ۲ ژانویه", "2017-12-29", "2018-01-02"),
        ("از ۲۰ شهریور تا ۵ مهر", "۲۰ شهریور تا ۵ مهر", solar(1396, 6, 20), solar(1396, 7, 5)),
        # The first end without its year is in the one the second writes, or the year
        # before where it would fall after the second.
        (
            "از ابتدای فروردین تا پایان آذر ۱۴۰۱",
            "ابتدای فروردین تا پایان آذر ۱۴۰۱",
            solar(1401, 1, 1),
            solar(1401, 9, 30),
        ),
        (
            "از بهمن تا اردیبهشت ماه ۱۴۰۲",
            "بهمن تا اردیبهشت ماه ۱۴۰۲",
            solar(1401, 11, 1),
            solar(1402, 2, 31),
        ),
    ],
)
def test_ranges_across_months(text: str, mention: str, value: str, end_value: str) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


def test_range_across_months_without_published() -> None:
    found = one("۵ مهر تا ۱۰ آبان", None)
    assert (found.value, found.native) == (None, "XXXX-07-05/XXXX-08-10")


def test_two_whole_dates_joined_by_ta_are_one_stretch() -> None:
    text = (
        "بارش‌ها از ابتدای آبان ماه سال 1396 تا 20 اردیبهشت سال جاری 300 میلیمتر بود و "
        "گزارش عملکرد شورا (مرداد 97 تا آذر ماه 97) منتشر شد. امتحانات از روز شنبه ۲ تیر "
        "تا روز سه‌شنبه ۱۹ تیر برگزار می‌شود."
    )
    found = find_dates(text, date(2018, 5, 20))
    assert [(m.text, m.value, m.end_value) for m in found] == [
        ("ابتدای آبان ماه سال 1396 تا 20 اردیبهشت سال جاری", solar(1396, 8, 1), solar(1397, 2, 20)),
        ("مرداد 97 تا آذر ماه 97", solar(1397, 5, 1), solar(1397, 9, 30)),
        ("شنبه ۲ تیر تا روز سه‌شنبه ۱۹ تیر", solar(1397, 4, 2), solar(1397, 4, 19)),
    ]
    # Each with a verb of its own, or counted from a day word, stays apart.
    text = "ثبت‌نام از ۱۵ تیر آغاز و تا پایان شهریور ادامه دارد؛ دفتر از امروز تا ۲۰ تیر باز است."
    assert [m.text for m in find_dates(text, date(2018, 7, 4))] == [
        "۱۵ تیر",
        "پایان شهریور",
        "امروز",
        "۲۰ تیر",
    ]


# Durations and baselines ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "در دو سال آینده",
        "طی سه روز گذشته",
        "در یک سال گذشته",
        "ظرف ۱۰ روز آینده",
        "در ماه‌های اخیر",
        "نسبت به ماه مشابه سال قبل",
        "در مدت مشابه سال گذشته",
        "نسبت به هفته قبل از آن",
        "در این ماه نسبت به ماه مشابه سال قبل",
    ],
)
def test_durations_and_baselines_are_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_a_plain_comparison_keeps_its_date() -> None:
    assert one("نسبت به سال گذشته دو برابر شد").solar_hijri == "1395"


def test_holiday_with_its_written_date_is_one_mention() -> None:
    assert one("به مناسبت عید فطر روز یکشنبه ۴ تیر ۱۳۹۶").text == "یکشنبه ۴ تیر ۱۳۹۶"


# Tense of bare weekdays -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تیم روز جمعه به تهران باز می‌گردد.", "2017-09-22"),
        ("نشست روز دوشنبه برگزار خواهد شد", "2017-09-25"),
        ("مراسم روز جمعه قرار است برگزار شود", "2017-09-22"),
        ("روز چهارشنبه برگزار می‌شود", "2017-09-20"),  # the publication day itself
        ("وزیر روز جمعه گفت که نشست برگزار می‌شود", "2017-09-15"),
        ("او روز دوشنبه سخنرانی می‌کرد", "2017-09-18"),
        ("تیم روز جمعه رسید. بازی برگزار می‌شود", "2017-09-15"),
        # «نشست» here is the session, not «sat»: the clause's verb is «خواهد کرد»
        ("وزیر روز جمعه در حاشیه نشست سران با همتای خود دیدار خواهد کرد.", "2017-09-22"),
        ("تیم روز جمعه به گفت‌وگو نشست و توافق کرد.", "2017-09-15"),
    ],
)
def test_bare_weekday_follows_the_tense(text: str, value: str) -> None:
    assert one(text).value == value


def test_died_is_a_past_verb_before_a_later_future() -> None:
    """«درگذشت» closes the weekday's clause in the past; the funeral is to come."""
    text = "این هنرمند روز شنبه درگذشت و پیکرش روز جمعه تشییع خواهد شد"
    assert [(m.text, m.value) for m in find_dates(text, PUBLISHED)] == [
        ("شنبه", "2017-09-16"),
        ("جمعه", "2017-09-22"),
    ]


# Whole articles ---------------------------------------------------------------------------


def test_article_offsets_and_order() -> None:
    text = normalize(
        "تهران- وزیر خارجه روز سه شنبه ۲۸ شهریور ۱۳۹۶ در نیویورک گفت مذاکرات هفته گذشته "
        "نتیجه داد. او ۱۹ سپتامبر در سازمان ملل سخنرانی کرد و دو روز پیش با همتای خود دیدار کرد. "
        "به گزارش خبرگزاری مهر، نشست بعدی در ۱۰ محرم ۱۴۳۹ برگزار می‌شود."
    )
    mentions = find_dates(text, datetime(2017, 9, 20, 10, 30))
    assert [m.text for m in mentions] == [
        "سه\u200cشنبه ۲۸ شهریور ۱۳۹۶",  # the weekday joined by normalize
        "هفته گذشته",
        "۱۹ سپتامبر",
        "دو روز پیش",
        "۱۰ محرم ۱۴۳۹",
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert [m.value for m in mentions] == [
        "2017-09-19",
        "2017-09-09",
        "2017-09-19",
        "2017-09-18",
        lunar(1439, 1, 10),
    ]


def test_to_dict() -> None:
    mention = one("۲۸ شهریور ۱۳۹۶", None)
    assert mention.to_dict() == {
        "text": "۲۸ شهریور ۱۳۹۶",
        "start": 0,
        "end": 14,
        "value": "2017-09-19",
        "end_value": None,
        "calendar": "solar_hijri",
        "solar_hijri": "1396-06-28",
        "weekday_mismatch": False,
        "native": "1396-06-28",
        "relative": False,
    }


def test_this_same_month_after_a_month_named_is_that_month() -> None:
    found = find_dates(
        "تورم در آذر ماه امسال به ۴۹ درصد رسید. تورم دوازده‌ماهه در همین ماه ۴۶ درصد بود.",
        date(2023, 1, 1),
    )
    assert [(m.text, m.value, m.end_value) for m in found] == [
        ("آذر ماه امسال", "2022-11-22", "2022-12-21"),
        ("همین ماه", "2022-11-22", "2022-12-21"),
    ]
    alone = find_dates("قیمت‌ها در همین ماه بالا رفت.", date(2023, 1, 1))
    assert [(m.text, m.value) for m in alone] == [("همین ماه", "2022-12-22")]


def test_a_weekday_after_qarar_ast_is_the_coming_one() -> None:
    wednesday = date(2021, 5, 26)
    planned = one("وزیر قرار است پنجشنبه به خوزستان سفر کند.", wednesday)
    done = one("وزیر پنجشنبه به خوزستان سفر کرد.", wednesday)
    assert (planned.value, done.value) == ("2021-05-27", "2021-05-20")


def test_a_season_next_or_last_is_the_nearest_such() -> None:
    autumn = date(2022, 10, 18)
    assert one("تابستان آینده", autumn).value == "2023-06-22"
    assert one("تابستان گذشته", autumn).value == "2022-06-22"
    assert one("تابستان آینده", date(2022, 4, 18)).value == "2022-06-22"
    assert one("تابستان پیش رو", autumn).value == "2023-06-22"


@pytest.mark.parametrize("published", [date(9999, 12, 31), date(9990, 6, 1), date(1, 1, 1)])
def test_a_publication_day_the_calendars_cannot_count_from_resolves_nothing(
    published: date,
) -> None:
    mentions = find_dates("سه‌شنبه سال آینده و ۱۰ سال دیگر و ۲۸ شهریور ۱۳۹۶", published)
    by_text = {m.text: m.value for m in mentions}
    assert by_text["سال آینده"] is None and by_text["۱۰ سال دیگر"] is None
    assert by_text["۲۸ شهریور ۱۳۹۶"] == solar(1396, 6, 28)


def test_a_season_of_the_time_under_way_is_this_years() -> None:
    spring = date(2021, 5, 10)
    summer = one("هدف باشگاه در تابستان کنونی خرید یک مهاجم است.", spring)
    assert (summer.text, summer.value, summer.end_value) == (
        "تابستان کنونی",
        solar(1400, 4, 1),
        solar(1400, 6, 31),
    )
    assert one("پاییز جاری", spring).value == one("پاییز امسال", spring).value
    assert find_dates("سه ماهه جاری", spring) == []


def test_a_season_cut_by_a_boundary_word_is_the_one_nearest_publication() -> None:
    autumn = date(2024, 10, 16)
    assert one("تا پایان زمستان محدودیت خواهند داشت", autumn).value == solar(1403, 12, 30)
    assert one("تا پایان پاییز کمبودی نیست", autumn).value == solar(1403, 9, 30)
    late_spring = one("اواخر بهار باران آمد", date(2023, 7, 10))
    assert (late_spring.value, late_spring.end_value) == (solar(1402, 3, 22), solar(1402, 3, 31))
    assert find_dates("در زمستان مصرف گاز بالا می‌رود.", autumn) == []


def test_a_run_of_whole_months_shares_the_year_written_after_the_last() -> None:
    assert [(m.text, m.value, m.end_value) for m in find_dates("در آوریل تا اوت 2023", None)] == [
        ("آوریل تا اوت 2023", "2023-04", "2023-08")
    ]
    winter = one("از بهمن تا اردیبهشت ۱۴۰۲")
    assert (winter.value, winter.end_value) == (solar(1401, 11, 1), solar(1402, 2, 31))


def test_a_year_naming_games_or_a_pilgrimage() -> None:
    assert one("در بازی‌های آسیایی ۲۰۲۲ دوم شد").value == "2022"
    hajj = one("درباره حج تمتع ۱۴۰۲ گفت")
    assert (hajj.value, hajj.end_value) == (solar(1402, 1, 1), solar(1402, 12, 29))


def test_a_verb_with_a_glued_preverb_sets_a_weekday_s_tense() -> None:
    tuesday = date(2022, 12, 6)
    assert one("او پنجشنبه به تهران بازمی‌گردد.", tuesday).value == "2022-12-08"
    assert one("او پنجشنبه به تهران بازگشت.", tuesday).value == "2022-12-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وزیر نفت روز شنبه درباره درآمد نفتی به مجلس گزارش خواهد داد.", "2019-05-11"),
        ("متهم این پرونده روز یکشنبه بازداشت خواهد شد.", "2019-05-12"),
        ("رئیس سازمان روز دوشنبه برداشت از حساب‌ها را متوقف خواهد کرد.", "2019-05-13"),
        ("کاروان ورزشی روز سه‌شنبه بازگشت به کشور را آغاز خواهد کرد.", "2019-05-14"),
        ("کاروان ورزشی روز سه‌شنبه به کشور بازگشت و استقبال شد.", "2019-05-07"),
    ],
)
def test_a_noun_of_a_preverb_and_a_stem_sets_no_tense(text: str, value: str) -> None:
    assert one(text, date(2019, 5, 8)).value == value


def test_last_night_is_yesterday() -> None:
    monday = date(2024, 4, 29)
    assert one("درباره حمله شب گذشته به پاسگاه میرجاوه", monday).value == "2024-04-28"
    assert find_dates("در سه شب گذشته باران آمد", monday) == []
    assert one("در شبانه‌روز گذشته ۳۴ نفر نجات یافتند", monday).value == "2024-04-28"
    assert find_dates("در سه شبانه‌روز گذشته باران آمد", monday) == []


def test_a_boundary_of_a_bare_gregorian_year() -> None:
    assert one("تا پایان ۲۰۲۵ به دو میلیارد دلار برسد", date(2024, 6, 10)).value == "2025-12-31"
    assert find_dates("تا پایان 2000 نفر ثبت‌نام کردند", date(2024, 6, 10)) == []


def test_a_count_from_another_event_or_a_stretch_ahead_is_no_date() -> None:
    monday = date(2024, 4, 29)
    assert find_dates("جدول خاموشی دو روز پیش از اجرا منتشر می‌شود", monday) == []
    assert find_dates("قرارداد برای سه سال دیگر تمدید شد", monday) == []
    assert find_dates("محموله‌ها تا دو هفته دیگر می‌رسد", monday) == []
    assert one("محموله دو روز دیگر می‌رسد", monday).value == "2024-05-01"
    assert one("دو روز پیش از سوی وزارت اعلام شد", monday).value == "2024-04-27"
    # where someone came from, not an event counted back from
    assert one("شاعر دو روز پیش از بیمارستان مرخص شد", monday).value == "2024-04-27"
    assert one("وزیر دو روز پیش از تهران عازم شد", monday).value == "2024-04-27"


def test_brackets_glossing_a_time_roughly_or_with_two_dates_are_one_mention() -> None:
    text = (
        "بازرسی تا پایان ماه آوریل (فروردین) عقب افتاد و گزارش در پایان ماه مه (اواخر "
        "اردیبهشت و اوایل خرداد ماه) آماده می‌شود."
    )
    found = find_dates(text, date(2004, 3, 13))
    assert [(m.text, m.value) for m in found] == [
        ("پایان ماه آوریل (فروردین)", "2004-04-30"),
        ("پایان ماه مه (اواخر اردیبهشت و اوایل خرداد ماه)", "2004-05-31"),
    ]
    far = find_dates("در ماه مه (آذر گذشته) چنین شد.", date(2004, 3, 13))
    assert len(far) == 2


def test_the_same_day_in_another_calendar_in_brackets_is_one_mention() -> None:
    found = find_dates("او ۲۴ رمضان (۹ خرداد) به تهران بازمی‌گردد.", date(2019, 5, 27))
    assert [(m.text, m.value) for m in found] == [("۲۴ رمضان (۹ خرداد)", solar(1398, 3, 9))]


def test_a_weekday_something_is_set_for_is_the_coming_one() -> None:
    monday = date(2024, 11, 4)
    summoned = one("نماینده شرکت برای روز چهارشنبه به دادسرا احضار شده است.", monday)
    assert summoned.value == "2024-11-06"
    assert one("وی روز چهارشنبه احضار شد.", monday).value == "2024-10-30"


def test_today_in_words_said_yesterday_is_yesterday() -> None:
    text = (
        "مدیر ستاد دیروز به خبرنگاران گفت: «وسعت دریاچه امروز به سه هزار کیلومتر رسیده "
        "است.» امروز هم باران بارید."
    )
    found = find_dates(text, date(2019, 8, 5))
    assert [(m.text, m.value) for m in found] == [
        ("دیروز", "2019-08-04"),
        ("امروز", "2019-08-04"),
        ("امروز", "2019-08-05"),
    ]


def test_a_year_of_the_sixteen_or_seventeen_hundreds_is_gregorian() -> None:
    assert one("دانشگاه دولتی مسکو که در سال ۱۷۵۵ تأسیس شده").value == "1755"


def test_a_month_alone_opening_a_sentence_before_a_word_is_a_name() -> None:
    published = date(2018, 7, 26)
    text = (
        "نشست با حضور تولیدکنندگان برگزار شد.\n\n"
        "مرداد رحیمی، تولیدکننده خوراک دام در این نشست گفت: بازار راکد است. "
        "رمضان کاظمی نیز گفت: نهاده‌ها گران شده است."
    )
    assert find_dates(text, published) == []
    # As a date it has its «ماه», its year, another month or a preposition after it.
    text = "مرداد امسال باران نبارید. خرداد و تیر گرم بود. شهریور در راه است. مرداد ماه گذشت."
    assert [m.text for m in find_dates(text, published)] == [
        "مرداد امسال",
        "خرداد",
        "شهریور",
        "مرداد ماه",
    ]


def test_a_bare_month_named_as_a_date_before_is_that_month_again() -> None:
    text = "تورم نقطه‌ای در آذر ماه امسال به ۴۹ درصد رسید. تورم ماهانه آذر نیز ۳ درصد بود."
    found = find_dates(text, date(2023, 1, 1))
    assert [(m.text, m.value) for m in found] == [
        ("آذر ماه امسال", solar(1401, 9, 1)),
        ("آذر", solar(1401, 9, 1)),
    ]
    assert find_dates("تورم ماهانه آذر ۳ درصد بود.", date(2023, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وی افزود: امروز دشمنان راهبرد دیگری دارند.", []),
        ("وی اظهار داشت: امروز صبح جلسه برگزار شد.", ["امروز صبح"]),
        ("خبرگزاری فارس: امروز سالروز صدور این پیام است.", ["امروز"]),
        ("وی امروز در جلسه گفت که کار ادامه دارد.", ["امروز"]),
        ("نسل امروز به الگو نیاز دارد.", []),
        ("این خواسته فریاد امروز و دیروز ما نیست.", []),
        ("شناخت وضعیت امروز و آینده انقلاب ضروری است.", []),
        ("مشکلات امروز جامعه حل می‌شود.", []),
        ("ایران دیروز، امروز و فردا را ببینید.", []),
        ("نمایشگاه دیروز و امروز برگزار شد.", ["دیروز", "امروز"]),
        ("در دنیای امروز رسانه‌ها قدرت دارند.", []),
        ("ادبیات امروز ما به روایت زندگی شهر نیاز دارد.", []),
        ("نسل جوان امروز کتاب کمتری می‌خواند.", []),
        ("محمد جوان امروز در جلسه گفت که کار ادامه دارد.", ["امروز"]),
        ("جلسه امروز مجلس آغاز شد.", ["امروز"]),
        ("وی افزود: امروز ساخت مدرسه تازه روستا آغاز شده است.", ["امروز"]),
        ("وی افزود: امروز با همت مردم، نهضتی در کشور آغاز شده است.", []),
        ("وی با اشاره به اینکه امروز ایران کشوری امن در منطقه است، افزود: کار ادامه دارد.", []),
        ("او گفت: دولت موفق نبود و امروز بانک‌ها در خدمت تولید نیستند.", []),
        ("رضا کلانتری امروز هشدار داد که ذخایر آب در حال نابودی است.", ["امروز"]),
        ("وی گفت: ثمرات انقلاب امروز قابل مشاهده است.", []),
        ("وی افزود: کار آغاز شد و امروز شاهد درخشش ورزشکاران روستایی هستیم.", []),
        ("وی گفت: وسعت دریاچه امروز به سه هزار کیلومتر رسیده است.", ["امروز"]),
        ("امروز آخرین روز مهلت ثبت‌نام در این دوره است.", ["امروز"]),
        ("این نمایشگاه از امروز به مدت یک هفته دایر است.", ["امروز"]),
        ("ساری امروز میزبان این مسابقات بود.", ["امروز"]),
        # Anywhere in reported words, «امروز» with a present verb tells of now; the day's
        # own act or event there, and a present verb outside them, stay the day.
        ("وی افزود: صنعت فرش امروز یکی از صنایع پیشتاز کشور به شمار می‌رود.", []),
        ("مدیرکل یادآور شد که امروز ما نیازی به واردات گندم نداریم.", []),
        ("او گفت: جوانان امروز باید به تولید داخلی توجه کنند.", []),
        ("وی با بیان اینکه امروز بازار در آرامش قرار دارد، افزود: قیمت‌ها ثابت است.", []),
        ("وی گفت: «ما امروز گام بزرگی برای تجارت برداشتیم.»", ["امروز"]),
        ("نماینده افزود: «امروز می‌پرسیم این وعده چه شد؟»", ["امروز"]),
        ("وی گفت: این نمایشگاه امروز در تهران برگزار می‌شود.", ["امروز"]),
        ("او افزود: این جلسه از امروز هر هفته تشکیل می‌شود.", ["امروز"]),
        ("تیم ملی امروز به مصاف اردن می‌رود.", ["امروز"]),
        # A perfect there tells what has come to be by now, past a comma too; not what is
        # still undone on the day, nor a day with its part of the day.
        ("سفیر گفت: این کشور امروز به یک قدرت اقتصادی تبدیل شده است.", []),
        ("وی معتقد است: امروز این استان یکی از قطب‌های صنعتی کشور است.", []),
        ("او گفت: اگر امروز سخن از همدلی، همکاری و امید است، وامدار مردم است.", []),
        ("نماینده گفت: «امروز پس از چهار ماه هنوز آیین‌نامه نهایی نشده است.»", ["امروز"]),
        ("پزشک گفت: بازیکن صبح امروز آزمایش‌ها را پشت سر گذاشته است.", ["صبح امروز"]),
        # The day's own act in reported words: a sending, a meeting, a clock time, a trip.
        (
            "وزیر نیرو با بیان اینکه امروز نامه‌ای به رئیس جمهور ارسال می‌کند، گفت: کار ادامه دارد.",
            ["امروز"],
        ),
        ("وی گفت که امروز ساعت ۱۰ با سفیر چین دیدار دارد.", ["امروز"]),
        ("وی گفت که امروز با سفیر چین دیدار دارد.", ["امروز"]),
        ("وی گفت: تحقیقات تمام شد و امروز هم پرونده به دادگاه ارسال شده است.", ["امروز"]),
        ("سخنگو گفت: وزیر امروز برای بازدید به بوشهر سفر می‌کند.", ["امروز"]),
        ("وی گفت: امروز لایحه بودجه در مجلس تصویب می‌شود.", ["امروز"]),
        ("وی گفت: امروز نیمی از محصولات ما به خارج صادر می‌شود.", []),
        # An act of many in the present is a habit of the times.
        ("وزیر علوم گفت: امروز جوانان زیادی برای تحصیل به خارج اعزام می‌شوند.", []),
        ("رئیس مجلس گفت: امروز بسیاری از قوانین بدون کار کارشناسی تصویب می‌شود.", []),
        ("وی افزود: امروز گردشگران خارجی زیادی به ایران سفر می‌کنند.", []),
        ("وی گفت: امروز بیشتر از ۱۰۰ زائر به مشهد اعزام می‌شوند.", ["امروز"]),
        ("وی گفت: امروز همه اعضای تیم ملی به اردو اعزام می‌شوند.", ["امروز"]),
        # Many in a place or a manner is not the subject: the day's event stays.
        ("وی گفت: امروز راهپیمایی روز قدس در بیشتر شهرهای کشور برگزار می‌شود.", ["امروز"]),
        ("وی گفت: امروز بارش باران در اغلب نقاط استان آغاز می‌شود.", ["امروز"]),
        ("وی گفت: امروز مراسم تشییع با حضور جمعیت زیادی از مردم برگزار می‌شود.", ["امروز"]),
        # Up to this day from long ago is now; a stretch of days up to it is not.
        ("او گفت: این پیمان در سال ۱۹۹۰ بسته شد و تا امروز پابرجا مانده است.", ["سال ۱۹۹۰"]),
        ("وی گفت: از ابتدای جنگ تا امروز در کنار رزمندگان بوده‌ایم.", []),
        ("مسئول ستاد گفت: ثبت‌نام تا امروز ادامه دارد.", ["امروز"]),
        ("از ابتدای هفته تا امروز ۴۰۰ نفر ثبت‌نام کرده‌اند.", ["امروز"]),
        # A year a name holds, and the start of a plan or a call, are not long ago.
        ("ثبت‌نام داوطلبان کنکور سال ۱۳۹۷ تا امروز ادامه دارد.", ["سال ۱۳۹۷", "امروز"]),
        ("از زمان آغاز ثبت‌نام تا امروز ۵۰۰ نفر ثبت‌نام کرده‌اند.", ["امروز"]),
        ("از ابتدای طرح تا امروز ۲۰ هزار نفر واکسینه شده‌اند.", ["امروز"]),
        ("از زمان پیروزی انقلاب تا امروز این مسجد فعال بوده است.", []),
    ],
)
def test_today_meaning_nowadays_is_no_date(text: str, found: list[str]) -> None:
    assert [m.text for m in find_dates(text, PUBLISHED)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # What has become something by now is the times, in the story's words too.
        ("با آنکه امروز این کارخانه به بزرگ‌ترین واحد استان تبدیل شده، مشکلات ادامه دارد.", []),
        ("این گروه با تغییر مواضع خود امروز به ابزاری در دست بیگانگان بدل شده است.", []),
        ("مگر نمی‌بینید که امروز این شهرها به مراکز تجارت منطقه مبدل شده‌اند؟", []),
        ("این کارخانه امروز به بزرگ‌ترین واحد استان تبدیل شده‌است.", []),
        # what has become is told in a clause of its own: the announcement is the day's
        ("وزیر صنعت امروز اعلام کرد که این کارخانه به موزه تبدیل شده است.", ["امروز"]),
        # Becoming on the day, or to be, is the day's.
        ("ساختمان قدیمی شهرداری امروز به موزه تبدیل شد.", ["امروز"]),
        ("این سالن امروز به محل برگزاری نمایشگاه تبدیل خواهد شد.", ["امروز"]),
    ],
)
def test_today_with_what_has_become_by_now_is_no_date(text: str, found: list[str]) -> None:
    assert [m.text for m in find_dates(text, PUBLISHED)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("اخبار امروز بیست و نهم شهریورماه", [("امروز بیست و نهم شهریورماه", "2017-09-20")]),
        ("نشست علنی امروز (۲۹ شهریور) آغاز شد", [("امروز (۲۹ شهریور)", "2017-09-20")]),
        ("امروز ۳۰ شهریور", [("امروز", "2017-09-20"), ("۳۰ شهریور", "2017-09-21")]),
    ],
)
def test_a_day_word_and_the_date_it_names_are_one(text: str, found: list) -> None:
    assert [(m.text, m.value) for m in find_dates(text, PUBLISHED)] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("او در سال 1394.", "2015-03-21"),
        ("فصلنامه بصیرت، شماره 32، بهار 1394.", "2015-03-21"),
        ("در ژانویه 2015.", "2015-01"),
        ("در 12 مهر 1394.", "2015-10-04"),
    ],
)
def test_a_year_may_end_its_sentence(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, PUBLISHED)] == [value]


def test_a_few_glued_to_its_preposition_still_counts() -> None:
    assert find_dates("وی گفت درچند سال گذشته مدیریت اصولی انجام شد.", PUBLISHED) == []


def test_a_birth_year_is_a_year() -> None:
    assert [(m.text, m.value) for m in find_dates("او متولد 1347 تبریز است.", PUBLISHED)] == [
        ("1347", "1968-03-21")
    ]


def test_that_year_right_after_a_day_is_one_mention_with_it() -> None:
    found = find_dates(
        "نامزدها 22 ژانویه سال 2018 و برندگان 22 فوریه همین سال معرفی می‌شوند.", PUBLISHED
    )
    assert [(m.text, m.value) for m in found] == [
        ("22 ژانویه سال 2018", "2018-01-22"),
        ("22 فوریه همین سال", "2018-02-22"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("مراسم بیستم شهریور بعد از نماز مغرب در حرم برگزار می‌شود.", "2018-09-11"),
        ("مراسم بیستم شهریور در حرم برگزار شد.", "2017-09-11"),
        ("وی تورم بیستم شهریور را بالا دانست و گفت که تصمیم‌ها ادامه خواهد داشت.", "2017-09-11"),
    ],
)
def test_a_day_passed_this_year_told_in_the_future_is_next_years(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, PUBLISHED)] == [value]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("نمایشگاه دهم اسفند در مصلی برگزار شد.", 1395),
        ("وزیر از برپایی نمایشگاه در دهم اسفند خبر داد.", 1396),
        ("در دهم اسفند با کمبود آب روبه‌رو خواهیم شد.", 1396),
    ],
)
def test_an_event_to_come_this_year_told_as_past_is_last_years(text: str, year: int) -> None:
    assert [m.value for m in find_dates(text, PUBLISHED)] == [solar(year, 12, 10)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در بیست و ششمین روز از خرداد ماه سال جاری", solar(1396, 3, 26)),
        ("سومین روز اردیبهشت", solar(1396, 2, 3)),
        ("در دهمین روز از ماه مهر", solar(1396, 7, 10)),
    ],
)
def test_a_day_counted_as_the_months_nth_day(text: str, value: str) -> None:
    mention = one(text)
    assert (mention.text, mention.value) == (text.removeprefix("در "), value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("فروش این شرکت در سال 2016 میلادی کم شد اما در سه ماه دوم امسال بالا رفت.", "2017-04-01"),
        ("فروش در آوریل کم شد و در سه ماهه نخست سال جاری بالا رفت.", "2017-01-01"),
        ("صادرات در سه ماهه نخست امسال بالا رفت.", solar(1396, 1, 1)),
        ("این طرح در سال 1394 آغاز شد و در نیمه دوم سال جاری پایان می‌یابد.", solar(1396, 7, 1)),
    ],
)
def test_a_quarter_of_this_year_is_in_the_calendar_last_named(text: str, value: str) -> None:
    assert find_dates(text, PUBLISHED)[-1].value == value


@pytest.mark.parametrize(
    ("text", "found", "value", "end_value"),
    [
        ("در سال1390 این شرکت تأسیس شد.", "سال1390", solar(1390, 1, 1), solar(1390, 12, 29)),
        ("او در سال‌های1990 تا 1998 مربی بود.", "سال‌های1990 تا 1998", "1990", "1998"),
        (
            "او در سالهای 1360 تا 1367 در جبهه بود.",
            "سال‌های 1360 تا 1367",
            solar(1360, 1, 1),
            solar(1367, 12, 29),
        ),
    ],
)
def test_a_year_glued_to_its_word_and_years_in_the_plural(
    text: str, found: str, value: str, end_value: str
) -> None:
    mention = one(normalize(text))
    assert (mention.text, mention.value, mention.end_value) == (found, value, end_value)


def test_the_part_of_the_day_is_in_the_text() -> None:
    assert one("وزیر صبح امروز وارد مشهد شد").text == "صبح امروز"
    assert one("وی بعد از ظهر دیروز گفت").text == "بعد از ظهر دیروز"
    assert one("جلسه صبح روز شنبه برگزار شد").text == "صبح روز شنبه"
    assert one("بازی شامگاه پنج‌شنبه برگزار شد").value == "2017-09-14"
    assert one("صبح هفته گذشته باران آمد").text == "هفته گذشته"


def test_the_part_of_the_day_after_a_day_named_from_today() -> None:
    """«فردا صبح», «دیروز عصر», as the gold writes them; a word that only begins like one
    is none («امروز صبحگاهی» is no morning)."""
    assert one("دیدار فردا صبح برگزار می‌شود").text == "فردا صبح"
    assert one("جلسه دیروز عصر برگزار شد").text == "دیروز عصر"
    assert one("امروز صبحگاهی برگزار شد").text == "امروز"


def test_a_season_as_a_deadline_is_the_one_ahead() -> None:
    spring = date(2025, 6, 16)
    found = one("دولت محلی این جاده را تا پاییز بازسازی می‌کند", spring)
    assert (found.text, found.value, found.end_value) == (
        "پاییز",
        solar(1404, 7, 1),
        solar(1404, 9, 30),
    )


def test_the_first_days_of_a_season_are_that_season() -> None:
    found = one("ترافیک در آغازین هفته‌های فصل پاییز بیشتر است", date(2015, 9, 13))
    assert (found.text, found.value) == ("فصل پاییز", solar(1394, 7, 1))
    assert find_dates("در روزهای سرد زمستان مصرف گاز بالا می‌رود", date(2015, 9, 13)) == []


def test_the_days_of_a_season_and_one_planned_for_are_the_nearest() -> None:
    late_spring = date(2019, 5, 30)
    summer = (solar(1398, 4, 1), solar(1398, 6, 31))
    text = (
        "مدیرکل با اشاره به نزدیک شدن به ایام تابستان گفت: مدارس باید برای تابستان "
        "کلاس‌های قرآنی برنامه‌ریزی کنند تا بعد از تابستان نگران نباشیم."
    )
    assert [(m.text, m.value, m.end_value) for m in find_dates(text, late_spring)] == [
        ("ایام تابستان", *summer),
        ("تابستان", *summer),
        ("تابستان", *summer),
    ]
    # Nor a yearly habit, a season of any year, nor «بهار» after them, often a name.
    assert find_dates("این اردوها هر سال در ایام تابستان برپا می‌شود.", late_spring) == []
    assert find_dates("در تابستان و پاییز باران کمتری می‌بارد.", late_spring) == []
    assert find_dates("پس از بهار عربی اوضاع منطقه تغییر کرد.", late_spring) == []


def test_a_month_in_its_common_misspelling() -> None:
    found = one("نمایشگاه از 11 تا 21 اردبیهشت ماه سال 1392 برپاست", date(2013, 1, 29))
    assert (found.value, found.end_value) == (solar(1392, 2, 11), solar(1392, 2, 21))


def test_todays_state_of_a_market_is_the_day() -> None:
    assert one("وضعیت امروز بازار ارز آرام بود.", date(2024, 4, 29)).value == "2024-04-29"
