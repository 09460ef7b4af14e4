"""A caravan opening its sentence travels in a clause after «و» that leaves the subject
out («کاروان‌های … از X، Y و Z عبور می‌کنند و … به مشهد می‌روند»)."""

from test_news_events import events


def test_a_caravan_is_who_travels_in_the_clause_after_and() -> None:
    found = events(
        "کاروان‌های زائران شهرستان نیشابور در مسیر رفت از سبزوار، شاهرود و دامغان عبور "
        "می‌کنند و در مسیر برگشت نیز به مشهد می‌روند."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "visit"] == [
        ("visit", ["کاروان‌های زائران شهرستان نیشابور"])
    ]
