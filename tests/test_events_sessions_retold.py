"""A session spoken at by its bare noun («در همایش گفت»): it is the meeting already told when
that one was a session of the same kind on the same day, so no second meeting; after another
kind of meeting, a talk, or on another day, or named in full, it is a meeting of its own."""

from test_news_events import events

import khabar


def test_speaking_in_a_session_told_before_is_no_second_meeting() -> None:
    found = events(
        "همایش بانوان قرآنی با حضور حسن رضایی، امام جمعه شهر، عصر امروز برگزار شد. "
        "مریم کریمی نیز توضیحاتی را برای حاضرین در همایش بیان کرد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["حسن رضایی"])]


def test_speaking_at_the_session_told_on_its_day_is_no_second_meeting() -> None:
    found = events(
        "همایش بانوان قرآنی با حضور حسن رضایی، امام جمعه شهر، عصر امروز برگزار شد. "
        "مریم کریمی نیز امروز در همایش گفت: قرآن کتاب زندگی است."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["حسن رضایی"])]


def test_speaking_at_another_kind_of_session_is_a_meeting_of_its_own() -> None:
    found = events(
        "جلسه شورای شهر تبریز روز شنبه با حضور صادق نجفی شهردار تبریز برگزار شد. "
        "علی رضایی رئیس شورای شهر تبریز نیز روز گذشته در همایش گفت: بودجه شهری افزایش "
        "یافته است."
    )
    assert [kind for kind, _, _ in found] == ["meeting", "meeting"]
    assert found[1][1] == ["علی رضایی"]


def test_speaking_at_a_session_after_a_talk_told_is_a_meeting() -> None:
    found = events(
        "حسن روحانی رئیس جمهور روز شنبه با نخست وزیر ترکیه دیدار کرد. محمد جواد ظریف "
        "وزیر امور خارجه نیز روز گذشته در همایش گفت: گردشگری رونق گرفته است."
    )
    assert [(kind, people) for kind, people, _ in found][1] == ("meeting", ["محمد جواد ظریف"])


def test_speaking_at_a_session_on_another_day_is_a_meeting_of_its_own() -> None:
    article = khabar.analyze(
        "خبر\n\nجلسه شورای شهر تبریز روز شنبه با حضور صادق نجفی شهردار تبریز برگزار شد. "
        "علی رضایی رئیس شورای شهر تبریز نیز روز گذشته در جلسه گفت: بودجه شهری افزایش "
        "یافته است.",
        date="2014-05-01",
    ).to_dict()
    found = [(e["participants"], e["date"]) for e in article["events"]]
    assert found[1] == (["علی رضایی"], "2014-04-30")


def test_speaking_at_a_session_named_is_a_meeting() -> None:
    found = events("مریم کریمی امروز در همایش ملی بانوان قرآنی گفت: قرآن کتاب زندگی است.")
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["مریم کریمی"])]
