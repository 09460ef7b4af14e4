"""Criticism «با انتقاد به» what someone did is an accusation; going somewhere with criticism
(«با انتقاد به سراغ …») is none. Criticism made in a session is apart from it: the session
is no party to the charge, what is criticized none to the session. Naming what someone did a
vice, a danger or a threat («… را توطئه‌ای … خواند», «… را خطرناک‌ترین … خواند», «… را
بزرگترین تهدید … خواند») accuses, and the session it is said in meets no one accused; an
office blamed after «وی همچنین» is the accused, no title of the pronoun's. A complaint told
by its verb («… گلایه کرد») accuses."""

from test_news_events import events


def test_criticism_to_what_someone_did_is_an_accusation() -> None:
    found = events(
        "رضا احمدی، مدیرکل راهداری استان، با انتقاد به برخی از کارهای پیمانکاران گفت: "
        "جاده‌ها باید پیش از زمستان آماده شوند."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "accusation"] == [
        ("accusation", ["رضا احمدی"])
    ]


def test_a_complaint_told_by_its_verb_is_an_accusation() -> None:
    found = events("جاسم جادری، استاندار هرمزگان، از کم‌کاری شرکت آب منطقه‌ای گلایه کرد.")
    assert [kind for kind, _, _ in found] == ["accusation"]
    assert found[0][1][0] == "جاسم جادری"


def test_going_somewhere_with_criticism_is_no_accusation() -> None:
    found = events("کارگران معترض با انتقاد به سراغ مدیرعامل رفتند.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_criticism_told_in_the_passive_is_of_its_target() -> None:
    found = events("وزیر راه این هفته از سوی چند نماینده مجلس مورد انتقاد قرار گرفته است.")
    assert [(kind, people) for kind, people, _ in found] == [("accusation", ["وزیر راه"])]


def test_criticism_of_someone_told_impersonally_is_an_accusation() -> None:
    found = events("در این گزارش از سیاست‌های مهدی نوروزی در شهرداری انتقاد شده است.")
    assert [(kind, people) for kind, people, _ in found] == [("accusation", ["مهدی نوروزی"])]


def test_a_claim_against_someone_is_an_accusation_of_the_first_named() -> None:
    found = events(
        "جان اسمیت، سفیر انگلیس، ادعا کرد که مهدی نوروزی با کمک ترکیه این سلاح‌ها را به "
        "سوریه فرستاده است."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("accusation", ["جان اسمیت", "مهدی نوروزی"])
    ]


def test_a_claim_that_names_no_one_is_no_accusation() -> None:
    found = events("سازندگان این دستگاه ادعا می‌کنند که آب آلوده را در یک ساعت پاک می‌کند.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_a_claim_set_off_by_a_comma_is_an_accusation_too() -> None:
    found = events("جان اسمیت، سفیر انگلیس، ادعا کرد، مهدی نوروزی پول را به خارج برده است.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("accusation", ["جان اسمیت", "مهدی نوروزی"])
    ]


def test_a_country_the_recognizer_ran_into_a_ministry_is_the_accused() -> None:
    found = events("وزارت خارجه روسیه آمریکا را به دخالت در انتخابات متهم کرد.")
    assert found == [("accusation", ["وزارت خارجه روسیه", "آمریکا"], None)]


def test_a_criticism_made_in_a_session_is_apart_from_the_session() -> None:
    found = events(
        "علی لاریجانی در جلسه علنی امروز مجلس شورای اسلامی با انتقاد از رفتار آمریکا گفت: "
        "«آمریکایی‌ها روح برجام را نقض کرده‌اند»."
    )
    assert found == [
        ("meeting", ["علی لاریجانی", "مجلس شورای اسلامی"], None),
        ("accusation", ["علی لاریجانی", "آمریکا"], None),
    ]


def test_naming_what_someone_did_a_vice_or_a_danger_accuses() -> None:
    for told in (
        "این اقدام را خطرناک‌ترین تدابیر سیاسی رژیم صهیونیستی خواند.",
        "همه‌پرسی اقلیم کردستان را توطئه‌ای استراتژیک برای به تله انداختن کردها خواند.",
        "اقدام دولت را مغایر اصول بین‌المللی دانست.",
    ):
        found = events(f"عیسی قراقع رئیس کمیسیون امور اسرا {told}")
        assert [(kind, people[0]) for kind, people, _ in found] == [("accusation", "عیسی قراقع")]
    assert events("عیسی قراقع رئیس کمیسیون امور اسرا این طرح را مفید و سازنده دانست.") == []


def test_an_office_blamed_after_the_pronoun_and_an_adverb_is_the_accused() -> None:
    found = events(
        "محمدرضا پورابراهیمی، رئیس کمیسیون اقتصادی مجلس، از افزایش قیمت‌ها انتقاد کرد.\n\n"
        "وی همچنین وزیر نفت را مقصر وضعیت فعلی بازار دانست."
    )
    assert found[-1] == ("accusation", ["محمدرضا پورابراهیمی", "وزیر نفت"], None)


def test_naming_someone_a_threat_accuses_and_no_session_meets_the_accused() -> None:
    found = events(
        "بنیامین نتانیاهو، نخست وزیر رژیم صهیونیستی، در جلسه کابینه ایران را بزرگترین "
        "تهدید برای امنیت منطقه خواند."
    )
    assert ("accusation", ["بنیامین نتانیاهو", "ایران"], None) in found
    assert [people for kind, people, _ in found if kind == "meeting"] == [["بنیامین نتانیاهو"]]
    found = events("بنیامین نتانیاهو، نخست وزیر رژیم صهیونیستی، ایران را تهدیدی برای جهان دانست.")
    assert found == [("accusation", ["بنیامین نتانیاهو", "ایران"], None)]


def test_a_country_s_adjective_and_a_country_read_as_one_body_are_no_party() -> None:
    found = events(
        "یک مقام ارشد دولت آمریکا اظهار داشت: «ما انتظار نداشتیم.» این مقام آمریکایی ایران را "
        "به «تلاش برای خرید زمان» در مذاکرات متهم کرد."
    )
    assert [(kind, who) for kind, who, _ in found] == [("accusation", ["ایران"])]
