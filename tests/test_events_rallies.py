"""A rally told by who or how many gather («در اجتماع پرشور بسیجیان …») is a gathering,
a meeting by the guidelines; «اجتماع» the society is none."""

from test_news_events import events


def test_speaking_at_a_rally_tells_a_meeting() -> None:
    found = events("کامران افشار در اجتماع بزرگ بسیجیان شهرستان میناب گفت: بسیج ستون انقلاب است.")
    meetings = [people for kind, people, _ in found if kind == "meeting"]
    assert len(meetings) == 1 and meetings[0][0] == "کامران افشار"


def test_society_is_no_rally() -> None:
    found = events("کامران افشار با اشاره به نقش زنان در اجتماع امروز گفت که زنان باید فعال باشند.")
    assert [kind for kind, _, _ in found if kind == "meeting"] == []
