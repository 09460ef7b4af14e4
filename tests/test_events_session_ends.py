"""The session someone speaks after or at the start of is a meeting they attended, as the
one they speak in is («پس از پایان نشست اعضای شورای مرکزی … گفت»)."""

from test_news_events import events


def test_speaking_after_a_session_ends_tells_the_session() -> None:
    found = events(
        "کامران افشار، دبیرکل حزب همبستگی، پس از پایان نشست اعضای شورای مرکزی حزب گفت: "
        "انتخابات پیش رو اهمیت زیادی دارد."
    )
    meetings = [people for kind, people, _ in found if kind == "meeting"]
    assert len(meetings) == 1 and meetings[0][0] == "کامران افشار"
