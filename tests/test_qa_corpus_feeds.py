"""Feed items once dropped: Atom's ``type="xhtml"`` content and RSS that left its HTML
unescaped (read as paragraphs, not a headline alone), and RSS 1.0 (RDF), whose items are
in a namespace of their own. No model needed: only the documents are read."""

from pathlib import Path

from khabar.corpus.sources import Document, documents, files

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>خبرها</title>
<entry><title>بارش باران در شیراز</title><link href="https://example.org/rain"/>
<updated>2017-12-01T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>به گزارش ایرنا، باران شدید در شیراز بارید.</p><p>مدیریت بحران هشدار داد.</p>
</div></content></entry>
</feed>
"""

RSS = """<rss version="2.0"><channel>
<item><title>خبر <b>مهم</b> امروز</title>
<description><p>پاراگراف نخست خبر.</p><p>پاراگراف <b>دوم</b> خبر.</p></description></item>
<item><title>خبر ساده</title><description>&lt;p&gt;متن گریخته.&lt;/p&gt;</description></item>
</channel></rss>
"""


def drafts(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = list(documents([path]))
    assert all(isinstance(d, Document) for d in found), found
    return [d.draft for d in found]


def test_atom_xhtml_content_is_read(tmp_path: Path) -> None:
    [draft] = drafts(tmp_path, "feed.atom", ATOM)
    assert draft.headline == "بارش باران در شیراز"
    assert draft.paragraphs == [
        "به گزارش ایرنا، باران شدید در شیراز بارید.",
        "مدیریت بحران هشدار داد.",
    ]
    assert draft.url == "https://example.org/rain"


def test_unescaped_html_in_rss_is_read(tmp_path: Path) -> None:
    marked, plain = drafts(tmp_path, "feed.rss", RSS)
    assert marked.headline == "خبر مهم امروز"
    assert marked.paragraphs == ["پاراگراف نخست خبر.", "پاراگراف دوم خبر."]
    assert plain.paragraphs == ["متن گریخته."]


RSS1 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>خبرها</title></channel>
<item rdf:about="https://example.org/snow"><title>بارش برف در البرز</title>
<link>https://example.org/snow</link><dc:date>2018-02-06T08:00:00+03:30</dc:date>
<description>به گزارش ایسنا، برف سنگین در البرز بارید.</description></item>
</rdf:RDF>
"""


def test_rss_1_items_are_read(tmp_path: Path) -> None:
    [draft] = drafts(tmp_path, "feed.rdf.xml", RSS1)
    assert draft.headline == "بارش برف در البرز"
    assert draft.paragraphs == ["به گزارش ایسنا، برف سنگین در البرز بارید."]
    assert draft.url == "https://example.org/snow"
    assert draft.published.isoformat() == "2018-02-06"


def test_a_script_in_an_item_is_no_text_and_a_title_s_escaped_markup_is_its_text(
    tmp_path: Path,
) -> None:
    feed = """<rss version="2.0"><channel><item>
<title>&lt;b&gt;تیتر با تگ&lt;/b&gt;</title>
<description><![CDATA[<p>بند اول <script>alert(2)</script> خبر.</p>
<style>p {}</style>]]></description>
</item></channel></rss>
"""
    [draft] = drafts(tmp_path, "feed.xml", feed)
    assert draft.headline == "تیتر با تگ"
    assert draft.paragraphs == ["بند اول  خبر."]


def test_an_atom_entry_s_own_page_is_its_alternate_link(tmp_path: Path) -> None:
    entry = (
        "<entry><title>{title}</title>"
        '<link rel="enclosure" href="https://example.org/logo.jpg"/>{link}'
        "<summary>به گزارش ایرنا، {title}.</summary></entry>"
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        + entry.format(
            title="سیل در گلستان", link='<link rel="alternate" href="https://example.org/1"/>'
        )
        + entry.format(title="گرانی بنزین", link='<link href="https://example.org/2"/>')
        + "</feed>"
    )
    assert [d.url for d in drafts(tmp_path, "feed.atom", feed)] == [
        "https://example.org/1",
        "https://example.org/2",
    ]


def test_a_feed_in_the_charset_it_declares_is_read(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="windows-1256"?><rss><channel><item>'
        "<title>ديدار وزير امور خارجه</title>"
        "<description>به گزارش فارس، وزير امور خارجه ديدار کرد.</description>"
        "</item></channel></rss>"
    )
    path = tmp_path / "feed.xml"
    path.write_bytes(feed.encode("cp1256"))
    [document] = documents([path])
    assert document.draft.headline == "ديدار وزير امور خارجه"


def test_hidden_files_and_folders_in_a_folder_are_no_articles(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text("خبر\n\nمتن خبر.", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("پیش‌نویس\n\nمتن.", encoding="utf-8")
    (tmp_path / "._news.txt").write_bytes(b"\x00\x05\x16\x07")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("یادداشت\n\nمتن.", encoding="utf-8")
    assert list(files([tmp_path])) == [tmp_path / "news.txt"]
    # Named on the command line, a hidden file is read as asked.
    assert list(files([tmp_path / ".draft.txt"])) == [tmp_path / ".draft.txt"]
