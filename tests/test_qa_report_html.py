"""The HTML report of one analysed article (``khabar analyze --format html``), rendered
from the JSON form as a stored analysis is: marks that nest, cross, touch or run over
paragraphs, text that looks like markup, and a page that needs nothing from elsewhere."""

import pytest
from lxml import html as lxml_html

from khabar.news.report import to_html, to_text

HEADLINE = "نشست خبری وزیر کشاورزی"
FIRST = "حسن بهرامی گفت: «خرید تضمینی گندم از هفته آینده آغاز می‌شود."
SECOND = "«بهای هر کیلو گندم ۱۵ هزار تومان است.»"


def article(paragraphs: list[str], **spans: list[tuple[str, str]]) -> dict:
    """An analysis of ``paragraphs`` (the first the headline) in the JSON form, with each
    ``(label, words)`` of ``spans["entities"]`` etc. found where the words first stand."""
    text = "\n\n".join(paragraphs)
    starts = [sum(len(p) + 2 for p in paragraphs[:i]) for i in range(len(paragraphs))]
    roles = ["headline", *["body"] * (len(paragraphs) - 1)]

    def at(words: str) -> dict:
        start = text.index(words)
        return {"start": start, "end": start + len(words), "text": words}

    return {
        "text": text,
        "headline": paragraphs[0],
        "paragraphs": [
            {"start": s, "end": s + len(p), "role": r}
            for s, p, r in zip(starts, paragraphs, roles, strict=True)
        ],
        "entities": [{**at(w), "label": label} for label, w in spans.get("entities", [])],
        "quotes": [
            {**at(w), "kind": "direct", "cue": "گفت", "speaker": who}
            for who, w in spans.get("quotes", [])
        ],
        "dates": [{**at(w), "value": None} for _, w in spans.get("dates", [])],
        "people": [],
        "sources": [],
        "events": [],
        "warnings": [],
    }


def marked(page: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Per paragraph of the article, each character with the mark classes around it."""
    return [characters(block, ()) for block in lxml_html.fromstring(page).find(".//article")]


def characters(node, around: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    if node.tag == "mark":
        around = tuple(sorted((*around, node.get("class"))))
    found = [(c, around) for c in node.text or ""]
    for child in node:
        found += characters(child, around) + [(c, around) for c in child.tail or ""]
    return found


def labels_of(paragraph: list[tuple[str, tuple[str, ...]]], words: str) -> set[tuple[str, ...]]:
    text = "".join(c for c, _ in paragraph)
    start = text.index(words)
    return {labels for _, labels in paragraph[start : start + len(words)]}


def test_a_quote_running_over_paragraphs_is_marked_in_each() -> None:
    quote = FIRST[FIRST.index("«") + 1 :] + "\n\n" + SECOND[:-1]
    page = to_html(article([HEADLINE, FIRST, SECOND], quotes=[("حسن بهرامی", quote)]))
    _, first, second = marked(page)
    assert labels_of(first, "خرید تضمینی گندم") == {("QUOTE",)}
    assert labels_of(second, "«بهای هر کیلو گندم ۱۵ هزار تومان است.") == {("QUOTE",)}
    assert labels_of(second, "»") == {()}


def test_marks_that_cross_or_touch_still_mark_each_character_right() -> None:
    quote = FIRST[FIRST.index("گندم") :]
    data = article(
        [HEADLINE, FIRST],
        entities=[
            ("PER", "حسن بهرامی"),
            ("EVENT", " گفت"),
            ("ORG", "تضمینی گندم"),
            ("LOC", "شود."),
        ],
        quotes=[("حسن بهرامی", quote)],
    )
    _, first = marked(to_html(data))
    assert labels_of(first, "حسن بهرامی") == {("PER",)}
    assert labels_of(first, " گفت") == {("EVENT",)}
    assert labels_of(first, "تضمینی ") == {("ORG",)}
    assert labels_of(first, "گندم") == {("ORG", "QUOTE")}
    assert labels_of(first, " از هفته آینده آغاز") == {("QUOTE",)}
    assert labels_of(first, "شود.") == {("LOC", "QUOTE")}


def test_the_tables_speak_persian() -> None:
    data = article([HEADLINE, FIRST], quotes=[("حسن بهرامی", "خرید تضمینی گندم")])
    data["sources"] = [{"name": "ایرنا", "role": "reporter", "start": 0, "end": 0}]
    data["people"] = [{"name": "حسن بهرامی", "titles": ["وزیر"], "mentions": [[0, 3]] * 12}]
    data["events"] = [
        {"type": "meeting", "trigger": "دیدار", "participants": [], "place": None, "date": None}
    ]
    page = lxml_html.fromstring(to_html(data))
    cells = [[td.text_content() for td in tr.iter("td")] for tr in page.iter("tr")]
    rows = [row for row in cells if row]
    assert rows == [
        ["حسن بهرامی", "وزیر", "۱۲"],
        ["حسن بهرامی", "مستقیم", "گفت", "خرید تضمینی گندم"],
        ["ایرنا", "گزارشگر"],
        ["دیدار", "دیدار", "", "", ""],
    ]


@pytest.mark.parametrize(
    ("calendar", "day"),
    [("gregorian", "2019-12-16"), ("solar_hijri", "1398-09-25"), ("native", "1398-09-25")],
)
def test_an_event_s_date_is_in_the_calendar_the_dates_are_in(calendar: str, day: str) -> None:
    """The events table and the dates table read a day the same way."""
    text = "روز دوشنبه ۲۵ آذر ۱۳۹۸"
    data = article([HEADLINE, f"وزیر {text} با همتای خود دیدار کرد."], dates=[("DATE", text)])
    data["dates"][0].update(
        value="2019-12-16", calendar="solar_hijri", solar_hijri="1398-09-25", native="1398-09-25"
    )
    data["events"] = [
        {
            "type": "meeting",
            "trigger": "دیدار",
            "participants": [],
            "place": None,
            "date": "2019-12-16",
        }
    ]
    page = lxml_html.fromstring(to_html(data, calendar))
    rows = [[td.text_content() for td in tr.iter("td")] for tr in page.iter("tr")]
    assert [text, day] in rows
    assert ["دیدار", "دیدار", "", "", day] in rows


def test_the_legend_names_every_kind_of_mark_on_the_page() -> None:
    data = article(
        [HEADLINE, FIRST, SECOND],
        entities=[("PER", "حسن بهرامی"), ("NUMBER", "۱۵ هزار"), ("PRO", "گندم")],
        quotes=[("حسن بهرامی", "خرید تضمینی")],
    )
    page = lxml_html.fromstring(to_html(data))
    marked = {m.get("class") for m in page.find(".//article").iter("mark")}
    legend = {m.get("class"): m.text for m in page.find_class("legend")[0].iter("mark")}
    assert set(legend) == marked == {"PER", "NUMBER", "PRO", "QUOTE"}
    assert legend["NUMBER"] == "عدد"


@pytest.mark.parametrize(
    ("calendar", "shown"),
    [
        ("gregorian", "2019-04-30 تا 2019-05-10"),
        ("solar_hijri", "1398-02-10 تا 1398-02-20"),
        ("native", "1398-02-10 تا 1398-02-20"),
    ],
)
def test_a_span_of_days_reads_the_same_way_in_every_calendar(calendar: str, shown: str) -> None:
    text = "۱۰ تا ۲۰ اردیبهشت ۱۳۹۸"
    data = article([HEADLINE, f"نمایشگاه {text} برگزار می‌شود."], dates=[("DATE", text)])
    data["dates"][0].update(
        value="2019-04-30",
        end_value="2019-05-10",
        calendar="solar_hijri",
        solar_hijri="1398-02-10/1398-02-20",
        native="1398-02-10/1398-02-20",
    )
    rows = lxml_html.fromstring(to_html(data, calendar)).iter("tr")
    assert [text, shown] in [[td.text_content() for td in tr.iter("td")] for tr in rows]
    assert f"تاریخ: {text} → {shown}" in to_text(data, calendar).splitlines()


def test_the_page_says_when_and_where_the_article_was_published() -> None:
    data = article([HEADLINE, FIRST])
    data.update(published="2019-12-16", url="https://www.farsnews.ir/news/1?a=1&b=<2>")
    about = lxml_html.fromstring(to_html(data, "solar_hijri")).find_class("about")[0]
    assert "1398-09-25" in about.text_content()
    assert about.find("a").get("href") == data["url"]
    data["url"] = "javascript:alert(1)"
    assert lxml_html.fromstring(to_html(data)).find(".//a") is None
