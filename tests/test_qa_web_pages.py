"""The web pages as a demanding user and a hostile file meet them, over a real SQLite
store: analysed rows stored as they are (whatever a file says), and requests a form
or an address bar can make."""

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html
from stored import stored

import khabar
from khabar.corpus import open_store
from khabar.corpus.analysed import row
from khabar.corpus.ingest import ingest
from khabar.web.app import create_app

TEXT = """دیدار وزیران کشاورزی در تبریز
به گزارش ایرنا، حسن بهرامی، وزیر جهاد کشاورزی، روز سه شنبه ۲۸ شهریور ۱۳۹۶ در تبریز گفت: \
«کشاورزان منطقه از سال آینده از این طرح‌ها بهره می‌برند.»
"""
HOSTILE = '"><img src=x onerror=alert(1)>'


def hostile_row() -> dict:
    """An analysed row as a file may hold it: its labels and roles are text like any."""
    analysis = khabar.analyze(TEXT, date="2017-09-19").to_dict()
    for entity in analysis["entities"]:
        entity["label"] += HOSTILE
    for paragraph in analysis["paragraphs"]:
        paragraph["role"] += HOSTILE
    return row("url:https://example.org/hostile", None, analysis)


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[TestClient]:
    url = stored(tmp_path_factory.mktemp("input"), [hostile_row()])
    with TestClient(create_app(url, burst=10_000)) as opened:
        yield opened


def test_labels_and_roles_of_a_stored_row_are_text_not_markup(client: TestClient) -> None:
    page = client.get("/articles/1")
    assert page.status_code == 200
    assert "<img" not in page.text
    article = lxml_html.fromstring(page.text).find(".//article")
    labels = {m.get("class") for m in article.iter("mark")} - {"QUOTE", "DATE"}
    assert labels and all(label.endswith(HOSTILE) for label in labels)
    roles = {p.get("class") for p in article}
    assert roles == {"headline" + HOSTILE, "lead" + HOSTILE}


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/?q=" + "خبر" * 200, "جست‌وجو"),
        ("/?offset=abc", "صفحه"),
        ("/?offset=10001", "صفحه"),
        ("/?person=" + "x" * 201, "شخص"),
        ("/articles/0", "شمارهٔ خبر"),
        ("/articles/abc", "شمارهٔ خبر"),
        ("/stories/99999999999999999999", "شمارهٔ داستان"),
        ("/people/" + "x" * 201, "نام"),
    ],
)
def test_a_bad_address_gets_a_persian_page_not_json(
    client: TestClient, url: str, field: str
) -> None:
    got = client.get(url)
    assert got.status_code == 422
    assert got.headers["content-type"].startswith("text/html")
    page = lxml_html.fromstring(got.text)
    assert (page.get("lang"), page.get("dir")) == ("fa", "rtl")
    assert field in page.find(".//*[@role='alert']").text_content()


def test_an_unknown_page_is_a_persian_404(client: TestClient) -> None:
    got = client.get("/nowhere")
    assert got.status_code == 404
    assert got.headers["content-type"].startswith("text/html")
    assert "پیدا نشد" in lxml_html.fromstring(got.text).findtext(".//h1")


@pytest.mark.parametrize(
    ("url", "status"), [("/api/search?offset=abc", 422), ("/api/nowhere", 404)]
)
def test_the_api_still_answers_its_errors_in_json(
    client: TestClient, url: str, status: int
) -> None:
    got = client.get(url)
    assert got.status_code == status
    assert got.json()["detail"]


@pytest.mark.parametrize("q", ["!!!", "«»", '""', "؟ ، ."])
def test_a_query_of_punctuation_alone_is_refused_not_read_as_no_query(
    client: TestClient, q: str
) -> None:
    api = client.get("/api/search", params={"q": q})
    assert api.status_code == 422
    assert "no words" in api.json()["detail"]
    page = client.get("/", params={"q": q})
    assert page.status_code == 422
    assert lxml_html.fromstring(page.text).xpath("//*[@role='alert']")
    assert 'class="hit"' not in page.text


def test_a_query_of_spaces_alone_is_no_query(client: TestClient) -> None:
    everything = client.get("/api/search").json()["hits"]
    assert client.get("/api/search", params={"q": "  \t "}).json()["hits"] == everything
    page = lxml_html.fromstring(client.get("/", params={"q": "   "}).text)
    assert page.findtext(".//h2") == "تازه‌ترین خبرها"
    assert page.findtext(".//title").startswith("جست‌وجو")


def test_a_page_past_the_last_result_says_so_and_leads_back(client: TestClient) -> None:
    page = lxml_html.fromstring(client.get("/", params={"q": "کشاورزان", "offset": 40}).text)
    assert page.findtext(".//h2") == "نتیجهٔ دیگری نیست"
    back = page.xpath("//nav[@class='pages']/a[@rel='prev']/@href")
    assert len(back) == 1 and back[0].endswith("offset=0")
    assert client.get(back[0]).text.count('class="hit"') == 1


def test_an_empty_store_says_it_is_empty(tmp_path) -> None:
    with TestClient(create_app(str(tmp_path / "new.db"), "token")) as empty:
        page = lxml_html.fromstring(empty.get("/").text)
    assert page.findtext(".//h2") == "هنوز خبری در این مجموعه نیست"
    assert not page.xpath("//nav[@class='pages']")


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"from": "yesterday"}, ["yesterday", "«از تاریخ»"]),
        ({"to": "1396-13-40"}, ["1396-13-40", "«تا تاریخ»"]),
        ({"q": "گندم", "from": "2017-02-30"}, ["2017-02-30", "«از تاریخ»"]),
        ({"from": "1396-07-01", "to": "2017-09-01"}, ["«از تاریخ»", "«تا تاریخ»"]),
    ],
)
def test_a_bad_date_is_named_in_persian_with_its_field(
    client: TestClient, params: dict, words: list[str]
) -> None:
    got = client.get("/", params=params)
    assert got.status_code == 422
    page = lxml_html.fromstring(got.text)
    alert = page.find(".//*[@role='alert']").text_content()
    assert all(word in alert for word in words), alert
    assert "تاریخ" in alert and "date" not in alert
    assert page.xpath("//input[@name='from']/@value") == [params.get("from", "")]


@pytest.mark.parametrize(
    ("url", "params", "words"),
    [
        ("/", {"q": "!!!"}, ["!!!", "«جست‌وجو»"]),
        ("/", {"person": "!!!"}, ["!!!", "«شخص»"]),
        ("/", {"q": "کشاورزان", "source": "؟ ، ."}, ["«منبع»"]),
        ("/", {"speaker": "«»", "direct": "true"}, ["«گوینده»"]),
        ("/", {"q": "-کشاورزان"}, ["«جست‌وجو»", "«-»"]),
        ("/people", {"name": "!!!"}, ["!!!", "«نام»"]),
    ],
)
def test_a_field_with_no_words_is_named_in_persian(
    client: TestClient, url: str, params: dict, words: list[str]
) -> None:
    got = client.get(url, params=params)
    assert got.status_code == 422
    alert = lxml_html.fromstring(got.text).find(".//*[@role='alert']").text_content()
    assert all(word in alert for word in words), alert
    assert not re.search("[A-Za-z]", alert), alert


def test_links_do_not_take_their_host_from_the_request(client: TestClient) -> None:
    """A forged Host header must not reach the links a cache may keep and serve others."""
    forged = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    page = client.get("/", params={"q": "کشاورزان", "offset": 20}, headers=forged)
    assert page.status_code == 200
    assert "evil.example" not in page.text
    doc = lxml_html.fromstring(page.text)
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css"]
    (back,) = doc.xpath("//nav[@class='pages']/a/@href")
    assert back.startswith("?") and "offset=0" in back
    assert client.get("/" + back).text.count('class="hit"') == 1


def test_a_day_past_the_solar_calendar_is_shown_as_it_is(tmp_path) -> None:
    """9999-12-31, a feed's «never», is past jdatetime's last year: the article, its story,
    its speaker and every search that lists it still answer, showing the day as stored."""
    folder = tmp_path / "input"
    folder.mkdir()
    text = TEXT.replace("روز سه شنبه ۲۸ شهریور ۱۳۹۶ ", "").replace("از سال آینده ", "")
    article = {"text": text, "date": "9999-12-31"}
    (folder / "never.json").write_text(json.dumps(article, ensure_ascii=False))
    url = str(tmp_path / "k.db")
    with open_store(url) as store:
        assert ingest([folder], store).added == 1
    with TestClient(create_app(url)) as client:
        for page_url in ("/", "/?q=کشاورزان", "/articles/1", "/stories/1", "/people/حسن بهرامی"):
            page = client.get(page_url)
            assert page.status_code == 200, page_url
            assert "9999-12-31" in page.text, page_url


def test_a_reader_over_the_rate_limit_gets_a_persian_page(tmp_path) -> None:
    """Readers behind one office address share a bucket; the API keeps its JSON."""
    with TestClient(create_app(str(tmp_path / "k.db"), "token", rate=0.01, burst=2)) as client:
        assert [client.get("/").status_code for _ in range(2)] == [200, 200]
        page = client.get("/people")
        api = client.get("/api/people")
    assert page.status_code == api.status_code == 429
    assert int(page.headers["retry-after"]) >= 1
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    doc = lxml_html.fromstring(page.text)
    assert (doc.get("lang"), doc.get("dir")) == ("fa", "rtl")
    alert = doc.find(".//*[@role='alert']").text_content()
    assert "ثانیه" in alert and not re.search("[A-Za-z0-9]", alert), alert
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["/static/style.css"]
    assert api.json()["detail"] and int(api.headers["retry-after"]) >= 1
