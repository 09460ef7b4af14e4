"""Lists of names in Persian pages, as Chromium lays them out right to left: a chain of
sources or a list of participants must read in its order even where the names are Latin
(«Reuters ← AFP» would otherwise be one left-to-right run, read backwards). Skipped where
/usr/bin/chromium is not installed."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import ARGS, CHROMIUM, needs_chromium
from fastapi.testclient import TestClient
from test_qa_report_html import FIRST, HEADLINE, article

import khabar
from khabar.corpus import open_store
from khabar.corpus.analysed import row
from khabar.corpus.ingest import ingest
from khabar.news.report import to_html
from khabar.web.app import create_app

pytestmark = needs_chromium
CHAIN = ["ایسنا", "Reuters", "AFP"]
PARTICIPANTS = ["حسن بهرامی", "Emmanuel Macron", "Angela Merkel"]
TEXT = """دیدار وزیران کشاورزی در تبریز
به گزارش ایسنا، حسن بهرامی، وزیر جهاد کشاورزی، روز سه شنبه ۲۸ شهریور ۱۳۹۶ در تبریز \
با وزیران کشاورزی چهار کشور دیدار کرد.
"""
# Where each name stands on screen: its right edge, the start of a right-to-left reading.
RIGHT_EDGES = """([selector, names]) => {
  const cell = document.querySelector(selector);
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const edges = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const name of names) {
      const at = node.data.indexOf(name);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + name.length);
      edges[name] = range.getBoundingClientRect().right;
    }
  }
  return names.map(name => edges[name]);
}"""


@pytest.fixture(scope="module")
def page() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser.new_page()
        browser.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[TestClient]:
    """A store of one analysed row whose sources and participants are partly Latin."""
    analysis = khabar.analyze(TEXT, date="2017-09-19").to_dict()
    analysis["sources"] = [
        {"name": name, "role": "reporter" if i == 0 else "cited", "start": 0, "end": 0}
        for i, name in enumerate(CHAIN)
    ]
    analysis["events"][0]["participants"] = PARTICIPANTS
    folder = tmp_path_factory.mktemp("input")
    line = json.dumps(row("url:https://example.org/bidi", None, analysis), ensure_ascii=False)
    (folder / "rows.jsonl").write_text(line + "\n")
    url = str(tmp_path_factory.mktemp("store") / "khabar.db")
    with open_store(url) as store:
        assert ingest([folder], store).added == 1
    with TestClient(create_app(url, burst=10_000)) as opened:
        yield opened


def reads_in_order(page, html: str, selector: str, names: list[str]) -> bool:
    page.set_content(html)
    edges = page.evaluate(RIGHT_EDGES, [selector, names])
    assert None not in edges, edges
    return edges == sorted(edges, reverse=True)


def test_a_story_chain_of_latin_sources_reads_in_order(page, client: TestClient) -> None:
    story = client.get("/stories/1").text
    assert reads_in_order(page, story, "table.copies tr:nth-child(2) td:nth-child(4)", CHAIN)


def test_latin_participants_of_an_event_read_in_order(page, client: TestClient) -> None:
    shown = client.get("/articles/1").text
    assert reads_in_order(page, shown, "section:nth-of-type(5) td:nth-child(2)", PARTICIPANTS)


def test_the_reports_participants_read_in_order(page, tmp_path: Path) -> None:
    data = article([HEADLINE, FIRST])
    event = {"type": "meeting", "trigger": "دیدار", "place": None, "date": None}
    data["events"] = [{**event, "participants": PARTICIPANTS}]
    assert reads_in_order(page, to_html(data), "table:last-of-type td:nth-child(3)", PARTICIPANTS)
