"""Where event rules stop: a visit's building ends before what is said in it, «قصد» is
no number of visits, talks «had» are still found after «و», the city a meeting is held
in is no one to meet, and «در حالی‌که» opens a clause with or without its half-space."""

from test_news_events import events


def test_a_visited_building_ends_before_the_next_clause() -> None:
    found = events(
        "حسن رضایی، وزیر آموزش و پرورش، امروز از مدرسه شهید بهشتی یزد بازدید کرد و در "
        "بیمارستان امام گفت: کار خوب است."
    )
    assert found == [("visit", ["حسن رضایی"], "مدرسه شهید بهشتی یزد")]


def test_a_visited_building_ends_before_each_spelling_of_a_speech_noun() -> None:
    for noun in ("تاکید", "تصریح", "خاطرنشان"):
        found = events(
            f"حسن رضایی، وزیر نیرو، پس از بازدید از نیروگاه شهید رجایی قزوین {noun} کرد که "
            "این نیروگاه مهم است."
        )
        assert found[0][2] == "نیروگاه شهید رجایی قزوین", noun


def test_a_visit_with_an_intent_is_no_count_of_visits() -> None:
    found = events(
        "حسن رضایی، استاندار یزد، امروز به قصد بازدید از پالایشگاه نفت یزد به این شهر رفت."
    )
    assert [kind for kind, _, _ in found] == ["visit"]


def test_talks_had_after_and_are_a_meeting() -> None:
    found = events("حسن رضایی، وزیر خارجه، امروز در تهران سخنرانی کرد و دیدار با سفیر عمان داشت.")
    assert [(kind, parties) for kind, parties, _ in found] == [("meeting", ["حسن رضایی", "عمان"])]


def test_the_city_of_a_meeting_on_a_trip_is_no_one_met() -> None:
    found = events(
        "حسن رضایی، وزیر خارجه، فردا به مسقط سفر می‌کند و با همتایان خود در مسقط دیدار خواهد کرد."
    )
    assert found == [("visit", ["حسن رضایی"], "مسقط")]


def test_an_announcer_after_while_is_found_with_a_half_space_too() -> None:
    for opener in ("در حالی که", "در حالی\u200cکه"):
        found = events(f"{opener} پلیس برزیل امروز اعلام کرد که دو نفر بازداشت شدند.")
        assert found == [("statement", ["پلیس برزیل"], None)]
