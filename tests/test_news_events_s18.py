"""Events of the session-18 tuning errors and pool reading, told in sentences written for
these tests: teams sent somewhere by a passive «اعزام شد» (not the injured or dead), no
one commemorated or holy taking part, an incident's day dating no event told after it, a
session told again by its bare noun, a body's name closing with its province, and groups
named by more plural roles."""

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
