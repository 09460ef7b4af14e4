"""An agreement «حاصل شد»: reached between parties, also in quoted words, the parties ending
before the verb; one not yet reached, or one by which something else is reached
(«با توافق … حاصل شد»), is none."""

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
