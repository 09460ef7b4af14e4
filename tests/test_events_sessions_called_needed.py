"""A session named among what someone calls needed is a proposal, no meeting («… و نشست
مشترک وزیران کشور … را برای … لازم و ضروری خواند»); one held stays a meeting."""

from test_news_events import events


def test_a_session_called_needed_is_no_meeting() -> None:
    found = events(
        "کامران افشار تقویت همکاری‌ها و نشست مشترک وزیران کشور کشورهای منطقه را برای مقابله "
        "با قاچاق لازم و ضروری خواند."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == []


def test_a_joint_session_held_is_a_meeting() -> None:
    found = events(
        "نشست مشترک وزیران کشور ایران و عراق امروز در تهران برگزار شد و کامران افشار آن را "
        "مفید خواند."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == ["meeting"]
