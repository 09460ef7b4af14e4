"""Year choice and the words around a date as unseen real news writes them: an event
told as past that came before the date it names, a passive past perfect or «تاکنون»
after a date, an incident named by its date, a date far ahead in a sentence told as
past, a bare weekday in a sentence that only says what is or after a participle, days
of «ماه جاری», «شامگاه گذشته», a date naming a stadium, the calendar of a quarter of
«امسال» named only after it, a holy month told of as such, «دو روز دیگر یا بیشتر» and
«شش هفته دیگر», the last days of a period («روزهای پایانی سال»), one year after
«سال‌های», a plan's «چشم‌انداز ۱۴۰۴», a year ending a title in guillemets or naming a
tournament, a league season or an exam, and «پیشِ رو» with its kasra.

Sentences are written for these tests; expected days come from the calendar libraries
directly.
"""

from datetime import date

import pytest
from test_dates import lunar, one, solar

from khabar.news.dates import find_dates

# 1384-11-05, a Wednesday: Muharram 1427 begins six days later.
PUBLISHED = date(2006, 1, 25)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("این دیدار در آستانه ماه محرم برگزار شد.", "ماه محرم", lunar(1427, 1, 1)),
        ("همایش پیش از ۲۲ بهمن در تهران برگزار شد.", "۲۲ بهمن", solar(1384, 11, 22)),
        ("نمایشگاه قبل از ۱۵ بهمن افتتاح شد.", "۱۵ بهمن", solar(1384, 11, 15)),
        ("این همایش در آستانه فرا رسیدن ماه محرم برگزار شد.", "ماه محرم", lunar(1427, 1, 1)),
        ("این همایش پیش از فرا رسیدن ماه محرم برگزار شد.", "ماه محرم", lunar(1427, 1, 1)),
        ("این همایش در آستانه فرا\u200cرسیدن ماه محرم برگزار شد.", "ماه محرم", lunar(1427, 1, 1)),
    ],
)
def test_an_event_before_a_coming_date_keeps_it_coming(text: str, mention: str, value: str) -> None:
    found = one(text, PUBLISHED)
    assert (found.text, found.value) == (mention, value)


@pytest.mark.parametrize(
    "text",
    [
        "مراسم ۱۰ بهمن با حضور مردم برگزار شد.",
        "مراسم ۱۰ بهمن با حضور مردم برگزار شد و تا پایان هفته ادامه خواهد داشت.",
        # a point inside a number ends no sentence, and hides no verb
        "قراردادی به ارزش ۴.۸ میلیارد دلار در ۱۰ بهمن امضا شد.",
        "در ۱۰ بهمن قراردادی به ارزش ۴.۸ میلیارد دلار امضا شد.",
    ],
)
def test_an_event_on_a_date_told_as_past_is_last_year_s(text: str) -> None:
    found = one(text, PUBLISHED)
    assert (found.text, found.value) == ("۱۰ بهمن", solar(1383, 11, 10))


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("این فعال که در ماه آوریل بازداشت شده بود، آزاد شد.", date(2019, 10, 26), "2019-04"),
        (
            "وی که ۴ آبان در بیمارستان بستری شده بود، مرخص شد.",
            date(2011, 10, 16),
            solar(1389, 8, 4),
        ),
    ],
)
def test_a_passive_past_perfect_puts_the_date_behind(
    text: str, published: date, value: str
) -> None:
    assert one(text, published).value == value


@pytest.mark.parametrize(
    "text",
    [
        "جلسه‌ای که برای ۱۵ بهمن پیش‌بینی شده بود، لغو شد.",
        "بازی ۱۵ بهمن که به دلیل برف لغو شده بود، در ورزشگاه آزادی برگزار می‌شود.",
        "همایش ۱۵ بهمن که پارسال برگزار شد امسال مجازی برگزار می‌شود.",
        "نشست ۱۵ بهمن که قرار شده بود در تهران برگزار شود، لغو شد.",
    ],
)
def test_a_past_that_set_the_date_or_a_relative_clause_s_keeps_it_coming(text: str) -> None:
    assert find_dates(text, PUBLISHED)[0].value == solar(1384, 11, 15)


# 1389-07-06, a Tuesday.
TUESDAY = date(2010, 9, 28)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("روز جمعه تیم کرمان میزبان تیم انزلی است.", "2010-10-01"),
        (
            "دادگاه روز دوشنبه حکم متهمانی را که در زندان هستند به حبس ابد تقلیل داد.",
            "2010-09-27",
        ),
        ("روز دوشنبه هوا سرد بود.", "2010-09-27"),
        ("دلیل حمله روز جمعه هنوز مشخص نیست.", "2010-09-24"),
        ("اعتراضات از روز شنبه تاکنون ادامه دارد.", "2010-09-25"),
        ("وی از روز شنبه در بازداشت است.", "2010-09-25"),
        ("مدارس پس از روز شنبه باز است.", "2010-10-02"),
        ("فروشگاه‌ها به غیر از روز جمعه باز است.", "2010-10-01"),
    ],
)
def test_a_weekday_whose_sentence_has_only_a_state_is_to_come(text: str, value: str) -> None:
    assert one(text, TUESDAY).value == value


def test_a_stretch_from_a_weekday_to_another_is_to_come() -> None:
    text = "ثبت‌نام از روز شنبه تا دوشنبه ادامه دارد."
    assert [d.value for d in find_dates(text, TUESDAY)] == ["2010-10-02", "2010-10-04"]
    text = "اعتراضات از روز شنبه تا کنون ادامه دارد."
    assert [d.value for d in find_dates(text, TUESDAY)] == ["2010-09-25"]


# 1394-12-11, a Tuesday.
ESFAND = date(2016, 3, 1)


@pytest.mark.parametrize(
    ("text", "mention", "value", "end_value"),
    [
        ("مسابقات ۱۵ ماه جاری برگزار می‌شود.", "۱۵ ماه جاری", solar(1394, 12, 15), None),
        (
            "قرار بود مسابقات روزهای یازدهم و دوازدهم ماه جاری برگزار شود.",
            "یازدهم و دوازدهم ماه جاری",
            solar(1394, 12, 11),
            solar(1394, 12, 12),
        ),
        ("نشست بعدی پنجم ماه آینده برگزار می‌شود.", "پنجم ماه آینده", solar(1395, 1, 5), None),
        ("قرارداد روز پانزدهم ماه گذشته امضا شد.", "پانزدهم ماه گذشته", solar(1394, 11, 15), None),
        ("وی یازدهم ماه جاری به تهران آمد.", "یازدهم ماه جاری", solar(1394, 12, 11), None),
        (
            "نمایشگاه کتاب سوم تا هفتم ماه آینده در مصلی برگزار می‌شود.",
            "سوم تا هفتم ماه آینده",
            solar(1395, 1, 3),
            solar(1395, 1, 7),
        ),
    ],
)
def test_days_of_a_relative_month_are_days(
    text: str, mention: str, value: str, end_value: str | None
) -> None:
    found = one(text, ESFAND)
    assert (found.text, found.value, found.end_value) == (mention, value, end_value)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("این طرح در نیمه دوم ماه جاری اجرا می‌شود.", "نیمه دوم ماه جاری"),
        ("تیم ما مقام سوم ماه گذشته را کسب کرد.", "ماه گذشته"),
        ("در روزهای اول ماه جاری باران بارید.", "ماه جاری"),
        ("قسط سوم ماه آینده به حساب سهامداران واریز می‌شود.", "ماه آینده"),
        ("مجلس یازدهم ماه آینده کار خود را آغاز می‌کند.", "ماه آینده"),
    ],
)
def test_a_part_or_a_rank_before_a_relative_month_is_no_day(text: str, mention: str) -> None:
    found = one(text, ESFAND)
    assert found.text == mention
    assert found.value != found.end_value


def test_last_evening_is_yesterday() -> None:
    found = one("وزیر شامگاه گذشته در آیین بزرگداشت سعدی سخنرانی کرد.", date(2017, 4, 21))
    assert (found.text, found.value) == ("شامگاه گذشته", "2017-04-20")
    assert find_dates("در سه شامگاه گذشته جشن برگزار شد.", date(2017, 4, 21)) == []


def test_a_date_after_a_stadium_or_a_neighbourhood_names_it() -> None:
    found = one("این دیدار روز دوشنبه در مجموعه ورزشی ۱۷ شهریور آبادان برگزار می‌شود.", ESFAND)
    assert found.text == "دوشنبه"
    assert find_dates("ساکنان شهرک ۲۲ بهمن به قطع آب اعتراض کردند.", ESFAND) == []
    found = one("مسابقات در ورزشگاه آزادی ۱۷ اسفند برگزار می‌شود.", ESFAND)
    assert (found.text, found.value) == ("۱۷ اسفند", solar(1394, 12, 17))


def test_a_weekday_after_a_participle_is_the_day_it_was_done() -> None:
    # 2020-07-22 is a Wednesday; the sentence's own verb is a present.
    wednesday = date(2020, 7, 22)
    text = "گزارشی منتشر شده در روز دوشنبه نشان می‌دهد که بیکاری کاهش می‌یابد."
    assert one(text, wednesday).value == "2020-07-20"
    assert one("گزارش روز دوشنبه منتشر می‌شود.", wednesday).value == "2020-07-27"
    text = "نشست پیش‌بینی شده روز پنجشنبه برگزار خواهد شد."
    assert one(text, wednesday).value == "2020-07-23"
    text = "طبق آمار اعلام شده در روز سه‌شنبه، بیکاری کاهش می‌یابد."
    assert one(text, wednesday).value == "2020-07-21"


# 1395-02-12 and 1398-08-04: the coming Mehr, Aban and Farvardin are nearer than the last.
@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "بارش‌های ثبت شده از ابتدای مهر تاکنون ۴۰۰ میلیمتر بوده است.",
            date(2016, 5, 1),
            solar(1394, 7, 1),
        ),
        ("از آبان ماه تا به حال کاری انجام نشده است.", date(2016, 5, 1), solar(1394, 8, 1)),
        ("مسابقات از ابتدای مهر آغاز می‌شود.", date(2016, 5, 1), solar(1395, 7, 1)),
        (
            "شورای شهر به خسارت‌های سیل فروردین شیراز پرداخت.",
            date(2019, 10, 26),
            solar(1398, 1, 1),
        ),
        ("خسارت زلزله ۲۱ آبان هنوز جبران نشده است.", date(2019, 10, 26), solar(1397, 8, 21)),
        ("مسابقات ۲۱ آبان در شیراز برگزار می‌شود.", date(2019, 10, 26), solar(1398, 8, 21)),
        ("مانور زلزله ۲۱ آبان در مدارس برگزار می‌شود.", date(2019, 10, 26), solar(1398, 8, 21)),
        (
            "به مناسبت مانور زلزله ۲۱ آبان، دانش‌آموزان آموزش دیدند.",
            date(2019, 10, 26),
            solar(1398, 8, 21),
        ),
    ],
)
def test_a_day_counted_up_to_now_or_naming_an_incident_has_passed(
    text: str, published: date, value: str
) -> None:
    assert one(text, published).value == value


def test_a_quarter_of_this_year_takes_the_calendar_named_after_it() -> None:
    text = (
        "تولید مس شیلی طی سه ماه نخست امسال ۱۰ درصد کاهش یافت. "
        "این شرکت تا پایان ۳۱ مارس ۲۰۰ هزار تن مس فروخت."
    )
    found = find_dates(text, date(2007, 4, 16))[0]
    assert (found.text, found.value, found.end_value) == (
        "سه ماه نخست امسال",
        "2007-01-01",
        "2007-03-31",
    )


def test_a_weekday_does_not_send_a_day_a_year_ahead() -> None:
    # 1399-07-10: ۵ مهر 1399 was a Saturday, 1400's is a Monday.
    found = one("نشست روز دوشنبه ۵ مهر برگزار شد.", date(2020, 10, 1))
    assert (found.value, found.weekday_mismatch) == (solar(1399, 7, 5), True)


def test_a_quarter_of_this_year_in_a_sentence_about_iran_stays_solar() -> None:
    text = (
        "صادرات غیرنفتی ایران در سه ماه نخست امسال ۱۰ درصد رشد کرد. "
        "به گزارش رویترز، قیمت نفت در ماه ژوئن کاهش یافت."
    )
    found = find_dates(text, date(2019, 7, 10))[0]
    assert (found.text, found.value, found.end_value) == (
        "سه ماه نخست امسال",
        solar(1398, 1, 1),
        solar(1398, 3, 31),
    )


def test_a_quarter_of_this_year_in_a_sentence_about_another_country_reads_on() -> None:
    text = (
        "تولید ناخالص داخلی کشور چین در سه ماه نخست امسال ۶.۴ درصد رشد کرد. "
        "این آمار تا پایان ماه مارس است."
    )
    found = find_dates(text, date(2019, 4, 20))[0]
    assert (found.value, found.end_value) == ("2019-01-01", "2019-03-31")
    text = "رشد اقتصادی ایران ۳.۵ درصد در سه ماه نخست امسال بود. قیمت نفت در ماه ژوئن کاهش یافت."
    found = find_dates(text, date(2019, 7, 10))[0]
    assert (found.value, found.end_value) == (solar(1398, 1, 1), solar(1398, 3, 31))


def test_a_holy_month_told_of_as_such_is_no_date() -> None:
    ramadan = date(2012, 7, 22)
    text = "امام جمعه با اشاره به فضایل ماه مبارک رمضان گفت: رحمت خداوند بی‌حد است."
    assert find_dates(text, ramadan) == []
    text = "وی با گرامیداشت حلول ماه مبارک رمضان گفت: این ماه، ماه توبه و بندگی است."
    assert [d.text for d in find_dates(text, ramadan)] == ["ماه مبارک رمضان"]
    text = "اطعام نیازمندان در ماه مبارک رمضان اجرا می‌شود."
    assert one(text, ramadan).value == lunar(1433, 9, 1)


def test_a_count_of_days_or_more_is_how_long() -> None:
    sunday = date(2004, 8, 29)
    text = "منابع آگاه می‌گویند این وضعیت دو روز دیگر یا بیشتر ادامه می‌یابد."
    assert find_dates(text, sunday) == []
    assert one("علاقه‌مندان از ۲ روز دیگر به سایت مراجعه کنند.", sunday).value == "2004-08-31"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("صبح روز ۱۰ آذر، بارندگی شدید منجر به آب‌گرفتگی معابر شد.", solar(1397, 9, 10)),
        ("به دعوت استاندار، همایش ۱۰ آذر با استقبال مردم پایان یافت.", solar(1397, 9, 10)),
        ("طبق توافق دو طرف، آتش‌بس ۱۰ آذر به اجرا درآمد.", solar(1397, 9, 10)),
        ("پس از توافق دو طرف، آتش‌بس ۱۰ آذر به اجرا درآمد.", solar(1397, 9, 10)),
        ("همایش ۱۰ آذر در تهران برگزار شد و دور بعدی در مشهد برگزار خواهد شد.", solar(1397, 9, 10)),
        ("وزیر از برگزاری همایش در ۱۰ آذر خبر داد.", solar(1398, 9, 10)),
        ("همایش بین‌المللی ۱۰ آذر در تهران برگزار می‌شود.", solar(1398, 9, 10)),
        ("مهلت ثبت‌نام تا پایان آذر تمدید شد.", solar(1398, 9, 30)),
        ("تاریخ برگزاری کنکور ۱۰ آذر تعیین شد.", solar(1398, 9, 10)),
        ("مسابقات لیگ به ۱۰ آذر موکول شد.", solar(1398, 9, 10)),
        ("زمان برگزاری کنکور ۱۰ آذر اعلام شد.", solar(1398, 9, 10)),
        ("نتایج انتخابات ۱۰ آذر اعلام شد.", solar(1397, 9, 10)),
        ("علت حادثه ۱۰ آذر مشخص شد.", solar(1397, 9, 10)),
        ("رئیس جمهور خواستار برگزاری همه‌پرسی در ۱۰ آذر شد.", solar(1398, 9, 10)),
        ("اتحادیه برگزاری نشست در ۱۰ آذر را پیشنهاد کرد.", solar(1398, 9, 10)),
        ("آزمون ۱۰ آذر برای کسانی که ثبت‌نام کردند برگزار خواهد شد.", solar(1398, 9, 10)),
        ("نمایشگاه ۱۰ آذر که با استقبال روبرو شد، در مشهد هم برگزار می‌شود.", solar(1398, 9, 10)),
    ],
)
def test_a_date_far_ahead_in_a_sentence_told_as_past_is_last_year_s(text: str, value: str) -> None:
    # 1398-05-01: the coming Azar is four months ahead, the last eight months back.
    assert one(text, date(2019, 7, 23)).value == value


def test_weeks_counted_ahead_are_about_that_far_off() -> None:
    sunday = date(2005, 11, 6)
    assert find_dates("اجلاس سران قرار است شش هفته دیگر در هنگ کنگ برگزار شود.", sunday) == []
    found = one("یک هفته دیگر نخستین سالگرد این حادثه است.", sunday)
    assert (found.text, found.value) == ("یک هفته دیگر", "2005-11-13")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("بازرسی از بازار در روزهای پایانی سال تشدید می‌شود.", "روزهای پایانی سال"),
        ("مسافران در روزهای آخر اسفند به شمال سفر می‌کنند.", "روزهای آخر اسفند"),
        ("در واپسین روزهای سال جاری این پروژه افتتاح می‌شود.", "واپسین روزهای سال جاری"),
    ],
)
def test_the_last_days_of_a_period_are_its_last_ten(text: str, mention: str) -> None:
    found = one(text, ESFAND)
    assert (found.text, found.value, found.end_value) == (
        mention,
        solar(1394, 12, 20),
        solar(1394, 12, 29),
    )


def test_the_last_days_of_a_life_or_a_week_are_no_date() -> None:
    assert find_dates("او در روزهای آخر عمر خود این کتاب را نوشت.", ESFAND) == []
    assert find_dates("مردم روزهای آخر هفته به پارک می‌روند.", ESFAND) == []


def test_one_year_after_the_plural_of_year_or_a_plan_s_horizon() -> None:
    found = find_dates("فعالیت بانوان در سال‌های ۲۰۱۴ و به ویژه در سال ۲۰۱۵ بیشتر شد.", ESFAND)
    assert [(f.text, f.value) for f in found] == [("سال‌های ۲۰۱۴", "2014"), ("سال ۲۰۱۵", "2015")]
    assert find_dates("در سال‌های ۱۹۸۰ این صنعت رشد کرد.", ESFAND) == []
    found = one("این استان در افق چشم‌انداز ۱۴۰۴ قطب گردشگری می‌شود.", ESFAND)
    assert (found.text, found.value) == ("۱۴۰۴", solar(1404, 1, 1))
    assert find_dates("در افق ۱۴۰۰ متری این کوه برف نشسته است.", ESFAND) == []


def test_a_year_ending_a_title_in_guillemets_names_it() -> None:
    found = one("نمایش «پینوکیو ساخته والت دیزنی 1940» در تالار وحدت اجرا می‌شود.", ESFAND)
    assert (found.text, found.value) == ("1940", "1940")
    assert find_dates("او گفت: «شمار بازدیدکنندگان به 1940» رسید.", ESFAND) == []
    assert find_dates("نمایشگاه «کتاب سال» با 1940 ناشر برگزار شد.", ESFAND) == []
    assert find_dates("وی گفت: «شمار مجروحان این حادثه حدود 1900» است.", ESFAND) == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("پرسپولیس در لیگ قهرمانان آسیا ۲۰۱۵ به مرحله نیمه‌نهایی رسید.", "۲۰۱۵", "2015"),
        ("تیم ملی در مسابقات جهانی ۲۰۱۳ سوم شد.", "۲۰۱۳", "2013"),
        ("این تیم در لیگ برتر ۱۳۹۳ قهرمان شد.", "۱۳۹۳", solar(1393, 1, 1)),
        ("نتایج کنکور ۱۳۹۴ اعلام شد.", "۱۳۹۴", solar(1394, 1, 1)),
        ("در جام جهانی ۲۰۱۸ تیم ملی ایران سه امتیاز گرفت.", "۲۰۱۸", "2018"),
        ("او در المپیک ۲۰۱۶ مدال طلا گرفت.", "۲۰۱۶", "2016"),
        ("در لیگ برتر ۱۳۹۳ تیم پرسپولیس قهرمان شد.", "۱۳۹۳", solar(1393, 1, 1)),
    ],
)
def test_a_year_naming_a_tournament_a_league_season_or_an_exam(
    text: str, mention: str, value: str
) -> None:
    found = one(text, ESFAND)
    assert (found.text, found.value) == (mention, value)


def test_a_count_after_a_tournament_or_an_exam_is_no_year() -> None:
    assert find_dates("در مسابقات جهانی ۲۰۰۰ ورزشکار شرکت کردند.", ESFAND) == []
    assert find_dates("کنکور ۱۴۰۰ داوطلب بیشتر داشت.", ESFAND) == []
    assert find_dates("لیگ برتر 1500 هوادار در ورزشگاه داشت.", ESFAND) == []
    assert find_dates("در دیدار دو تیم در لیگ برتر ۲۰۰۰ تماشاگر حضور داشتند.", ESFAND) == []
    assert find_dates("کنکور ۱۲۰۰ رشته محل را پوشش می‌دهد.", ESFAND) == []


def test_the_period_ahead_with_its_ezafe_written_is_the_coming_one() -> None:
    found = one("در ماه پیشِ رو نمایشگاه کتاب برگزار می‌شود.", ESFAND)
    assert (found.text, found.value) == ("ماه پیشِ رو", solar(1395, 1, 1))
