"""Condemnations and charges told by a noun or in the past progressive, in sentences
written for these tests, and a sentence passed by a court, which is none; an attack
condemned, no word of the title before it, whose target is no party."""

from test_news_events import events
from test_titles_ends import titles


def test_condemning_told_by_a_noun_while_speaking_is_an_accusation() -> None:
    found = events(
        "مهدی نوروزی، فرمانده سپاه سقز، با محکوم کردن حمله آمریکا به عراق گفت: "
        "هیچ کشوری حق ندارد به همسایه‌اش تجاوز کند."
    )
    accusations = [people for kind, people, _ in found if kind == "accusation"]
    assert accusations == [["مهدی نوروزی", "آمریکا"]]


def test_a_sentence_passed_by_a_court_is_no_accusation() -> None:
    found = events("قاضی مهدی نوروزی با محکوم کردن او به ده سال حبس جلسه دادگاه را پایان داد.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_a_sentence_passed_on_someone_named_is_no_accusation() -> None:
    found = events(
        "دادگاه کیفری تهران با محکوم کردن این مقام سابق به ده سال زندان، پرونده را مختومه کرد."
    )
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_someone_told_as_accused_in_the_past_progressive_is_accused() -> None:
    found = events("مهدی نوروزی، شهردار سابق، به واگذاری زمین‌های شهرداری متهم می‌شد.")
    assert [(kind, people) for kind, people, _ in found] == [("accusation", ["مهدی نوروزی"])]


def test_a_charge_that_would_follow_is_no_accusation() -> None:
    found = events("به گفته وکیل، اگر این سند منتشر شود، مهدی نوروزی به جاسوسی متهم می‌شود.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_holding_someone_to_blame_named_so_is_an_accusation() -> None:
    found = events("مهدی نوروزی، نماینده مجلس، وزارت نیرو را مسئول خاموشی‌های تابستان قلمداد کرد.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("accusation", ["مهدی نوروزی", "وزارت نیرو"])
    ]


def test_a_post_given_before_saying_something_is_no_blame() -> None:
    found = events(
        "مهدی نوروزی، وزیر کشور، حسن رضایی را مسئول ستاد بحران استان منصوب کرد و عنوان کرد "
        "که این ستاد از امروز فعال است."
    )
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_taking_a_duty_on_oneself_is_no_accusation() -> None:
    found = events("مهدی نوروزی، رئیس هیئت مدیره، خود را مسئول پیگیری این پرونده دانست.")
    assert found == []


def test_naming_what_someone_did_a_betrayal_is_an_accusation() -> None:
    found = events(
        "مهدی نوروزی، نماینده مجلس، عادی‌سازی روابط امارات با رژیم صهیونیستی را خیانت "
        "به فلسطین خواند."
    )
    assert [kind for kind, _, _ in found] == ["accusation"]
    assert {"مهدی نوروزی", "امارات"} <= set(found[0][1])


def test_an_attack_condemned_after_a_title_is_no_part_of_it_and_its_target_no_party() -> None:
    found = events(
        "علی بهادری جهرمی، سخنگوی دولت، حمله تروریستی به مقر پلیس زاهدان را به شدت محکوم کرد."
    )
    assert found == [("accusation", ["علی بهادری جهرمی"], None)]
    assert titles("سخنگوی دولت حمله تروریستی به مقر پلیس زاهدان را محکوم کرد.") == ["سخنگوی دولت"]
