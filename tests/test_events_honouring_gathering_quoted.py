"""A gathering a speaker announces in honour of a group («همایش … به منظور تجلیل از
ورزشکاران برتر … برگزار می‌شود») is reported as one with its guests; one announced with no
one it is for stays a plan."""

from test_news_events import events


def test_a_gathering_in_honour_of_a_group_told_in_a_quote_is_a_meeting() -> None:
    found = events(
        "کامران افشار، مدیرکل ورزش استان، گفت: همایش قهرمانان به منظور تجلیل از ورزشکاران "
        "برتر استان فردا در سالن شهید چمران برگزار می‌شود."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == ["meeting"]


def test_a_gathering_announced_for_no_one_stays_a_plan() -> None:
    found = events(
        "کامران افشار، مدیرکل ورزش استان، گفت: همایش قهرمانان فردا در سالن شهید چمران برگزار می‌شود."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == []
