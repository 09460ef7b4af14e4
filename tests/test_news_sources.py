"""Sourcing formulas in Persian news, each pinned with a sentence written for it."""

from khabar.news.sources import find_sources


def sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.role) for s in find_sources(text)]


def test_a_weekday_ending_in_be_opens_no_sourcing_formula() -> None:
    text = "به گزارش ایسنا، وزارت نیرو روز دوشنبه گزارش داد که مصرف برق کم شده است."
    assert sources(text) == [("ایسنا", "reporter")]


def test_a_dispatched_reporter_is_sent_somewhere_by_the_outlet() -> None:
    text = "به گزارش خبرنگار اعزامی ایرنا به هانگژو، تیم ملی کشتی دوم شد."
    assert sources(text) == [("ایرنا", "reporter")]


def test_portfolios_follow_a_ministry_and_a_person_follows_an_office() -> None:
    ministry = "به گزارش مهر به نقل از وزارت صنعت، معدن و تجارت، واردات آزاد شد."
    office = (
        "به گزارش مهر به نقل از اداره کل ارتباطات رسانه‌ای شهرداری تهران، جواد "
        "عسگری‌پناه، معاون اجتماعی و فرهنگی شهرداری تهران، امروز گفت."
    )
    assert sources(ministry)[1] == ("وزارت صنعت، معدن و تجارت", "cited")
    assert sources(office)[1] == ("اداره کل ارتباطات رسانه‌ای شهرداری تهران", "cited")


def test_an_outlet_the_lead_says_reported_is_cited() -> None:
    named = "به گزارش ایسنا، خبرگزاری رویترز روز دوشنبه گزارش داد که صادرات متوقف شد."
    unnamed = "خبرگزاری فارس: یک روزنامه آمریکایی نوشت پلیس یک مقام را دستگیر می‌کند."
    assert sources(named) == [("ایسنا", "reporter"), ("رویترز", "cited")]
    assert sources(unnamed) == [("فارس", "reporter")]


def test_an_official_site_and_an_analytic_news_site_are_descriptors() -> None:
    assert sources("به گزارش مهر به نقل از سایت رسمی باشگاه پرسپولیس، مدیرعامل گفت.") == [
        ("مهر", "reporter"),
        ("باشگاه پرسپولیس", "cited"),
    ]
    assert sources("به گزارش پایگاه خبری تحلیلی انتخاب، وزیر گفت.") == [("انتخاب", "reporter")]


def test_a_dateline_with_a_place_then_the_agency() -> None:
    assert sources("تهران - ایرنا - وزیر امور خارجه امروز گفت.") == [("ایرنا", "reporter")]
    assert sources("وزیر امور خارجه - که دیروز به تهران رسید - گفت.") == []
