"""Events the session-17 blind articles showed missed, told in sentences written for
these tests: a visitor named by a long title, those present at a session, a criticism
«به» something, an agreement «حاصل شد», a session announced in quoted words."""

from test_news_events import events


def test_criticism_to_what_someone_did_is_an_accusation() -> None:
    found = events(
        "رضا احمدی، مدیرکل راهداری استان، با انتقاد به برخی از کارهای پیمانکاران گفت: "
        "جاده‌ها باید پیش از زمستان آماده شوند."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "accusation"] == [
        ("accusation", ["رضا احمدی"])
    ]


def test_an_agreement_reached_in_quoted_words_is_one() -> None:
    found = events("وزیر خارجه گفت: «توافق اولیه میان ایران و ترکیه در سال ۱۳۹۰ حاصل شد.»")
    assert [(kind, people) for kind, people, _ in found if kind == "agreement"] == [
        ("agreement", ["ایران", "ترکیه"])
    ]
    none = events("سخنگوی دولت گفت: هنوز توافقی میان دو طرف حاصل نشده است.")
    assert [kind for kind, _, _ in none if kind == "agreement"] == []


def test_the_parties_of_an_agreement_reached_end_before_its_verb() -> None:
    found = events("پس از دو روز گفت‌وگو، توافق اولیه میان ایران و عراق حاصل شد.")
    assert [(kind, people) for kind, people, _ in found if kind == "agreement"] == [
        ("agreement", ["ایران", "عراق"])
    ]


def test_going_somewhere_with_criticism_is_no_accusation() -> None:
    found = events("کارگران معترض با انتقاد به سراغ مدیرعامل رفتند.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_what_an_agreement_brings_is_no_agreement_reached() -> None:
    found = events("با توافق ایران و عراق آرامش مرزهای دو کشور حاصل شد.")
    assert [kind for kind, _, _ in found if kind == "agreement"] == []
