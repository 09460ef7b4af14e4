"""Errors that recurred in khabar's events on real news no gold set holds, each in a
sentence written for these tests: interviews and articles told in the ways scraped reports
tell them, and who takes part in a trip."""

from test_news_events import events


def test_an_interview_spelled_with_a_space_before_vav() -> None:
    found = events(
        "بهرام صفایی، رئیس سازمان بنادر، امروز در گفت وگو با خبرنگار فارس در بوشهر اظهار کرد: "
        "صادرات امسال بیشتر شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["بهرام صفایی"])]


def test_an_interview_with_a_foreign_magazine_named_bare() -> None:
    found = events(
        "جان اسمیت، سخنگوی وزارت دفاع آمریکا، در گفت‌وگو با نیوزویک مدعی شد: «تحریم‌ها ادامه "
        "خواهد داشت.»"
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["جان اسمیت"])]


def test_an_interview_with_the_outlet_the_sourcing_line_named() -> None:
    found = events(
        "به گزارش پایگاه خبری الوطن، احمد الصالح، وزیر اوقاف اردن، در گفتگو با این پایگاه "
        "اعلام کرد کمک‌ها هفته آینده ارسال می‌شود."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["احمد الصالح"])]


def test_an_article_published_in_a_newspaper_is_a_statement() -> None:
    found = events(
        "ولادیمیر ژیرینوفسکی، رهبر حزب لیبرال دموکرات روسیه، با انتشار مقاله‌ای در یک روزنامه "
        "روسی گفت: «اروپا راه خود را گم کرده است.»"
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["ولادیمیر ژیرینوفسکی"])]


def test_a_country_beside_a_traveller_is_not_in_the_trip() -> None:
    found = events(
        "ماریا ایوانوا، شهروند روسیه که در آمریکا زندانی بود، روز شنبه وارد مسکو شد. "
        "علی جنتی هفته آینده عازم کویت می‌شود."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["ماریا ایوانوا"]),
        ("visit", ["علی جنتی"]),
    ]


def test_a_delegation_named_in_a_visits_noun_is_who_visits() -> None:
    found = events(
        "حسن رضایی، شهردار تبریز، در جریان بازدید هیات تجاری ترکیه از پروژه قطار شهری "
        "افزود: این پروژه سال آینده به پایان می‌رسد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("visit", ["هیات تجاری ترکیه"])]
