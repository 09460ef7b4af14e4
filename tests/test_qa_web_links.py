"""Every link the pages draw leads somewhere, over a real SQLite store: a quote's speaker
or an event's participant that is an outlet, a country or a group has no person page."""

from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html
from stored import stored

from khabar.web.app import create_app

BAHRAMI = "حسن بهرامی"
TEXT = """نشست وزیران کشاورزی منطقه در ارومیه
به گزارش ایرنا، حسن بهرامی، وزیر جهاد کشاورزی، روز یکشنبه ۲ مهر ۱۳۹۶ در جلسه ستاد تنظیم \
بازار ارومیه که با حضور معاونان استاندار، بخشداران و مدیران آب منطقه‌ای برگزار شد، گفت: \
«بهای گندم امسال افزایش نمی‌یابد.»
دولت انگلیس با انتشار ارزیابی تازه‌ای هشدار داد بهای گندم در بازارهای جهانی افزایش می‌یابد.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[TestClient]:
    url = stored(
        tmp_path_factory.mktemp("input"),
        [{"text": TEXT, "date": "2017-09-24", "url": "https://example.org/urmia"}],
    )
    with TestClient(create_app(url, burst=10_000)) as opened:
        yield opened


def links(client: TestClient, url: str, where: str) -> dict[str, str]:
    """The text and address of each link under ``where`` on the page at ``url``."""
    page = client.get(url)
    assert page.status_code == 200, url
    found = lxml_html.fromstring(page.text).xpath(f"{where}//a")
    return {a.text_content(): a.get("href") for a in found}


def test_speakers_link_to_a_person_page_only_when_there_is_one(client: TestClient) -> None:
    speakers = links(client, "/articles/1", "//span[@class='speaker']")
    assert set(speakers) == {BAHRAMI, "دولت انگلیس"}
    assert unquote(speakers[BAHRAMI]) == f"/people/{BAHRAMI}"
    assert unquote(speakers["دولت انگلیس"]) == "/?speaker=دولت انگلیس"
    for href in speakers.values():
        assert client.get(href).status_code == 200, href
    found = client.get(speakers["دولت انگلیس"]).text
    assert found.count('class="hit"') == 1


def test_participants_that_are_not_people_are_not_links(client: TestClient) -> None:
    person = client.get(f"/people/{BAHRAMI}")
    timeline = lxml_html.fromstring(person.text).find(".//ol[@class='timeline']")
    named = [bdi.text_content() for bdi in timeline.iter("bdi")]
    assert "معاونان استاندار" in named
    for href in links(client, f"/people/{BAHRAMI}", "//ol[@class='timeline']").values():
        assert client.get(href).status_code == 200, href
