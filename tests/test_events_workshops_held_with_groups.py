"""Workshops of two kinds («کارگاه‌های ترویجی و آموزشی») are gatherings, and one told by its
holding with groups present («با حضور دهیاران و شوراهای روستاها») is a meeting of them."""

from test_news_events import events


def test_workshops_held_with_groups_present_are_a_meeting_of_them() -> None:
    found = events(
        "کامران افشار، رئیس اداره کشاورزی شهرستان، گفت: برگزاری کارگاه‌های ترویجی و آموزشی "
        "با حضور دهیاران و کشاورزان روستاهای بخش مرکزی از دیگر فعالیت‌های این اداره بوده است."
    )
    meetings = [people for kind, people, _ in found if kind == "meeting"]
    assert len(meetings) == 1 and meetings[0][0] == "دهیاران"
