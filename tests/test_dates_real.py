"""Date forms that real news writes often and the first finders misread: ranges joined
by «الی» or «لغایت», a month of «جاری», and words around a date that change what it is.

Sentences are written for these tests; expected days come from the calendar libraries
directly.
"""

from datetime import date, timedelta

import jdatetime
import pytest
from convertdate import islamic
from test_dates import PUBLISHED, lunar, one, solar

from khabar.news.dates import find_dates


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("جشنواره از ۷ الی ۱۴ آذر ماه برپاست", "۷ الی ۱۴ آذر ماه", (1396, 9, 7), (1396, 9, 14)),
        ("کلاس‌ها از ۴ لغایت ۶ تیرماه ۹۷ است", "۴ لغایت ۶ تیرماه ۹۷", (1397, 4, 4), (1397, 4, 6)),
        (
            "نمایشگاه از ۲۴ فروردین لغایت ۳ اردیبهشت ۱۳۹۷ باز است",
            "۲۴ فروردین لغایت ۳ اردیبهشت ۱۳۹۷",
            (1397, 1, 24),
            (1397, 2, 3),
        ),
    ],
)
def test_ranges_joined_by_ela_and_laghayat(
    text: str, mention: str, value: tuple[int, int, int], end_value: tuple[int, int, int]
) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value) == (mention, solar(*value), solar(*end_value))


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # Told in Shahrivar 1396: a day still to come and one passed this year.
        ("همایش روز ۵ مهرماه جاری برگزار می‌شود", "۵ مهرماه جاری", solar(1396, 7, 5)),
        ("مسابقه ۱۲ فروردین‌ماه جاری برگزار شد", "۱۲ فروردین‌ماه جاری", solar(1396, 1, 12)),
        ("در ماه اکتبر جاری بیش از صد نفر کشته شدند", "ماه اکتبر جاری", "2017-10"),
    ],
)
def test_month_of_this_year_told_with_jari(text: str, mention: str, value: str) -> None:
    found = one(text)
    assert (found.text, found.value) == (mention, value)


def test_jari_as_a_verb_stays_out() -> None:
    """«… از ۱۵ تیر جاری شد»: the law came into force, «جاری» is no year."""
    assert one("این قانون از ۱۵ تیر جاری شد").text == "۱۵ تیر"


def test_jari_before_a_past_copula_is_the_verb() -> None:
    """«… تا ۲۰ آبان جاری بود»: the contract was in force, told in the past; no future year."""
    found = find_dates("این قرارداد تا ۲۰ آبان جاری بود.", date(2019, 5, 8))
    assert [(f.text, f.value) for f in found] == [("۲۰ آبان", solar(1397, 8, 20))]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("مهلت ثبت‌نام وام تا پایان اسفند جاری است.", "پایان اسفند جاری", solar(1396, 12, 29)),
        ("تخفیف جرایم تا ۱۵ بهمن جاری است.", "۱۵ بهمن جاری", solar(1396, 11, 15)),
    ],
)
def test_jari_before_a_copula_is_this_year(text: str, mention: str, value: str) -> None:
    """«تا … اسفند جاری است»: a deadline in this year's month; the copula is no «جاری شد»."""
    found = one(text)
    assert (found.text, found.value) == (mention, value)


def test_month_of_jari_is_not_the_current_month() -> None:
    """«بهمن ماه جاری» is this year's Bahman, not «ماه جاری» (the current month)."""
    found = one("جشنواره از ۲۸ بهمن ماه جاری تا ۶ اسفندماه ادامه دارد")
    assert (found.value, found.end_value) == (solar(1396, 11, 28), solar(1396, 12, 6))


@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_this_year_after_a_named_year_is_that_year(published: date | None) -> None:
    """«در این سال» soon after «سال ۸۳» is 1383 again, not the year of publication."""
    found = find_dates("سود بانک در سال ۸۳ کم شد و در این سال زیان داد", published)
    assert [f.text for f in found] == ["سال ۸۳", "این سال"]
    assert found[1].value == solar(1383, 1, 1)
    assert found[1].end_value == found[0].end_value


def test_this_year_alone_is_the_current_year() -> None:
    assert one("در این سال صادرات بیشتر شد").value == solar(1396, 1, 1)


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        # Wednesday 2017-09-20: next week runs from Saturday 2017-09-23.
        ("دوشنبه هفته پیش رو نشست دوم برگزار می‌شود", "دوشنبه هفته پیش رو", "2017-09-25", None),
        ("دوشنبه هفته پیش نشست اول برگزار شد", "دوشنبه هفته پیش", "2017-09-11", None),
        ("در سال پیش‌رو تورم کاهش می‌یابد", "سال پیش‌رو", solar(1397, 1, 1), solar(1397, 12, 29)),
    ],
)
def test_pish_ro_is_the_coming_one(
    text: str, mention: str, value: str, end_value: str | None
) -> None:
    found = one(text)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


@pytest.mark.parametrize(
    ("text", "mention", "months"),
    [
        ("پروژه تا نیمه اول سال آینده تمام می‌شود", "نیمه اول سال آینده", (1397, 1, 6)),
        ("در شش ماه دوم سال گذشته صادرات کم شد", "شش ماه دوم سال گذشته", (1395, 7, 12)),
        ("در ۶ ماهه امسال ۲۰ طرح افتتاح شد", "۶ ماهه امسال", (1396, 1, 6)),
        ("در ۹ ماهه سال جاری صد نفر بیمه شدند", "۹ ماهه سال جاری", (1396, 1, 9)),
        ("در ۳ ماه اول سال ۱۳۹۵ باران کم بارید", "۳ ماه اول سال ۱۳۹۵", (1395, 1, 3)),
        ("دام‌ها در نیمه نخست سال در مراتع چرا می‌کنند", "نیمه نخست سال", (1396, 1, 6)),
    ],
)
def test_parts_of_a_year(text: str, mention: str, months: tuple[int, int, int]) -> None:
    """Quarters, halves and first months of a written or relative year; a year's half
    is six months, not fifteen days."""
    year, first, last = months
    found = one(text)
    end = jdatetime.date(year, last, 1) + jdatetime.timedelta(days=31)
    end -= jdatetime.timedelta(days=end.day)
    assert (found.text, found.value) == (mention, solar(year, first, 1))
    assert found.end_value == end.togregorian().isoformat()


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("تظاهرات ۱۳ ماه مه در پایتخت آغاز شد", "۱۳ ماه مه", "2017-05-13"),
        ("رای‌گیری به نهم ماه سپتامبر موکول شد", "نهم ماه سپتامبر", "2017-09-09"),
    ],
)
def test_day_with_mah_before_the_month(text: str, mention: str, value: str) -> None:
    found = one(text)
    assert (found.text, found.value) == (mention, value)


def test_a_count_of_months_listed_after_it_is_no_day() -> None:
    text = (
        "بارندگی در ۳ ماه مهر، آبان و آذر امسال کاهش یافت و این طرح طی ۲ ماه تیر و مرداد اجرا شد."
    )
    found = find_dates(text, date(2019, 12, 20))
    assert [(m.text, m.value) for m in found] == [
        ("ماه مهر", solar(1398, 7, 1)),
        ("آبان و آذر امسال", solar(1398, 8, 1)),
        ("ماه تیر", solar(1398, 4, 1)),
        ("مرداد", solar(1398, 5, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "month"),
    [
        ("سفیر هفته اول مهرماه عازم می‌شود", "مهرماه", 7),
        ("در روزهای اول خرداد گرما کم بود", "خرداد", 3),
    ],
)
def test_ordinal_after_week_or_days_is_no_day_of_the_month(
    text: str, mention: str, month: int
) -> None:
    """«هفته اول مهرماه» is a week of Mehr, not its first day: the month stays whole."""
    found = one(text)
    last = solar(1396, month + 1, 1)
    assert (found.text, found.value) == (mention, solar(1396, month, 1))
    assert found.end_value == (date.fromisoformat(last) - timedelta(days=1)).isoformat()


def test_days_in_digits_after_rooz_haye_stay_days() -> None:
    found = one("جشنواره در روزهای ۱۲ و ۱۳ دی ماه برگزار می‌شود")
    assert (found.value, found.end_value) == (solar(1396, 10, 12), solar(1396, 10, 13))


@pytest.mark.parametrize(
    ("text", "value"),
    [("در دهه‌های پیش از سال ۷۰ میلادی", "1970"), ("بحران مالی سال ۰۸ میلادی", "2008")],
)
def test_two_digit_gregorian_year(text: str, value: str) -> None:
    assert one(text).value == value


def test_year_before_a_clock_time_stays_the_year() -> None:
    found = one("گفتگو روز یکشنبه ۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷:۳۰ برگزار می‌شود")
    assert (found.text, found.value) == ("یکشنبه ۲۸ اردیبهشت ۱۳۹۹", solar(1399, 2, 28))


@pytest.mark.parametrize(
    "text",
    [
        # Dushanbe, Tajikistan's capital, in a dateline or after «شهر»; «امامت جمعه».
        "به گزارش خبرنگار خبرگزاری فارس در دوشنبه، نمایشگاه کتاب گشایش یافت",
        "اجلاس سران در شهر دوشنبه برگزار می‌شود",
        "ایشان سال‌ها در سنگر امامت جمعه خدمت کردند",
        # The feast of the year's last Wednesday, like «چهارشنبه سوری», names no day.
        "مراقب حوادث چهارشنبه آخر سال باشید",
        "با نزدیک شدن چهارشنبه پایان سال، هشدار دادند",
        "پلیس برای چهارشنبه سوری آخر سال آماده است",
        # A guess between two counts, and a long count ahead.
        "بازیکن تا ۲ یا ۳ هفته دیگر باشگاه خواهد داشت",
        "حراج سه چهار هفته دیگر انجام می‌شود",
        "بحرانی که تا صد سال دیگر ادامه دارد",
        # The last Friday (of Ramadan) is a feast; «علی بن جمعه» a man.
        "راهپیمایی آخرین جمعه با حضور روزه‌داران برگزار شد",
        "این حدیث را علی بن جمعه نقل کرده است",
        # A square, a street, an oil field.
        "راهپیمایان از میدان هفتم تیر گذشتند",
        "توسعه میدان‌های نفتی آبان و پایدار غرب آغاز شد",
        # The year of a feast or week named without its days, as the feast itself.
        "در دهه فجر امسال صد پروژه افتتاح می‌شود",
        "زائران تا پیش از اربعین سال آینده بیمه می‌شوند",
        "همایش در هفته دفاع مقدس سال جاری برگزار شد",
        # Months counted back up to now are no part of a year.
        "رشد سه ماهه گذشته چشمگیر بود",
        "طی ۱۸ ماه گذشته",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("خطیب گفت: حماسه‌های بزرگ ۲۳ تیر و ۹ دی فراموش نمی‌شود", [(1378, 4, 23), (1388, 10, 9)]),
        ("این سیاست‌ها از کودتای ۲۸ مرداد آغاز شد", [(1332, 5, 28)]),
        ("احزاب جریان دوم خرداد ائتلاف کردند", [(1376, 3, 2)]),
        # This year's remembrance of the day is the nearest one, and so is 22 Bahman's
        # «حماسه», told of this year's rally as often as of 1357.
        ("راهپیمایی ۲۲ بهمن با شکوه برگزار می‌شود", [(1396, 11, 22)]),
        ("مردم حماسه ۲۲ بهمن را تکرار خواهند کرد", [(1396, 11, 22)]),
    ],
)
def test_days_of_history_named_as_the_event(text: str, values: list[tuple[int, int, int]]) -> None:
    assert [f.value for f in find_dates(text, PUBLISHED)] == [solar(*v) for v in values]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "علت حادثه ۱۴ خرداد در پالایشگاه آبادان اعلام شد و مصدومان واقعه ۳ خرداد در "
            "بیمارستان بستری هستند.",
            [(1398, 3, 14), (1398, 3, 3)],
        ),
        ("فاجعه ۱۹ دی در معدن زغال سنگ جان ده کارگر را گرفت.", [(1397, 10, 19)]),
        ("دو کارگر در جریان ۳ خرداد در کارخانه مصدوم شدند.", [(1398, 3, 3)]),
    ],
)
def test_an_incident_on_a_day_of_history_is_this_year_s(
    text: str, values: list[tuple[int, int, int]]
) -> None:
    assert [f.value for f in find_dates(text, date(2019, 6, 10))] == [solar(*v) for v in values]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "یاد شهیدان واقعه ۱۷ شهریور گرامی داشته شد و خانواده‌های قربانیان فاجعه ۷ تیر نیز "
            "حضور داشتند.",
            [(1357, 6, 17), (1360, 4, 7)],
        ),
        # The last ۱۹ دی: a memorial told as past is for an incident already passed.
        ("یاد قربانیان فاجعه ۱۹ دی در معدن زغال سنگ گرامی داشته شد.", [(1397, 10, 19)]),
        ("مراسم سالگرد حادثه ۷ تیر با حضور خانواده‌ها برگزار شد.", [(1398, 4, 7)]),
    ],
)
def test_an_incident_named_by_its_dead_is_the_day_of_history(
    text: str, values: list[tuple[int, int, int]]
) -> None:
    """Its dead or its memory name the event itself; a place after the day, an incident;
    its anniversary is held this year."""
    assert [f.value for f in find_dates(text, date(2019, 9, 10))] == [solar(*v) for v in values]


def test_a_session_is_no_past_verb() -> None:
    """«نشستی مشترک خواهد داشت» is a session and a future: the coming Sunday."""
    found = one("او روز یکشنبه با مدیران نشستی مشترک خواهد داشت.")
    assert [found.text, found.value] == ["یکشنبه", "2017-09-24"]


@pytest.mark.parametrize(
    ("text", "mention", "value", "mismatch"),
    [
        # Wednesday 2017-09-20.
        ("وزیر روز چهارشنبه (امروز) وارد مسکو شد", "چهارشنبه (امروز)", "2017-09-20", False),
        ("نشست روز سه‌شنبه (دیروز) پایان یافت", "سه‌شنبه (دیروز)", "2017-09-19", False),
        ("هیئت روز شنبه (دیروز) رسید", "شنبه (دیروز)", "2017-09-19", True),
        ("وی سه‌شنبه شب در جشن سخنرانی کرد", "سه‌شنبه شب", "2017-09-19", False),
        ("روزنامه روز دوشنبه نوشت که بحران جدی است", "دوشنبه", "2017-09-18", False),
    ],
)
def test_weekday_with_its_day_word_or_part(
    text: str, mention: str, value: str, mismatch: bool
) -> None:
    """A day word in brackets after a weekday says which day it is; «نوشت» is past."""
    found = one(text)
    assert (found.text, found.value, found.weekday_mismatch) == (mention, value, mismatch)


def test_weekday_inside_a_range_of_days() -> None:
    found = one("فیلم از شنبه ۲۵ لغایت چهارشنبه ۲۹ شهریور ماه جاری پخش می‌شود")
    assert found.text == "شنبه ۲۵ لغایت چهارشنبه ۲۹ شهریور ماه جاری"
    assert (found.value, found.end_value) == (solar(1396, 6, 25), solar(1396, 6, 29))


@pytest.mark.parametrize(
    ("text", "mention", "first", "last"),
    [
        (
            "جشنواره در بهمن و اسفند امسال برگزار می‌شود",
            "بهمن و اسفند امسال",
            (1396, 11),
            (1396, 12),
        ),
        ("فصلنامه، شماره ۲، بهار و تابستان ۱۳۹۵", "بهار و تابستان ۱۳۹۵", (1395, 1), (1395, 6)),
        ("دو فیلم را پاییز و زمستان امسال می‌سازد", "پاییز و زمستان امسال", (1396, 7), (1396, 12)),
    ],
)
def test_two_months_or_seasons_in_a_row_share_the_year(
    text: str, mention: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    found = one(text)
    after = jdatetime.date(last[0] + last[1] // 12, last[1] % 12 + 1, 1).togregorian()
    assert (found.text, found.value) == (mention, solar(*first, 1))
    assert found.end_value == (after - timedelta(days=1)).isoformat()


def test_months_apart_joined_by_va_are_no_range() -> None:
    assert [f.text for f in find_dates("در فروردین و تیر ۱۳۹۷ سفر کرد", PUBLISHED)][
        -1
    ] == "تیر ۱۳۹۷"


@pytest.mark.parametrize(
    ("text", "mention", "first", "last"),
    [
        ("سال ۸۴ تا ۸۶ تولید کتاب رشد کرد", "سال ۸۴ تا ۸۶", 1384, 1386),
        ("بودجه سال‌های ۹۸ و ۹۹ با کسری بسته شد", "سال‌های ۹۸ و ۹۹", 1398, 1399),
        ("بودجه سالهای ۹۸ و ۹۹ با کسری بسته شد", "سالهای ۹۸ و ۹۹", 1398, 1399),
    ],
)
def test_two_digit_year_ranges(text: str, mention: str, first: int, last: int) -> None:
    found = one(text)
    end = date.fromisoformat(solar(last + 1, 1, 1)) - timedelta(days=1)
    assert (found.text, found.value) == (mention, solar(first, 1, 1))
    assert found.end_value == end.isoformat()


def test_a_count_after_ta_is_no_year() -> None:
    assert one("در سال ۸۴ تا ۸۶ درصد رشد داشت").text == "سال ۸۴"


def lunar_month_start(year: int, month: int) -> str:
    """Umm al-Qura where hijridate has it (from 1343), the arithmetic calendar before."""
    if year < 1343:
        return date(*islamic.to_gregorian(year, month, 1)).isoformat()
    return lunar(year, month, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Muharram 1383 AH began in Solar 1342, Muharram 1399 AH in Solar 1357.
        ("قیام مردم در محرم ۱۳۴۲ آغاز شد", lunar_month_start(1383, 1)),
        ("راهپیمایی‌های محرم ۱۳۵۷ تاریخی بود", lunar_month_start(1399, 1)),
        # With its era, or past 1420, the year is Lunar.
        ("در محرم ۱۳۴۲ قمری", lunar_month_start(1342, 1)),
        ("عزاداری محرم ۱۴۴۰ برگزار شد", lunar_month_start(1440, 1)),
    ],
)
def test_lunar_month_with_a_solar_year(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # Published in Shahrivar 1396 (September 2017).
        ("دادگاه در ماه مارس گذشته رأی داد", "ماه مارس گذشته", "2017-03"),
        ("قانون روز ۲۳ سپتامبر گذشته تصویب شد", "۲۳ سپتامبر گذشته", "2016-09-23"),
        ("در مهر ماه گذشته جلسه‌ای برگزار شد", "مهر ماه گذشته", solar(1395, 7, 1)),
        ("این طرح در خرداد ماه آینده اجرا می‌شود", "خرداد ماه آینده", solar(1397, 3, 1)),
    ],
)
def test_month_told_as_the_last_or_next(text: str, mention: str, value: str) -> None:
    """Not «ماه گذشته» (the previous month) and not the nearest such month."""
    found = one(text)
    assert (found.text, found.value) == (mention, value)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("نشست شورا در ماه اکتبر (مهرماه) برگزار می‌شود", "ماه اکتبر (مهرماه)", "2017-10"),
        ("گزارش تا ماه دسامبر (پاییز امسال) آماده می‌شود", "ماه دسامبر (پاییز امسال)", "2017-12"),
    ],
)
def test_month_with_its_bracketed_equivalent(text: str, mention: str, value: str) -> None:
    found = one(text)
    assert (found.text, found.value) == (mention, value)


def test_day_word_and_its_date_without_a_publication_day() -> None:
    """With no publication day to place «امروز», the date written after it gives the day."""
    found = one("نشست صبح امروز (شنبه ۹ آبان ۱۳۹۶) برگزار شد", None)
    assert (found.text, found.value) == ("صبح امروز (شنبه ۹ آبان ۱۳۹۶)", solar(1396, 8, 9))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("تمرینات از ۳۱ آگوست (۱۰ شهریور) آغاز می‌شود", "۳۱ آگوست (۱۰ شهریور)"),
        ("تحریم‌ها از ۶ فوریه (۱۸ بهمن) اجرا شد", "۶ فوریه (۱۸ بهمن)"),
    ],
)
def test_yearless_day_with_its_bracketed_equivalent(text: str, mention: str) -> None:
    """Without a publication day the two days still fall together in some year."""
    found = one(text, None)
    assert (found.text, found.value) == (mention, found.native)


def test_yearless_days_apart_stay_apart() -> None:
    assert len(find_dates("از ۳ سپتامبر (۲۵ مهر) آغاز شد", None)) == 2


def test_numeric_day_first_with_a_two_digit_year() -> None:
    """«۲۹/۴/۶۷»: no month has a 67th day, so the day comes first and the year last."""
    found = one("پیام امام به تاریخ ۲۹/۴/۶۷ منتشر شد", None)
    assert (found.text, found.value) == ("۲۹/۴/۶۷", solar(1367, 4, 29))


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("این طرح در سال‌جاری اجرا می‌شود", "سال‌جاری", solar(1396, 1, 1)),
        ("جلسه در هفته‌جاری برگزار می‌شود", "هفته‌جاری", "2017-09-16"),
        ("کار تا نیمه دوم سال‌جاری تمام می‌شود", "نیمه دوم سال‌جاری", solar(1396, 7, 1)),
        ("ثبت‌نام تا ۱۵ فروردین سال‌آینده ادامه دارد", "۱۵ فروردین سال‌آینده", solar(1397, 1, 15)),
    ],
)
def test_relative_period_written_with_a_half_space(text: str, mention: str, value: str) -> None:
    found = one(text)
    assert (found.text, found.value) == (mention, value)


def test_year_glued_to_mah() -> None:
    found = one("در هشتم بهمن ماه۱۳۸۱ مصاحبه کرد", None)
    assert (found.text, found.value) == ("هشتم بهمن ماه۱۳۸۱", solar(1381, 11, 8))


@pytest.mark.parametrize(
    ("text", "value"),
    [("مدال طلای گرندپری ۲۰۲۴ رم را گرفت", "2024"), ("در نمایشگاه جیتکس 2004 دبی", "2004")],
)
def test_year_in_the_name_of_a_tournament_or_fair(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "سالن نمایشگاه 2000 متری است",
        "اجلاس 2000 نفره برگزار شد",
        "این نمایشگاه ۲۰۰۰ غرفه دارد و تا جمعه باز است",
    ],
)
def test_a_count_with_its_ending_is_no_year(text: str) -> None:
    assert [m for m in find_dates(text, PUBLISHED) if m.value == "2000"] == []


def test_a_unit_of_time_with_an_ending_keeps_the_year() -> None:
    """«۱۳۳۲ روزی است که …» tells of the day of that year; «روزی» counts nothing."""
    found = one("۲۸ مرداد ۱۳۳۲ روزی است که دولت مصدق سقوط کرد.")
    assert (found.text, found.value) == ("۲۸ مرداد ۱۳۳۲", solar(1332, 5, 28))


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("بازرسی‌ها تا پایان ماه آوریل عقب افتاد", "پایان ماه آوریل", "XXXX-04-30", None),
        ("در اواسط ماه مارس گزارش داد", "اواسط ماه مارس", "XXXX-03-11", "XXXX-03-20"),
        ("در نیمه دوم ماه سپتامبر سفر می‌کند", "نیمه دوم ماه سپتامبر", "XXXX-09-16", "XXXX-09-30"),
    ],
)
def test_part_of_a_yearless_gregorian_month(
    text: str, mention: str, value: str, end_value: str | None
) -> None:
    found = one(text, None)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


def test_end_of_a_yearless_february_is_unknown() -> None:
    assert one("تا پایان فوریه", None).value == "XXXX-02"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # A day with the month, an equivalent of a Solar date, or a Solar year still to
        # come keeps the year Lunar.
        ("سالگرد ارتحال ایشان در ۲۹ شوال ۱۴۰۹ برگزار شد", "۲۹ شوال ۱۴۰۹", lunar(1409, 10, 29)),
        ("آن روز یعنی ۱۵ خرداد مصادف با محرم ۱۳۸۳ بود", "محرم ۱۳۸۳", lunar_month_start(1383, 1)),
        ("قیام در محرم ۱۳۸۳ مصادف با خرداد ۱۳۴۲ رخ داد", "محرم ۱۳۸۳", lunar_month_start(1383, 1)),
        ("این کتاب در شعبان ۱۴۱۸ منتشر شد", "شعبان ۱۴۱۸", lunar_month_start(1418, 8)),
    ],
)
def test_a_lunar_year_that_reads_as_no_past_solar_one_stays_lunar(
    text: str, mention: str, value: str
) -> None:
    found = find_dates(text, date(2019, 5, 8))
    assert [f.value for f in found if f.text == mention] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "ده روز از مهر گذشته و هنوز کتاب‌های درسی توزیع نشده است.",
        "دو هفته از آغاز آبان گذشته و کلاس‌ها تشکیل نشده است.",
        "مهر گذشته، هنوز کتاب‌ها به مدارس نرسیده بود.",
    ],
)
def test_a_month_that_has_passed_is_not_last_year_s(text: str) -> None:
    assert find_dates(text, date(2019, 11, 5)) == []


def test_a_month_named_last_before_a_comma_is_still_the_last_one() -> None:
    found = one("در مهر گذشته، وزیر به بوشهر سفر کرد.", date(2019, 11, 5))
    assert (found.text, found.value) == ("مهر گذشته", solar(1398, 7, 1))


@pytest.mark.parametrize(
    "text",
    [
        "در سال ۸۳ این طرح آغاز شد. اکنون در این سال تحصیلی ۲۰ هزار دانشجو ثبت نام کرده‌اند.",
        "در سال ۸۳ این طرح آغاز شد و در این سال مالی بودجه آن دو برابر شد.",
        "در سال ۸۳ این طرح آغاز شد. امسال در این سال ۲۰ هزار نفر ثبت نام کردند.",
    ],
)
def test_this_year_of_another_kind_or_of_now_is_not_the_year_named(text: str) -> None:
    found = find_dates(text, date(2019, 5, 8))
    assert found[0].value == solar(1383, 1, 1)
    assert all(f.value != found[0].value for f in found[1:])


@pytest.mark.parametrize(
    "text",
    [
        "در سال‌های ۶۰ و ۷۰ صنعت فولاد رشد کرد.",
        "در سال‌های ۹۵ تا ۹۷ درصد رشد داشت.",
    ],
)
def test_decades_or_a_count_after_years_plural_are_no_years(text: str) -> None:
    assert find_dates(text, date(2019, 5, 8)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "قیمت نفت در سال‌های ۲۰۱۰ و ۲۰۲۰ سقوط کرد.",
            [("سال‌های ۲۰۱۰", "2010", None), ("۲۰۲۰", "2020", None)],
        ),
        (
            "قیمت نفت در سال‌های ۱۳۹۰ و ۱۴۰۰ سقوط کرد.",
            [
                ("سال‌های ۱۳۹۰", solar(1390, 1, 1), solar(1390, 12, 29)),
                ("۱۴۰۰", solar(1400, 1, 1), solar(1400, 12, 29)),
            ],
        ),
    ],
)
def test_two_round_years_of_four_digits_are_two_years(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    """Only two digits make decades; «سال‌های ۲۰۱۰ و ۲۰۲۰» names two years, not a range."""
    mentions = find_dates(text, date(2019, 5, 8))
    assert [(m.text, m.value, m.end_value) for m in mentions] == found
