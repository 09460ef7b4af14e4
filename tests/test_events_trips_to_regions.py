"""Regions and parts of a country are destinations («در سفر به مناطق سیل‌زده»), and those
an «اعزام … به» names are who is sent, not whoever speaks of it."""

from test_news_events import events


def _visits(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "visit"]


def test_a_trip_to_a_region_is_a_visit() -> None:
    found = _visits(
        "کامران افشار، وزیر کشور، در سفر به مناطق زلزله‌زده شرق کشور گفت: خانه‌ها بازسازی می‌شوند."
    )
    assert found == [["کامران افشار"]]


def test_who_is_sent_is_not_the_speaker() -> None:
    found = _visits(
        "کامران افشار در این دیدار که در آستانه اعزام مبلغان به نقاط مختلف کشور برگزار شد، سخن گفت."
    )
    assert ["کامران افشار"] not in found
