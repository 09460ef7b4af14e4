"""Roles, ranks and works that make a title: the writer of a work (not the article's own
writer, «نگارنده» alone), later named alone by that work; a pupil of someone named; an
activist, but not «فعال» as the adjective of a noun of taking part; the second in a body with
a hierarchy, but not the first or second in a contest, an exam or a festival; a teacher, an
overseer and a publisher, but not a university's «تربیت مدرس» nor a noun «… محور»; the head
of a household («سرپرست خانوار») is none."""

from test_news_titles import titles
from test_people_lists import found_people as titled

import khabar
from khabar.news.titles import find_titles


def test_the_writer_of_a_work_is_a_title_and_the_articles_own_writer_none() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس به نقل از نگارنده کتاب، محسن کاظمی امروز گفت: این کتاب "
        "خاطرات دوران اسارت است."
    )
    assert found["محسن کاظمی"] == ["نگارنده کتاب"]
    assert titles("نگارنده بر آن است که این کار درست نیست.") == []


def test_the_writer_of_a_book_alone_later_is_the_one_titled_its_writer_before() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس به نقل از نگارنده کتاب، محسن کاظمی امروز گفت: این کتاب "
        "خاطرات دوران اسارت است.\n\n"
        "مراسم رونمایی کتاب با حضور نویسنده کتاب و مدیران استان برگزار می‌شود."
    )
    assert found["محسن کاظمی"] == ["نگارنده کتاب", "نویسنده کتاب"]


def test_a_pupil_of_a_person_named_after_a_comma_is_a_title_with_the_name() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، اجرای آواز رضا نوروزی، شاگرد مرحوم ایرج بسطامی از دیگر "
        "برنامه‌های این مراسم بود."
    )
    assert found["رضا نوروزی"] == ["شاگرد مرحوم ایرج بسطامی"]
    assert found["ایرج بسطامی"] == []


def test_an_office_serving_a_person_is_a_title_with_the_name() -> None:
    found = titled(
        "«کاوه رحیمی» سخنگوی «منوچهر سینا» رئیس‌جمهور کشور امروز سخن گفت. علی کاظمی، "
        "مشاور حسن نوری، در این نشست بود. رضا امینی دستیار مهدی سعیدی در باشگاه نیز آمد."
    )
    assert found["کاوه رحیمی"] == ["سخنگوی «منوچهر سینا»"]  # as written
    assert found["منوچهر سینا"] == ["رئیس‌جمهور کشور"]
    assert found["علی کاظمی"] == ["مشاور حسن نوری"]
    assert found["رضا امینی"] == []  # the office goes on past the name, unread


def test_a_served_title_alone_finds_its_holder_and_speaks() -> None:
    article = khabar.analyze(
        "خبر\n\nخبرگزاری فارس: نخستین مربی کاوه رحیمی گفت: این قهرمان باید بماند.\n\n"
        "سعید امینی در گفت‌وگو با خبرنگار فارس افزود: او همیشه پخته عمل کرده است."
    ).to_dict()
    people = {p["name"]: p["titles"] for p in article["people"]}
    assert people["سعید امینی"] == ["نخستین مربی کاوه رحیمی"]
    assert people["کاوه رحیمی"] == []
    assert [q["speaker"] for q in article["quotes"]] == ["سعید امینی", "سعید امینی"]


def test_active_after_a_noun_of_taking_part_is_its_adjective_no_activist() -> None:
    assert titles("با حضور فعال مردمی در انتخابات موافق است") == []
    assert titles("مشارکت فعال بخش خصوصی در این طرح لازم است") == []
    assert titles("یک فعال مردمی در این باره گفت") == ["فعال مردمی"]


def test_a_noun_of_taking_part_opening_a_paragraph_still_makes_active_its_adjective() -> None:
    assert titles("خبر\n\nهمکاری فعال رسانه‌ای دو کشور افزایش یافت.") == []
    assert titles("خبر\n\nفعال رسانه‌ای استان گفت که کار ادامه دارد.") == ["فعال رسانه‌ای استان"]


def test_the_second_in_a_body_is_a_title_the_second_in_a_contest_none() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، «حمید یوسفی» نفر دوم وزارت امور خارجه اسکاتلند در این "
        "باره گفت: کار ادامه دارد."
    )
    assert found["حمید یوسفی"] == ["نفر دوم وزارت امور خارجه اسکاتلند"]
    assert titles("ایمن الظواهری مرد شماره دو القاعده گفت") == ["مرد شماره دو القاعده"]
    assert titles("علی کریمی نفر دوم مسابقات شد") == []


def test_the_first_of_a_country_province_or_festival_is_a_rank_no_title() -> None:
    assert titles("مریم احمدی نفر دوم کشور در کنکور سراسری شد.") == []
    assert titles("علی رضایی نفر اول استان در مسابقات قرآن شد.") == []
    assert titles("حسین نوری نفر اول جشنواره فیلم کوتاه شد.") == []
    assert titles("نفر دوم دولت گفت که کار ادامه دارد.") == ["نفر دوم دولت"]


def test_a_teacher_an_overseer_and_a_publisher_are_titles() -> None:
    assert titles("سعید مرادی مدرس دانشگاه و مشاور خانواده گفت") == [
        "مدرس دانشگاه",
        "مشاور خانواده",
    ]
    assert titles("کاوه نیک‌نام ناظر اجرایی وزارت اوقاف سوریه اعلام کرد") == [
        "ناظر اجرایی وزارت اوقاف سوریه"
    ]
    assert titles("حسن یزدانی ناشر کتاب‌های کودک گفت") == ["ناشر کتاب‌های کودک"]


def test_the_training_of_teachers_names_a_university_and_a_centred_noun_an_adjective() -> None:
    assert titles("او در دانشگاه تربیت مدرس تهران درس خواند.") == []
    assert titles("این نمایشگاه ناشر محور است و به نویسندگان توجه دارد.") == []


def test_a_head_that_is_a_title_alone_joined_to_another_is_one_holders_pair() -> None:
    found = [(t.text, t.held) for t in find_titles("رضا امینی، نقاش، پژوهشگر و مدرس دانشگاه گفت")]
    assert found == [("نقاش", ()), ("پژوهشگر و مدرس دانشگاه", ("پژوهشگر", "مدرس دانشگاه"))]


def test_two_offices_joined_are_two_holders_the_friday_imams_too() -> None:
    found = [(t.text, t.held) for t in find_titles("امام جمعه و فرماندار ملایر در این دیدار گفت")]
    assert found == [("امام جمعه", ()), ("فرماندار ملایر", ())]


def test_the_head_of_a_household_is_no_office() -> None:
    assert titles("وی با اشاره به وضع زنان سرپرست خانوار افزود: کار ادامه دارد.") == []
    assert titles("سرپرست کمیته امداد استان گفت") == ["سرپرست کمیته امداد استان"]
