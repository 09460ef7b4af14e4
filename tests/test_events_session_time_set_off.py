"""When a session is held may be set off by commas between its noun and who attends it
(«جلسه توجیهی، روز ۲۰ مهر با حضور مدیران … برگزار شد»)."""

from test_news_events import events


def test_a_session_whose_day_is_set_off_by_a_comma_is_a_meeting() -> None:
    found = events(
        "جلسه توجیهی، روز ۲۰ مهر با حضور مدیران مدارس شهرستان در سالن اجتماعات "
        "آموزش و پرورش برگزار شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
