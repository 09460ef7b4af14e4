"""A session told in a speaker's words («… با حضور … برگزار خواهد شد»): one announced is
reported; one only wished for («باید»), doubted («نمی‌دانم … یا نه») or held as a habit
(«هر هفته») is none."""

from test_news_events import events


def test_a_session_a_speaker_announces_is_reported() -> None:
    found = events(
        "دبیر کانون فرهنگی شهرستان گفت: برای معرفی این طرح، همایشی با حضور صدها نفر از "
        "جوانان شهرستان برگزار خواهد شد."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "meeting"] == [
        ("meeting", ["جوانان شهرستان"])
    ]


def test_a_session_only_wished_for_in_quoted_words_is_none() -> None:
    found = events(
        "دبیر کانون فرهنگی شهرستان گفت: باید همایشی با حضور صدها نفر از جوانان برگزار شود."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == []


def test_a_session_the_speaker_is_unsure_of_is_none() -> None:
    for text in (
        "رئیس اداره گفت: «نمی‌دانم جلسه‌ای با حضور استاندار کرمان برگزار می‌شود یا نه».",
        "رئیس اداره گفت: «معلوم نیست همایشی با حضور استاندار کرمان برگزار خواهد شد».",
    ):
        assert [kind for kind, _, _ in events(text) if kind == "meeting"] == []


def test_a_session_held_as_a_habit_is_none() -> None:
    found = events("دبیر شورا گفت: هر هفته جلسه‌ای با حضور مدیران ادارات شهرستان برگزار می‌شود.")
    assert [kind for kind, _, _ in found if kind == "meeting"] == []
