"""A meeting joined by «و» to the visits it was part of is one, whoever makes the visits
(«در جریان بازدیدهای دوره‌ای اعضای شورا از مناطق … و دیدار با شهروندان»)."""

from test_news_events import events


def test_a_meeting_after_visits_made_by_many_is_a_meeting() -> None:
    found = events(
        "سامان رحیمی در جریان بازدیدهای هفتگی اعضای شورای شهر کرج از مناطق شهرداری و دیدار "
        "با کسبه بازار در منطقه ۵ حضور یافت."
    )
    meetings = [people for kind, people, _ in found if kind == "meeting"]
    assert len(meetings) == 1 and "سامان رحیمی" in meetings[0]
