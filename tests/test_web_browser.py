"""The web pages in a real headless Chromium (Debian's, driven by Playwright) against
``khabar serve`` running as a subprocess: search with filters, the article view, the
person page, the story page. Skipped only where /usr/bin/chromium is not installed
(``.ci/browser.sh`` installs it)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest
from chromium import needs_chromium
from test_web_api import BAHRAMI, IDS, fill_store

pytestmark = needs_chromium


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """``khabar serve`` over a store of the API tests' articles; its base URL."""
    db = str(tmp_path_factory.mktemp("store") / "khabar.db")
    fill_store(db, tmp_path_factory.mktemp("input") / "articles")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "KHABAR_TOKEN"}
    log = tmp_path_factory.mktemp("serve") / "stderr.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar", "serve", "--db", db, "--port", str(port)],
        env=env,
        stderr=log.open("w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/people", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"khabar serve did not start: {log.read_text()}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def page(browser, server: str) -> Iterator:
    """A fresh page that fails the test on any script dialog (an XSS would raise one)."""
    context = browser.new_context(base_url=server, locale="fa-IR")
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()
    assert dialogs == []


def test_search_with_a_filter_shows_highlighted_results(page) -> None:
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.get_by_label("جست‌وجو", exact=True).fill("کشاورزان")
    page.get_by_role("button", name="جست‌وجو").click()
    hits = page.locator("li.hit")
    assert hits.count() == 3
    assert set(page.locator("li.hit mark.HIT").all_inner_texts()) >= {"کشاورزان"}

    page.get_by_label("منبع").fill("مهر")
    page.get_by_role("button", name="جست‌وجو").click()
    assert hits.count() == 1
    assert "مهر" in hits.first.locator(".meta").inner_text()
    assert "source=%D9%85%D9%87%D8%B1" in page.url

    page.get_by_label("منبع").fill("")
    page.get_by_label("از تاریخ").fill("۱۳۹۶-۰۷-۰۱")
    page.get_by_role("button", name="جست‌وجو").click()
    assert hits.count() == 1
    assert hits.first.locator("h3").inner_text() == "سفر وزیر جهاد کشاورزی به مشهد"
    assert "۱۵ مهر ۱۳۹۶" in hits.first.locator("time").inner_text()


def test_only_direct_quotes_of_a_speaker(page) -> None:
    page.goto("/")
    page.get_by_label("گوینده", exact=True).fill("احمدی")
    page.get_by_label("فقط نقل قول مستقیم این گوینده").check()
    page.get_by_role("button", name="جست‌وجو").click()
    quotes = page.locator("li.hit blockquote")
    assert quotes.count() == 2
    assert quotes.first.locator("cite").inner_text() == "مریم احمدی"
    page.get_by_label("گوینده", exact=True).fill("")
    page.get_by_role("button", name="جست‌وجو").click()
    assert "نام گوینده" in page.get_by_role("alert").inner_text()


def test_article_view_marks_quotes_and_entities(page) -> None:
    page.goto("/?q=گندم&to=1396-06-28")
    page.locator("li.hit h3 a").first.click()
    page.wait_for_url(f"**/articles/{IDS['tabriz']}")
    article = page.locator("article.text")
    assert article.locator("h1").inner_text() == "نشست وزیران کشاورزی منطقه در تبریز برگزار شد"
    assert "ما به نتایج خوبی" in article.locator("mark.QUOTE").first.inner_text()
    assert BAHRAMI in article.locator("mark.PER").all_inner_texts()
    assert "سه\u200cشنبه ۲۸ شهریور ۱۳۹۶" in article.locator("mark.DATE").all_inner_texts()
    colour = article.locator("mark.PER").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour == "rgb(255, 224, 138)"
    assert page.locator("ol.chain li").all_inner_texts()[0].startswith("ایسنا")


def test_markup_in_an_article_is_shown_not_run(page) -> None:
    page.goto(f"/articles/{IDS['carpet']}")
    assert "<img src=x onerror=alert(" in page.locator("article.text").inner_text()
    assert page.locator("article.text img").count() == 0
    assert page.get_by_text("نشانی اصلی").count() == 0


def test_person_page_has_titles_quotes_and_a_timeline(page) -> None:
    page.goto(f"/articles/{IDS['mashhad']}")
    page.locator("ul.people").get_by_role("link", name=BAHRAMI).click()
    assert page.locator("h1").inner_text() == BAHRAMI
    assert page.locator("ul.titles li").first.inner_text().startswith("وزیر جهاد کشاورزی")
    assert page.locator("ul.quotes li").count() == 5
    assert page.locator("ul.quotes li.direct").count() == 3
    events = page.locator("ol.timeline > li")
    assert events.count() == 4
    assert events.locator("time").all_inner_texts() == [
        "۲۸ شهریور ۱۳۹۶",
        "۲۸ شهریور ۱۳۹۶",
        "۱۵ مهر ۱۳۹۶",
        "۱۵ مهر ۱۳۹۶",
    ]
    assert "سفر در مشهد" in events.nth(2).inner_text()


def test_story_page_lists_copies_earliest_first(page) -> None:
    page.goto(f"/articles/{IDS['copy']}")
    page.get_by_role("link", name="داستان (۲ نسخه)").click()
    rows = page.locator("table.copies tr")
    assert rows.count() == 3
    assert [rows.nth(i).locator("td").nth(1).inner_text() for i in (1, 2)] == ["ایسنا", "مهر"]
    assert "مهر به نقل از ایسنا" in page.locator("ul.citations").inner_text()
