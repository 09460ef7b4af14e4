"""Whom one met, told by where: those one came among and then talked with «با آنان», and a
family met at its home, whose dead is no party to the meeting («در منزل شهید …»), in
sentences written for these tests."""

from test_news_events import events


def test_those_one_came_among_are_whom_one_talked_with() -> None:
    found = events(
        "یوسف نوری، وزیر آموزش و پرورش، در جمع معلمان این مدرسه حضور یافت و با آنان گفت‌وگو کرد."
    )
    assert found == [("meeting", ["یوسف نوری", "معلمان این مدرسه"], None)]


def test_a_family_met_at_home_meets_there_without_its_martyr() -> None:
    found = events(
        "یوسف نوری، وزیر آموزش و پرورش، با حضور در منزل شهید مرتضی مطهری با خانواده این "
        "شهید دیدار کرد."
    )
    assert found == [("meeting", ["یوسف نوری", "خانواده این شهید"], "منزل شهید مرتضی مطهری")]


def test_those_one_appeared_among_are_whom_one_talked_with() -> None:
    found = events("محمدرضا حسینی‌پور، فرماندار شوش، در جمع کارگران حاضر شد و با آنان گفت‌وگو کرد.")
    assert found == [("meeting", ["محمدرضا حسینی‌پور", "کارگران"], None)]
