"""Whom an occasion remembers or honours («سالگرد ارتحال», «بزرگداشت», a session named after
a holy figure) takes no part in it and makes no trip, whatever titles stand before the name,
unless the sentence has them there in person («با سخنرانی ایشان»)."""

from test_news_events import events


def test_whom_an_anniversary_commemorates_takes_no_trip() -> None:
    found = events(
        "کاروان دانشجویان استان برای شرکت در سالگرد ارتحال حضرت امام خمینی (ره) به تهران رفت."
    )
    assert all("خمینی" not in people for _, people, _ in found)


def test_a_holy_figure_a_session_is_named_after_takes_no_part() -> None:
    found = events(
        "علی رضایی صبح امروز در همایش نقش امام جعفر صادق(ع) در نشر علم و فرهنگ "
        "اسلامی گفت: فقه شیعه در زمان ایشان رشد کرد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["علی رضایی"])]


def test_whom_a_memorial_is_for_takes_no_part_whatever_their_title() -> None:
    found = events("مریم کریمی برای شرکت در مراسم بزرگداشت استاد «حسین منزوی» به زنجان سفر کرد.")
    assert [(kind, people) for kind, people, _ in found] == [("visit", ["مریم کریمی"])]


def test_one_honoured_another_speaks_for_takes_no_part() -> None:
    found = events(
        "همایش بزرگداشت آیت‌الله ناصر مکارم شیرازی روز گذشته با سخنرانی حسن روحانی در قم برگزار شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["حسن روحانی"])]


def test_one_honoured_in_person_takes_part() -> None:
    found = events(
        "همایش بزرگداشت آیت‌الله ناصر مکارم شیرازی روز گذشته با سخنرانی ایشان در قم برگزار شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["ناصر مکارم شیرازی"])]
