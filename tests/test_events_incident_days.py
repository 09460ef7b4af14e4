"""The day of an event told near an incident: an incident's day («در سیل روز گذشته») dates no
visit told after it, while a visit to where an incident struck keeps its own day, also when
that day comes right after the place («مناطق زلزله زده روز گذشته»)."""

import khabar


def test_an_incident_s_day_does_not_date_a_visit_after_it() -> None:
    article = khabar.analyze(
        "خبر\n\nبه گزارش خبرگزاری فارس، فرماندار صبح امروز از روستای کلاته بازدید کرد.\n\n"
        "فرماندار از روستای کلاته که بیشتر خانه‌های آن در سیل روز گذشته آسیب دیده است "
        "بازدید کرد.",
        date="2021-04-10",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]] == [("visit", "2021-04-10")]


def test_a_visit_to_where_an_incident_struck_keeps_its_own_day() -> None:
    article = khabar.analyze(
        "خبر\n\nبه گزارش خبرگزاری فارس، فرماندار روز گذشته از مناطق سیل‌زده بازدید کرد.",
        date="2021-04-10",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]] == [("visit", "2021-04-09")]


def test_a_day_after_a_place_an_incident_struck_dates_the_visit() -> None:
    article = khabar.analyze(
        "بازدید استاندار\n\nزمین‌لرزه‌ای به بزرگی ۵ ریشتر بامداد دیروز کرمانشاه را لرزاند.\n\n"
        "علی احمدی استاندار کرمانشاه در سفر به مناطق زلزله زده روز گذشته با خانواده‌های "
        "آسیب‌دیده دیدار کرد.",
        date="2014-05-01",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]][-1] == ("meeting", "2014-04-30")
