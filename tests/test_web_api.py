"""The REST API and the pages over a real SQLite store, filled by ingesting articles
written for these tests: every route's content, token auth, body and rate limits,
validation, and input that looks like SQL or HTML."""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from khabar.corpus import open_store
from khabar.corpus.ingest import ingest
from khabar.web import pages
from khabar.web.app import create_app
from khabar.web.limits import TokenBuckets

TOKEN = "s3cret-token"
BAHRAMI = "حسن بهرامی"
AHMADI = "مریم احمدی"

TABRIZ = """نشست وزیران کشاورزی منطقه در تبریز برگزار شد
به گزارش خبرنگار اقتصادی ایسنا به نقل از روابط عمومی وزارت جهاد کشاورزی، حسن بهرامی، \
وزیر جهاد کشاورزی، روز سه شنبه ۲۸ شهریور ۱۳۹۶ در تبریز با وزیران کشاورزی چهار کشور همسایه \
دیدار کرد و درباره طرحهای مشترک آبیاری گفتگو کرد.
بهرامی پس از این نشست گفت: «ما به نتایج خوبی رسیدهایم و کشاورزان منطقه میتوانند از سال \
آینده از این طرحها بهره ببرند.»
وي افزود که سیاستهای تازه برای مدیریت منابع آب، هزینههای تولید را کاهش میدهد و صادرات \
محصولات کشاورزی را افزایش خواهد داد.
همکاری های بیشتر
بر اساس این گزارش، کارشناسان پیش بینی می کنند که تولید گندم در منطقه تا دو میلیون تن افزایش \
یابد. نشست بعدی وزیران در ماههای آینده در شهر وان برگزار خواهد شد.
"""

# The same story as syndicated by another outlet, which names its source.
COPY = TABRIZ.replace(
    "به گزارش خبرنگار اقتصادی ایسنا به نقل از روابط عمومی وزارت جهاد کشاورزی،",
    "به گزارش خبرگزاری مهر به نقل از ایسنا،",
)

MASHHAD = """سفر وزیر جهاد کشاورزی به مشهد
به گزارش ایرنا، حسن بهرامی، وزیر جهاد کشاورزی، روز شنبه ۱۵ مهر ۱۳۹۶ به مشهد سفر کرد.
بهرامی در جمع کشاورزان خراسان گفت: «خرید تضمینی گندم امسال زودتر از هر سال انجام می‌شود.»
وی همچنین با مریم احمدی، استاندار خراسان رضوی، دیدار کرد.
"""

# Markup in the text itself: the pages must show it, never run it.
CARPET = """افزایش صادرات فرش دستباف به اروپا
به گزارش خبرگزاری ایرنا، مریم احمدی، سخنگوی وزارت صنعت، معدن و تجارت، روز سه‌شنبه ۲ آبان \
۱۳۹۶ در اصفهان گفت: «صادرکنندگان امسال ۱۲۰۰ تخته فرش به آلمان و فرانسه صادر می‌کنند.»
وي افزود: كتابهاي آموزشي بافت فرش براي هنرجويان منتشر شده است.
در این گزارش آمده است که برچسب <img src=x onerror=alert(1)> در متن خبر نباید اجرا شود.
"""

ARTICLES = {
    "tabriz": (TABRIZ, "2017-09-19", "https://example.org/isna/1"),
    "copy": (COPY, "2017-09-20", "https://example.org/mehr/1"),
    "mashhad": (MASHHAD, "2017-10-07", None),
    "carpet": (CARPET, "2017-10-24", "javascript:alert(1)"),
}


def write_articles(folder: Path) -> Path:
    """The four articles as JSON files, in ingest order (ids 1 to 4)."""
    folder.mkdir(parents=True)
    for number, (name, (text, date, url)) in enumerate(ARTICLES.items(), 1):
        data = {"text": text, "date": date, "url": url}
        (folder / f"{number}-{name}.json").write_text(json.dumps(data, ensure_ascii=False))
    return folder


def fill_store(url: str, folder: Path) -> None:
    with open_store(url) as store:
        report = ingest([write_articles(folder)], store)
    assert (report.added, report.failed) == (4, [])


IDS = {name: number for number, name in enumerate(ARTICLES, 1)}


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    url = str(tmp_path_factory.mktemp("store") / "khabar.db")
    fill_store(url, tmp_path_factory.mktemp("input") / "articles")
    return url


@pytest.fixture(scope="module")
def client(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url, burst=10_000)) as opened:
        yield opened


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A client of an empty store that takes articles from a token holder."""
    with TestClient(create_app(str(tmp_path / "new.db"), TOKEN)) as opened:
        yield opened


def words_at(text: str, spans: list[list[int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


# Reading ---------------------------------------------------------------------------------


def test_article_is_the_whole_analysis(client: TestClient) -> None:
    got = client.get(f"/api/articles/{IDS['tabriz']}")
    assert got.status_code == 200
    article = got.json()
    assert article["headline"] == "نشست وزیران کشاورزی منطقه در تبریز برگزار شد"
    assert article["url"] == "https://example.org/isna/1"
    assert article["published"] == "2017-09-19"
    assert [(s["name"], s["role"]) for s in article["sources"]] == [
        ("ایسنا", "reporter"),
        ("روابط عمومی وزارت جهاد کشاورزی", "cited"),
    ]
    direct = next(q for q in article["quotes"] if q["kind"] == "direct")
    assert direct["speaker"] == BAHRAMI
    assert article["text"][direct["start"] : direct["end"]] == direct["text"]
    assert direct["text"].startswith("ما به نتایج خوبی رسیده\u200cایم")
    assert {"value": "2017-09-19", "solar_hijri": "1396-06-28"}.items() <= article["dates"][
        0
    ].items()
    assert article["events"][0]["type"] == "meeting"


@pytest.mark.parametrize(("path", "status"), [("/api/articles/99", 404), ("/api/stories/99", 404)])
def test_missing_things_are_404(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


def test_search_highlights_the_words_as_written(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "کشاورز"}).json()
    assert {h["id"] for h in found["hits"]} == {IDS["tabriz"], IDS["copy"], IDS["mashhad"]}
    for hit in found["hits"]:
        text = client.get(f"/api/articles/{hit['id']}").json()["text"]
        snippet = hit["snippet"]
        assert text[snippet["start"] : snippet["end"]] == snippet["text"]
        marked = words_at(text, snippet["highlights"])
        assert marked and all(w.startswith("کشاورز") for w in marked), marked


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "گندم", "source": "مهر"}, ["copy"]),
        ({"q": "گندم", "person": AHMADI}, ["mashhad"]),
        ({"person": "احمدی", "from": "2017-10-20"}, ["carpet"]),
        ({"q": "گندم", "from": "۱۳۹۶-۰۷-۰۱", "to": "1396/07/30"}, ["mashhad"]),
        ({"q": "گندم", "to": "1396-06-28"}, ["tabriz"]),
        ({"q": "فرش", "speaker": "احمدی"}, ["carpet"]),
        ({"place": "مشهد"}, ["mashhad"]),
        ({"q": "گندم -مشهد"}, ["tabriz", "copy"]),
    ],
)
def test_search_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    found = client.get("/api/search", params=params)
    assert found.status_code == 200, found.text
    hits = sorted(h["id"] for h in found.json()["hits"])
    assert hits == sorted(IDS[name] for name in expected)


def test_search_pages_with_limit_and_offset(client: TestClient) -> None:
    found = [
        client.get("/api/search", params={"q": "گندم", "limit": 2, "offset": at}).json()
        for at in (0, 2, 4)
    ]
    pages = [f["hits"] for f in found]
    assert [len(p) for p in pages] == [2, 1, 0]
    assert [f["more"] for f in found] == [True, False, False]
    assert {h["id"] for p in pages for h in p} == {IDS["tabriz"], IDS["copy"], IDS["mashhad"]}


def test_search_for_direct_quotes_returns_the_quotes(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "کتاب", "quotes_by": "احمدی"}).json()
    (hit,) = found["hits"]
    assert [q["text"] for q in hit["quotes"]] == [
        "کتاب\u200cهای آموزشی بافت فرش برای هنرجویان منتشر شده است"
    ]
    assert (
        client.get("/api/search", params={"q": "کتاب", "quotes_by": BAHRAMI}).json()["hits"] == []
    )


def test_stories_show_copies_and_who_cited_whom(client: TestClient) -> None:
    (story,) = client.get("/api/stories").json()
    assert story["id"] == IDS["tabriz"]
    assert [c["outlet"] for c in story["copies"]] == ["ایسنا", "مهر"]
    assert story["earliest"]["id"] == IDS["tabriz"]
    assert {"from": "مهر", "to": "ایسنا", "article_id": IDS["copy"]} in story["citations"]
    assert client.get(f"/api/stories/{IDS['tabriz']}").json() == story
    single = client.get(f"/api/stories/{IDS['carpet']}").json()
    assert [c["id"] for c in single["copies"]] == [IDS["carpet"]]


def test_people_with_titles(client: TestClient) -> None:
    people = client.get("/api/people").json()
    assert [p["name"] for p in people] == [BAHRAMI, AHMADI]
    assert people[0]["articles"] == 3
    assert people[0]["titles"] == [{"title": "وزیر جهاد کشاورزی", "count": 3}]
    (found,) = client.get("/api/people", params={"name": "احمدی"}).json()
    assert {t["title"] for t in found["titles"]} == {
        "استاندار خراسان رضوی",
        "سخنگوی وزارت صنعت، معدن و تجارت",
    }


def test_a_person_with_quotes_and_timeline(client: TestClient) -> None:
    person = client.get("/api/people/بهرامی").json()
    assert person["name"] == BAHRAMI
    assert [(q["article_id"], q["kind"]) for q in person["quotes"]] == [
        (IDS["tabriz"], "direct"),
        (IDS["tabriz"], "indirect"),
        (IDS["copy"], "direct"),
        (IDS["copy"], "indirect"),
        (IDS["mashhad"], "direct"),
    ]
    assert [(e["date"], e["type"], e["place"]) for e in person["timeline"]] == [
        ("2017-09-19", "meeting", "تبریز"),
        ("2017-09-19", "meeting", "تبریز"),
        ("2017-10-07", "visit", "مشهد"),
        ("2017-10-07", "meeting", None),  # «وی همچنین با مریم احمدی … دیدار کرد»
    ]
    assert client.get("/api/people/کسی دیگر").status_code == 404


def test_quotes_by_speaker_and_kind(client: TestClient) -> None:
    said = client.get("/api/quotes", params={"speaker": AHMADI, "kind": "direct"}).json()
    assert [q["text"][:11] for q in said] == ["صادرکنندگان", "کتاب\u200cهای آم"]
    assert all(q["article_id"] == IDS["carpet"] for q in said)
    indirect = client.get("/api/quotes", params={"speaker": BAHRAMI, "kind": "indirect"}).json()
    assert {q["article_id"] for q in indirect} == {IDS["tabriz"], IDS["copy"]}


def test_entities_by_label_and_text(client: TestClient) -> None:
    places = client.get("/api/entities", params={"label": "LOC"}).json()
    assert "تبریز" in {e["text"] for e in places}
    assert all(e["label"] == "LOC" for e in places)
    (tabriz,) = client.get("/api/entities", params={"label": "LOC", "text": "تبریز"}).json()
    assert tabriz["articles"] == 2


def test_timeline(client: TestClient) -> None:
    events = client.get("/api/timeline", params={"person": BAHRAMI}).json()
    assert [e["article_id"] for e in events] == [
        IDS["tabriz"],
        IDS["copy"],
        IDS["mashhad"],
        IDS["mashhad"],
    ]
    assert events[-2]["participants"] == [BAHRAMI]
    assert events[-1]["participants"] == [BAHRAMI, AHMADI]
    assert client.get("/api/timeline", params={"person": "ناشناس"}).json() == []


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/articles/{article_id}",
        "/api/search",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/people",
        "/api/people/{name}",
        "/api/quotes",
        "/api/entities",
        "/api/timeline",
    }
    schemas = spec["components"]["schemas"]
    assert {"Article", "SearchResult", "Story", "PersonDetail", "TimelineEvent"} <= set(schemas)
    assert "from" in schemas["Citation"]["properties"]
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/docs/assets/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200


# Validation and hostile input -------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?limit=0",
        "/api/search?limit=101",
        "/api/search?offset=-1",
        "/api/search?from=yesterday",
        "/api/search?to=1396-13-40",
        "/api/search?person=!!!",
        "/api/search?q=-%D8%AE%D8%A8%D8%B1",
        "/api/search?q=" + "x" * 501,
        "/api/quotes",
        "/api/quotes?speaker=x&kind=rumour",
        "/api/entities?label=loc",
        "/api/timeline?person=",
        "/api/articles/0",
        "/api/articles/abc",
        "/api/articles/99999999999999999999",
    ],
)
def test_bad_parameters_are_422(client: TestClient, url: str) -> None:
    got = client.get(url)
    assert got.status_code == 422, got.text
    assert got.json()["detail"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "'; DROP TABLE articles; --"},
        {"q": '" OR 1=1 --'},
        {"q": "گندم", "person": "' OR '1'='1"},
        {"person": "%"},
        {"source": "_"},
        {"speaker": "x' UNION SELECT * FROM articles --"},
        {"quotes_by": "!%"},
        {"q": "NEAR(a b) OR *"},
    ],
)
def test_sql_in_parameters_is_only_text(client: TestClient, params: dict) -> None:
    got = client.get("/api/search", params=params)
    assert got.status_code in (200, 422), got.text
    if got.status_code == 200:
        assert got.json()["hits"] == []
    for url in ("/api/people/' OR 1=1 --", "/api/entities?text=%25", "/api/quotes?speaker=%25"):
        assert client.get(url).status_code in (200, 404, 422)
    assert len(client.get("/api/search", params={"limit": 100}).json()["hits"]) == 4


# Writing --------------------------------------------------------------------------------


def test_read_only_without_a_token(client: TestClient) -> None:
    got = client.post("/api/articles", json={"title": "خبر", "text": "متن"})
    assert got.status_code in (404, 405)
    assert "/api/articles" not in client.get("/openapi.json").json()["paths"]


def test_posting_wants_the_token(writer: TestClient) -> None:
    body = {"title": "خبر تازه", "text": "متن خبر"}
    missing = writer.post("/api/articles", json=body)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    basic = writer.post("/api/articles", json=body, headers={"Authorization": "Basic eDp5"})
    assert basic.status_code == 401
    wrong = writer.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert "post" in writer.get("/openapi.json").json()["paths"]["/api/articles"]


def test_posted_articles_are_analysed_stored_and_grouped(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = writer.post(
        "/api/articles",
        json={"text": TABRIZ, "date": "2017-09-19", "url": "https://example.org/a"},
        headers=auth,
    )
    assert first.status_code == 201, first.text
    stored = first.json()
    assert stored["headline"] == "نشست وزیران کشاورزی منطقه در تبریز برگزار شد"
    article = writer.get(f"/api/articles/{stored['id']}").json()
    assert article["people"][0]["name"] == BAHRAMI
    assert article["published"] == "2017-09-19"
    assert article["input"] == "POST /api/articles"  # never the poster's address

    again = writer.post(
        "/api/articles", json={"text": TABRIZ, "url": "https://example.org/a"}, headers=auth
    )
    assert again.status_code == 409
    copy = writer.post(
        "/api/articles",
        content=COPY.encode(),
        headers={**auth, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert copy.status_code == 201, copy.text
    assert copy.json()["story_id"] == stored["id"]
    assert writer.get(f"/api/stories/{stored['id']}").json()["citations"][-1]["from"] == "مهر"


@pytest.mark.parametrize(
    ("content", "media", "status"),
    [
        (b"{not json", "application/json", 422),
        (b"[1, 2]", "application/json", 422),
        (b"\xff\xfe", "text/plain", 422),
        (b"   ", "text/plain", 422),
        (b"<p>x</p>", "application/xml", 415),
    ],
)
def test_bad_posts(writer: TestClient, content: bytes, media: str, status: int) -> None:
    got = writer.post(
        "/api/articles",
        content=content,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": media},
    )
    assert got.status_code == status, got.text


@pytest.mark.parametrize("page", [b"<html></html>", b"<br><br>", b"<div></div><script>x</script>"])
def test_an_html_page_with_no_text_is_422_not_500(writer: TestClient, page: bytes) -> None:
    got = writer.post(
        "/api/articles",
        content=page,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/html"},
    )
    assert got.status_code == 422, got.text
    assert "no article" in got.json()["detail"]
    assert writer.get("/api/search").json()["hits"] == []


def test_oversized_bodies_are_413(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "s.db"), TOKEN, max_body=1000)) as small:
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
        sized = small.post("/api/articles", content=b"x" * 1001, headers=auth)
        assert sized.status_code == 413
        chunked = small.post("/api/articles", content=iter([b"x" * 600] * 3), headers=auth)
        assert chunked.status_code == 413
        assert "content-length" not in chunked.request.headers
        anonymous = small.post("/api/articles", content=b"x" * 5000)
        assert anonymous.status_code == 413


# Limits and pages -------------------------------------------------------------------------


def test_a_burst_gets_429(store_url: str) -> None:
    with TestClient(create_app(store_url, rate=0.01, burst=5)) as limited:
        codes = [limited.get("/api/people").status_code for _ in range(8)]
        assert codes == [200] * 5 + [429] * 3
        refused = limited.get("/api/people")
        assert int(refused.headers["retry-after"]) >= 1


def test_token_buckets_refill_at_the_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(rate=2, burst=2, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0, 0, 0.5]
    assert buckets.take("b") == 0
    now[0] = 0.5
    assert buckets.take("a") == 0
    assert buckets.take("a") > 0


def test_pages_escape_what_they_show(client: TestClient) -> None:
    page = client.get(f"/articles/{IDS['carpet']}")
    assert page.status_code == 200
    assert '<html lang="fa" dir="rtl">' in page.text
    assert "&lt;img src=x onerror=alert(" in page.text
    assert "<img" not in page.text
    assert "javascript:" not in page.text
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    echoed = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>" not in echoed
    assert "&lt;script&gt;" in echoed


def test_pages_show_the_corpus(client: TestClient) -> None:
    article = client.get(f"/articles/{IDS['tabriz']}").text
    assert '<mark class="PER">حسن بهرامی</mark>' in article
    assert '<mark class="QUOTE">ما به نتایج' in article
    assert "/people/%D8%AD%D8%B3%D9%86%20%D8%A8%D9%87%D8%B1%D8%A7%D9%85%DB%8C" in article
    found = client.get("/", params={"q": "گندم", "source": "مهر"}).text
    assert '<mark class="HIT">گندم</mark>' in found
    assert found.count('class="hit"') == 1
    person = client.get("/people/بهرامی").text
    assert "وزیر جهاد کشاورزی" in person and "۱۵ مهر ۱۳۹۶" in person
    story = client.get(f"/stories/{IDS['tabriz']}").text
    assert "مهر</a> به نقل از ایسنا" in story
    assert client.get("/people/نیست").status_code == 404
    assert client.get("/stories/99").status_code == 404
    assert client.get("/?direct=true").status_code == 422


@pytest.mark.parametrize(
    ("params", "expected"),
    [({"q": "گندم", "place": "مشهد"}, ["mashhad"]), ({"org": "ایرنا"}, ["carpet", "mashhad"])],
)
def test_the_search_page_filters_by_place_and_organization(
    client: TestClient, params: dict, expected: list[str]
) -> None:
    api = client.get("/api/search", params=params).json()["hits"]
    assert sorted(h["id"] for h in api) == sorted(IDS[name] for name in expected)
    page = client.get("/", params=params)
    assert page.status_code == 200
    shown = [int(i) for i in re.findall(r'<h3><a href="/articles/(\d+)">', page.text)]
    assert sorted(shown) == sorted(IDS[name] for name in expected)
    for name, value in params.items():
        assert f'name="{name}" value="{value}"' in page.text


@pytest.mark.parametrize(
    ("path", "status", "media"),
    [
        ("/", 200, "text/html"),
        (f"/articles/{IDS['tabriz']}", 200, "text/html"),
        ("/static/style.css", 200, "text/css"),
        ("/api/search?q=گندم", 200, "application/json"),
        ("/articles/99", 404, "text/html"),
        ("/api/articles/99", 404, "application/json"),
    ],
)
def test_head_answers_as_get_without_the_body(
    client: TestClient, path: str, status: int, media: str
) -> None:
    got = client.get(path)
    head = client.head(path)
    assert (head.status_code, got.status_code) == (status, status)
    assert head.headers["content-type"].startswith(media)
    assert head.headers["content-length"] == str(len(got.content))
    assert head.content == b""
    assert client.post(path).status_code in (404, 405)


def test_openapi_documents_the_errors_the_routes_give(writer: TestClient) -> None:
    """Each refusal a client meets is one /openapi.json names for that operation."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    answers = [
        ("get", "/api/articles/{article_id}", writer.get("/api/articles/99")),
        ("get", "/api/stories/{story_id}", writer.get("/api/stories/99")),
        ("get", "/api/people/{name}", writer.get("/api/people/کسی")),
        ("post", "/api/articles", writer.post("/api/articles", json={"text": "متن"})),
        ("post", "/api/articles", writer.post("/api/articles", json={}, headers=auth)),
        (
            "post",
            "/api/articles",
            writer.post("/api/articles", json={}, headers={"Authorization": "Bearer nope"}),
        ),
        (
            "post",
            "/api/articles",
            writer.post(
                "/api/articles", content=b"x", headers={**auth, "Content-Type": "image/png"}
            ),
        ),
    ]
    paths = writer.get("/openapi.json").json()["paths"]
    for method, path, answer in answers:
        assert answer.status_code >= 400
        assert isinstance(answer.json()["detail"], str)
        assert str(answer.status_code) in paths[path][method]["responses"], (path, answer)


@pytest.mark.parametrize("date", ["9999-12-31", "9999-03-21"])
def test_a_day_past_the_solar_calendar_is_stored_its_relative_dates_unresolved(
    writer: TestClient, date: str
) -> None:
    text = TABRIZ + "\nسه‌شنبه سال آینده جلسه دیگری برگزار می‌شود."
    got = writer.post(
        "/api/articles",
        json={"text": text, "date": date},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert got.status_code == 201, got.text
    article = writer.get(got.headers["location"]).json()
    assert article["published"] == date
    assert {d["text"] for d in article["dates"]} >= {"سال آینده"}
    assert all(d["value"] is None for d in article["dates"] if d["text"] == "سال آینده")
    assert writer.get(f"/articles/{article['id']}").status_code == 200


def test_the_people_page_goes_on_a_page_at_a_time(client: TestClient, monkeypatch) -> None:
    monkeypatch.setattr(pages, "PEOPLE_PAGE", 1)
    first = lxml_html.fromstring(client.get("/people").text)
    (next_page,) = first.xpath("//nav[@class='pages']/a[@rel='next']/@href")
    second = lxml_html.fromstring(client.get("/people" + next_page).text)
    names = [page.xpath("//table//a/text()") for page in (first, second)]
    assert sorted(n for (n,) in names) == sorted([BAHRAMI, AHMADI])
    assert second.xpath("//nav[@class='pages']/a/@rel") == ["prev"]


def test_a_stories_page_past_the_last_says_so_and_leads_back(client: TestClient) -> None:
    page = lxml_html.fromstring(client.get("/stories", params={"offset": 50}).text)
    assert page.findtext(".//main//p") == "داستان دیگری نیست."
    (back,) = page.xpath("//nav[@class='pages']/a[@rel='prev']/@href")
    assert back.endswith("offset=0")
    assert len(lxml_html.fromstring(client.get("/stories" + back).text).xpath("//table//tr")) == 2
