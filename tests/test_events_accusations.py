"""Criticism «با انتقاد به» what someone did is an accusation; going somewhere with criticism
(«با انتقاد به سراغ …») is none."""

from test_news_events import events


def test_criticism_to_what_someone_did_is_an_accusation() -> None:
    found = events(
        "رضا احمدی، مدیرکل راهداری استان، با انتقاد به برخی از کارهای پیمانکاران گفت: "
        "جاده‌ها باید پیش از زمستان آماده شوند."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "accusation"] == [
        ("accusation", ["رضا احمدی"])
    ]


def test_going_somewhere_with_criticism_is_no_accusation() -> None:
    found = events("کارگران معترض با انتقاد به سراغ مدیرعامل رفتند.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []
