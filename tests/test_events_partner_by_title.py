"""A partner known only by title, one word after a named actor: «با» or «و» between them
sets a second party beside the first, not the first one's title. Partners known by a
plural office («وزرای خارجه ایران و روسیه») are its holders, where the article names them; a
counterpart «همتای عراقی‌اش» is of that country."""

from test_news_events import events

LEAD = "علی رضایی، وزیر نیرو، امروز در جمع خبرنگاران حاضر شد.\n\n"


def test_a_partner_met_by_title() -> None:
    found = events(LEAD + "رضایی با سفیر چین دیدار و گفتگو کرد.")
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["علی رضایی", "سفیر چین"])]


def test_a_party_to_an_agreement_by_title() -> None:
    found = events(LEAD + "رضایی و وزیر انرژی عراق تفاهم‌نامه همکاری امضا کردند.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("agreement", ["علی رضایی", "وزیر انرژی عراق"])
    ]


def test_the_holders_of_a_plural_office_meet_not_their_countries() -> None:
    found = events(
        "وزرای خارجه ایران و روسیه روز پنجشنبه در مسکو با یکدیگر دیدار کردند. محمد جواد "
        "ظریف و سرگئی لاوروف در این دیدار درباره سوریه گفت‌وگو کردند."
    )
    assert found == [("meeting", ["محمد جواد ظریف", "سرگئی لاوروف"], "مسکو")]


def test_the_holders_of_a_plural_office_are_found_by_titles_of_most_of_its_words() -> None:
    found = events(
        "سرمربیان دو تیم ملی کره جنوبی و ازبکستان در کنفرانس مطبوعاتی قبل از بازی به "
        "سؤالات خبرنگاران پاسخ دادند.\n\nمارکو رینالدی سرمربی تیم ملی کره گفت: تیم ما "
        "آماده است.\n\nبن‌شاد نورعلی‌اف سرمربی تیم ملی ازبکستان نیز گفت: بازی سختی داریم."
    )
    assert found == [("statement", ["مارکو رینالدی", "بن‌شاد نورعلی‌اف"], None)]


def test_a_counterpart_with_the_possessive_clitic_is_of_that_country() -> None:
    found = events("علی رضایی، وزیر نیرو، امروز با همتای عراقی‌اش دیدار کرد.")
    assert found == [("meeting", ["علی رضایی", "عراق"], None)]
