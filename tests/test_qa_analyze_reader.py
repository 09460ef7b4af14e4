"""Reading articles as they arrive: JSON fields of the wrong type, publication dates in
either calendar, and things that are not articles at all."""

import datetime as dt

import pytest

from khabar.news.analyze import publication_day
from khabar.news.reader import ArticleError, from_json, parse_date, read_article


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('{"title": "تیتر", "lead": 5, "paragraphs": ["بند"]}', "lead"),
        ('{"title": ["تیتر"], "paragraphs": ["بند"]}', "title"),
        ('{"title": 5, "paragraphs": ["بند"]}', "title"),
        ('{"title": "تیتر", "text": 5}', "text"),
        ('{"title": "تیتر", "paragraphs": ["بند"], "url": {"href": "x"}}', "url"),
    ],
)
def test_a_json_field_of_the_wrong_type_is_named(text: str, field: str) -> None:
    with pytest.raises(ArticleError, match=f"'{field}'"):
        read_article(text)


def test_a_json_body_given_as_a_list_is_its_paragraphs() -> None:
    draft = read_article('{"title": "تیتر", "body": ["بند یک", "بند دو"]}')
    assert (draft.headline, draft.paragraphs) == ("تیتر", ["بند یک", "بند دو"])


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2017-09-19", dt.date(2017, 9, 19)),
        ("2017-09-19T10:00:00Z", dt.date(2017, 9, 19)),
        ("1396-06-28", dt.date(2017, 9, 19)),
        ("۱۳۹۶/۰۶/۲۸", dt.date(2017, 9, 19)),
        ("1402-02-24T09:30:00+03:30", dt.date(2023, 5, 14)),
        ("Tue, 19 Sep 2017 10:00:00 GMT", dt.date(2017, 9, 19)),
        ("19 Sep 2017 10:00:00 +0330", dt.date(2017, 9, 19)),
        # The day alone, as the error message offers it.
        ("Tue, 19 Sep 2017", dt.date(2017, 9, 19)),
        ("19 sep 2017", dt.date(2017, 9, 19)),
    ],
)
def test_a_publication_date_in_either_calendar(value: str, day: dt.date) -> None:
    """Persian sites date their news in the Solar Hijri calendar; read as a Gregorian year
    1396 it made «دیروز» a day of the year 1396 AD."""
    assert parse_date(value) == day
    assert publication_day(value) == day


@pytest.mark.parametrize(
    "value",
    [
        "1402-13-01",
        "1402-12-30",
        "2019-02-30",
        "yesterday",
        "Tue, 31 Sep 2017",
        # Anything after the day: a Solar Hijri date with a stop was read as the year 1396 AD.
        "1396-06-28.",
        "۱۳۹۶-۰۶-۲۸،",
        "2017-09-190",
    ],
)
def test_a_date_that_is_none_is_refused(value: str) -> None:
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize(
    "text",
    [
        '<html><head><meta name="date" content="Tuesday"></head><body>'
        "<h1>وزیر نفت به عراق سفر کرد</h1><p>بیژن زنگنه دیروز به بغداد سفر کرد.</p></body></html>",
        '{"title": "وزیر نفت به عراق سفر کرد", "date": "garbage",'
        ' "paragraphs": ["بیژن زنگنه دیروز به بغداد سفر کرد."]}',
    ],
)
def test_an_articles_own_date_that_cannot_be_read_is_left_out_with_a_warning(text: str) -> None:
    """A scraped page's date is often in a form no one planned for; the article is still
    news, dated by ``--date`` or not at all."""
    draft = read_article(text)
    assert draft.published is None
    assert draft.paragraphs == ["بیژن زنگنه دیروز به بغداد سفر کرد."]
    assert len(draft.warnings) == 1 and "left out" in draft.warnings[0]


def test_a_datetime_is_its_day() -> None:
    assert publication_day(dt.datetime(2020, 1, 2, 3, 4)) == dt.date(2020, 1, 2)


@pytest.mark.parametrize("value", [None, 5, "خبر".encode()])
def test_what_is_not_text_is_a_type_error_that_says_so(value: object) -> None:
    with pytest.raises(TypeError, match="text or a Draft"):
        read_article(value)  # type: ignore[arg-type]


ARABIC = (
    "وزير الخارجية يلتقي نظيره\n\nقال وزير الخارجية السعودي في مؤتمر صحفي اليوم إن المملكة "
    "تدعم الحوار مع جميع الأطراف، وأضاف أن العلاقات الثنائية تشهد تطورا ملحوظا في مختلف "
    "المجالات."
)
PERSIAN_DAMAGED = (
    "ديدار وزير\n\nوزير امور خارجه امروز با سفير الجزاير ديدار كرد و درباره الزامات "
    "همكاري هاي اقتصادي با وي گفتگو كرد."
)


def test_arabic_text_is_warned_of_and_damaged_persian_is_not() -> None:
    """Arabic is written in the letters Persian uses, so counting letters took it for
    Persian; its article «ال» and the lack of «پ چ ژ گ» tell it apart."""
    import khabar

    assert any("Persian" in w for w in khabar.analyze(ARABIC).warnings)
    assert khabar.analyze(PERSIAN_DAMAGED).warnings == []


def test_an_html_fragment_with_no_paragraph_tag_is_read_as_html() -> None:
    draft = read_article(
        "<div class='news'><h1>افتتاح سد</h1><div>وزیر نیرو امروز سدی را افتتاح کرد."
        "<br>وی گفت که سد آب کشاورزان را تأمین می‌کند.</div></div>"
    )
    assert draft.headline == "افتتاح سد"
    assert draft.paragraphs == [
        "وزیر نیرو امروز سدی را افتتاح کرد.",
        "وی گفت که سد آب کشاورزان را تأمین می‌کند.",
    ]


def test_text_that_opens_with_a_bracket_is_text() -> None:
    draft = read_article("<ویدئو> افتتاح سد\n\nوزیر نیرو امروز سدی را افتتاح کرد.")
    assert draft.headline == "<ویدئو> افتتاح سد"


def test_a_json_content_field_of_html_is_the_body() -> None:
    """CMS exports write the body as ``content``, in HTML."""
    draft = read_article(
        '{"title": "سفر وزیر", "content": "<p>علی رضایی امروز به مشهد سفر کرد.</p>'
        '<p>وی گفت: کار ادامه دارد.</p>"}'
    )
    assert draft.paragraphs == ["علی رضایی امروز به مشهد سفر کرد.", "وی گفت: کار ادامه دارد."]


def test_a_json_title_with_entities_is_text_and_is_not_repeated_as_the_lead() -> None:
    draft = from_json({"title": "عنوان &amp; خبر", "text": "<p>به گزارش فارس، وزیر آمد.</p>"})
    assert draft.headline == "عنوان & خبر"
    draft = from_json({"title": "عنوان خبر", "text": "عنوان خبر\n\nبه گزارش فارس، وزیر آمد."})
    assert draft.paragraphs == ["به گزارش فارس، وزیر آمد."]
