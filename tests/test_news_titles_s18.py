"""Titles given by «به عنوان» and the roles, ranks and works that make a title, read by
``khabar.analyze`` from short articles written for these tests."""

import datetime as dt

import khabar
from khabar.news.titles import find_titles


def titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


def titled(body: str) -> dict[str, list[str]]:
    """Name → titles, of an article with a plain headline and ``body`` as its paragraphs."""
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=dt.date(2019, 5, 2)).to_dict()
    return {p["name"]: p["titles"] for p in data["people"]}


def test_a_bodys_mission_against_something_goes_on_with_ba() -> None:
    assert titles("دبیرکل ستاد مبارزه با مواد مخدر گفت") == ["دبیرکل ستاد مبارزه با مواد مخدر"]
    assert titles("رئیس پلیس مبارزه با قاچاق کالای استان گفت") == [
        "رئیس پلیس مبارزه با قاچاق کالای استان"
    ]


def test_fighting_after_a_title_without_its_body_opens_the_object() -> None:
    assert titles("وزیر نیرو مقابله با کم‌آبی را وظیفه همه دانست") == ["وزیر نیرو"]
    assert titles("رئیس سازمان بهزیستی مبارزه با اعتیاد را مهم خواند") == ["رئیس سازمان بهزیستی"]


def test_the_writer_of_a_work_is_a_title_and_the_articles_own_writer_none() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس به نقل از نگارنده کتاب، محسن کاظمی امروز گفت: این کتاب "
        "خاطرات دوران اسارت است."
    )
    assert found["محسن کاظمی"] == ["نگارنده کتاب"]
    assert titles("نگارنده بر آن است که این کار درست نیست.") == []


def test_a_pupil_of_a_person_named_after_a_comma_is_a_title_with_the_name() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، اجرای آواز رضا نوروزی، شاگرد مرحوم ایرج بسطامی از دیگر "
        "برنامه‌های این مراسم بود."
    )
    assert found["رضا نوروزی"] == ["شاگرد مرحوم ایرج بسطامی"]
    assert found["ایرج بسطامی"] == []


def test_active_after_a_noun_of_taking_part_is_its_adjective_no_activist() -> None:
    assert titles("با حضور فعال مردمی در انتخابات موافق است") == []
    assert titles("مشارکت فعال بخش خصوصی در این طرح لازم است") == []
    assert titles("یک فعال مردمی در این باره گفت") == ["فعال مردمی"]


def test_a_counterpart_after_and_is_another_person_no_part_of_the_title() -> None:
    assert titles("وزیر خارجه و همتای روسی وی دیدار کردند") == ["وزیر خارجه"]


def test_an_indefinite_noun_of_what_the_holder_gives_opens_the_predicate() -> None:
    assert titles("سرمربی تیم ملی جلسه‌ای با بازیکنان برگزار کرد") == ["سرمربی تیم ملی"]
    assert titles("رئیس سازمان بهزیستی نامه‌ای به وزیر نوشت") == ["رئیس سازمان بهزیستی"]
    assert titles("مدیرعامل شرکت آب منطقه‌ای گلستان گفت") == ["مدیرعامل شرکت آب منطقه‌ای گلستان"]


def test_where_a_team_was_sent_goes_on_with_the_title_but_not_where_it_went() -> None:
    assert titles("سرپرست کاروان اعزامی ایران به بازی‌های آسیایی گفت") == [
        "سرپرست کاروان اعزامی ایران به بازی‌های آسیایی"
    ]
    assert titles("سرپرست تیم اعزامی به تهران رسید") == ["سرپرست تیم اعزامی"]


def test_the_writer_of_a_book_alone_later_is_the_one_titled_its_writer_before() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس به نقل از نگارنده کتاب، محسن کاظمی امروز گفت: این کتاب "
        "خاطرات دوران اسارت است.\n\n"
        "مراسم رونمایی کتاب با حضور نویسنده کتاب و مدیران استان برگزار می‌شود."
    )
    assert found["محسن کاظمی"] == ["نگارنده کتاب", "نویسنده کتاب"]


def test_someone_said_of_the_holder_after_and_is_no_part_of_the_title() -> None:
    assert titles("او به عنوان رئیس مجلس و شخصی است که تجربه دارد.") == ["رئیس مجلس"]
    assert titles("مشاور شخصی رئیس جمهور گفت") == ["مشاور شخصی رئیس جمهور"]


def test_the_second_in_a_body_is_a_title_the_second_in_a_contest_none() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، «حمید یوسفی» نفر دوم وزارت امور خارجه اسکاتلند در این "
        "باره گفت: کار ادامه دارد."
    )
    assert found["حمید یوسفی"] == ["نفر دوم وزارت امور خارجه اسکاتلند"]
    assert titles("ایمن الظواهری مرد شماره دو القاعده گفت") == ["مرد شماره دو القاعده"]
    assert titles("علی کریمی نفر دوم مسابقات شد") == []


def test_a_fight_after_and_is_a_bodys_only_after_another_mission() -> None:
    assert titles("رئیس ستاد پیشگیری و مبارزه با مواد مخدر گفت") == [
        "رئیس ستاد پیشگیری و مبارزه با مواد مخدر"
    ]
    assert titles("رئیس قوه قضاییه و مبارزه با فساد اقتصادی سخن گفت") == ["رئیس قوه قضاییه"]
    assert titles("دبیر شورای عالی امنیت ملی و مقابله با تروریسم را مهم خواند") == [
        "دبیر شورای عالی امنیت ملی"
    ]


def test_a_noun_of_taking_part_opening_a_paragraph_still_makes_active_its_adjective() -> None:
    assert titles("خبر\n\nهمکاری فعال رسانه‌ای دو کشور افزایش یافت.") == []
    assert titles("خبر\n\nفعال رسانه‌ای استان گفت که کار ادامه دارد.") == ["فعال رسانه‌ای استان"]


def test_a_verb_of_going_a_few_words_after_the_destination_makes_it_the_holders_way() -> None:
    assert titles("سرپرست تیم اعزامی به کره جنوبی رسید.") == ["سرپرست تیم اعزامی"]
    assert titles("سرپرست تیم اعزامی به ژاپن سفر کرد.") == ["سرپرست تیم اعزامی"]
    assert titles("سرپرست کاروان اعزامی به ترکیه امروز گفت که همه آماده‌اند.") == [
        "سرپرست کاروان اعزامی به ترکیه"
    ]


def test_the_first_of_a_country_province_or_festival_is_a_rank_no_title() -> None:
    assert titles("مریم احمدی نفر دوم کشور در کنکور سراسری شد.") == []
    assert titles("علی رضایی نفر اول استان در مسابقات قرآن شد.") == []
    assert titles("حسین نوری نفر اول جشنواره فیلم کوتاه شد.") == []
    assert titles("نفر دوم دولت گفت که کار ادامه دارد.") == ["نفر دوم دولت"]
