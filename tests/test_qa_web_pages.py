"""The web pages as a demanding user and a hostile file meet them, over a real SQLite
store: analysed rows stored as they are (whatever a file says), and requests a form
or an address bar can make."""

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

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
    folder = tmp_path_factory.mktemp("input")
    (folder / "rows.jsonl").write_text(json.dumps(hostile_row(), ensure_ascii=False) + "\n")
    url = str(tmp_path_factory.mktemp("store") / "khabar.db")
    with open_store(url) as store:
        report = ingest([folder], store)
    assert (report.added, report.failed) == (1, [])
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
