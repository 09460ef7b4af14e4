"""An agreement «حاصل شد»: reached between parties, also in quoted words, the parties ending
before the verb; one not yet reached, or one by which something else is reached
(«با توافق … حاصل شد»), is none. A sum with a decimal point ends no sentence; those of both
sides («میان شرکت‌های دو کشور») are the parties; one country in what two sides agreed is
no side; the countries of unnamed office holders sign for them; the parties «میان» come
after what kind of agreement it is («تفاهم‌نامه همکاری میان …»); a group opening the
clause («وزیران نفت کشورهای عضو اوپک … توافق کردند») agrees among itself."""

from test_news_events import events


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


def test_what_an_agreement_brings_is_no_agreement_reached() -> None:
    found = events("با توافق ایران و عراق آرامش مرزهای دو کشور حاصل شد.")
    assert [kind for kind, _, _ in found if kind == "agreement"] == []


def test_a_document_or_forecast_spaced_where_the_line_shows_no_other_sign_is_read() -> None:
    found = events("وزیر نیرو و وزیر برق عراق یک تفاهم نامه همکاری امضا کردند.")
    assert [kind for kind, _, _ in found] == ["agreement"]
    found = events("صندوق بین المللی پول پیش بینی کرده است که رشد اقتصادی ایران بیشتر شود.")
    assert found == [("statement", ["صندوق بین‌المللی پول"], None)]


def test_a_sum_with_a_decimal_point_ends_no_sentence() -> None:
    found = events("ایران و فرانسه قراردادی به ارزش ۴.۸ میلیارد دلار امضا کردند.")
    assert found == [("agreement", ["ایران", "فرانسه"], None)]


def test_those_of_both_sides_between_whom_it_is_signed_are_its_parties() -> None:
    found = events(
        "در همایش تجاری ایران و چین، سه قرارداد به ارزش ۱.۸ میلیارد دلار میان شرکت‌های دو "
        "کشور به امضا رسید."
    )
    assert found == [
        ("meeting", ["ایران", "چین"], None),
        ("agreement", ["شرکت‌های دو کشور"], None),
    ]


def test_one_country_in_what_two_sides_agreed_is_no_side() -> None:
    found = events(
        "محمد جواد ظریف وزیر امور خارجه امروز در تهران با سرگئی لاوروف وزیر خارجه روسیه "
        "دیدار کرد. دو طرف توافق کردند که نخستین قسط وام روسیه تا پایان سال پرداخت شود."
    )
    assert found == [
        ("meeting", ["محمد جواد ظریف", "سرگئی لاوروف"], "تهران"),
        ("agreement", ["محمد جواد ظریف", "سرگئی لاوروف"], None),
    ]


def test_the_countries_of_an_office_unnamed_sign_for_it() -> None:
    found = events("وزیران نفت ایران و عراق توافقنامه‌ای را به امضا رساندند.")
    assert found == [("agreement", ["ایران", "عراق"], None)]


def test_the_parties_between_come_after_what_kind_of_agreement_it_is() -> None:
    found = events(
        "حسن رضایی، استاندار فارس، از امضای تفاهم‌نامه همکاری میان استانداری فارس و "
        "دانشگاه شیراز خبر داد."
    )
    assert ("agreement", ["استانداری فارس", "دانشگاه شیراز"], None) in found
    # not past a word of the clause: «که» opens what was agreed
    found = events("دو طرف تفاهم‌نامه‌ای امضا کردند که میان بانک ملی و بانک ملت تقسیم کار شود.")
    assert all(people != ["بانک ملی", "بانک ملت"] for _, people, _ in found)


def test_a_group_opening_the_clause_agrees_among_itself() -> None:
    found = events("وزیران نفت کشورهای عضو اوپک در نشست وین توافق کردند تولید را کاهش دهند.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("agreement", ["وزیران نفت کشورهای عضو اوپک"])
    ]


def test_signing_a_motion_or_a_letter_is_no_agreement() -> None:
    found = events("تاکنون ۲۸ نماینده طرح سؤال از حسین صادقی‌پور، وزیر نیرو، را امضا کرده‌اند.")
    assert [kind for kind, _, _ in found] == []
    # a contract to carry out a plan is still one
    found = events(
        "وزارت نفت و شرکت توتال قرارداد اجرای طرح توسعه فاز ۱۱ پارس جنوبی را امضا کردند."
    )
    assert [kind for kind, _, _ in found] == ["agreement"]
