"""The HTML report as a reader's browser shows it, in Debian's headless Chromium: opened
from a file, it asks nothing of the network and runs nothing; every label the NER gives
is marked in the web page's colour. Skipped where /usr/bin/chromium is not installed."""

from pathlib import Path

from chromium import needs_chromium
from test_qa_report_html import FIRST, HEADLINE, SECOND, article

from khabar.news.report import to_html
from khabar.web.app import STATIC
from khabar.web.display import LABELS

pytestmark = needs_chromium
HOSTILE = '<script>alert(1)</script><img src="https://example.org/x.png" onerror="alert(2)">'


def report(tmp_path: Path) -> Path:
    """A report whose text holds markup, with a mark of every label."""
    words = (FIRST + " " + SECOND).split()
    data = article(
        [HEADLINE + " " + HOSTILE, FIRST, SECOND],
        entities=list(zip(LABELS, words, strict=False)),
    )
    path = tmp_path / "report.html"
    path.write_text(to_html(data), encoding="utf-8")
    return path


def colours(page, selector: str) -> dict[str, str]:
    script = "ms => Object.fromEntries(ms.map(m => [m.className, getComputedStyle(m).background]))"
    return page.eval_on_selector_all(selector, script)


def test_the_report_fetches_and_runs_nothing(browser, tmp_path: Path) -> None:
    page = browser.new_page()
    asked: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    path = report(tmp_path)
    page.goto(path.as_uri())
    page.wait_for_load_state("networkidle")
    assert asked == [path.as_uri()]
    assert dialogs == []
    assert HOSTILE in page.locator("h1").inner_text()
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.close()


def test_every_label_is_marked_in_the_web_pages_colour(browser, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(report(tmp_path).as_uri())
    shown = colours(page, "article mark")
    assert set(shown) == set(LABELS)
    marks = "".join(f'<mark class="{label}">{label}</mark>' for label in shown)
    page.set_content(f"<body>{marks}</body>")
    page.add_style_tag(path=str(STATIC / "style.css"))
    assert colours(page, "mark") == shown
    page.close()
