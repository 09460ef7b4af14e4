"""Article text out of news pages laid out as Persian sites lay them out: the lead in a
box of its own beside the body, tag and related-news lists inside the body."""

import pytest

from khabar.news.analyze import analyze
from khabar.news.html import extract_html
from khabar.news.reader import ArticleError

BODY = (
    '<div class="body"><p>احمدی در فرودگاه گفت: «دولت برای پروژه‌ها برنامه دارد.»</p>'
    "<p>وی افزود که اعتبارات تا پایان سال تأمین می‌شود.</p></div>"
)
LEAD = "به گزارش خبرنگار ایرنا، رضا احمدی رئیس‌جمهور صبح امروز وارد مشهد شد."


@pytest.mark.parametrize(
    "lead",
    [
        f'<p class="lead">{LEAD}</p>',
        f'<div class="summary">{LEAD}</div>',
        f'<h3 class="lead">{LEAD}</h3>',
        f'<div class="news-lead"><p class="summary introtext">{LEAD}</p></div>',
    ],
)
def test_a_lead_beside_the_body_is_its_first_paragraph(lead: str) -> None:
    page = (
        "<html><body><nav><p>صفحه اصلی</p></nav><article>"
        '<div class="rutitr">روتیتر خبر</div><h1>سفر رئیس‌جمهور به مشهد</h1>'
        f'<span class="date">۲۴ اردیبهشت ۱۴۰۲</span>{lead}{BODY}</article></body></html>'
    )
    headline, paragraphs, *_ = extract_html(page)
    assert headline == "سفر رئیس‌جمهور به مشهد"
    assert paragraphs[0] == LEAD
    assert len(paragraphs) == 3


def test_tag_and_related_lists_are_no_paragraphs() -> None:
    page = (
        "<html><body><h1>نشست خبری</h1><div class='text'>"
        "<p>سخنگوی دولت گفت که یارانه‌ها به موقع پرداخت می‌شود.</p>"
        "<p>وی افزود که قیمت‌ها کنترل می‌شود.</p>"
        "<div class='tags'><ul><li>دولت</li><li>یارانه</li></ul></div>"
        "<ul id='related-news'><li>افزایش قیمت بنزین تکذیب شد</li></ul>"
        "<div class='share-box'><p>اشتراک‌گذاری در تلگرام</p></div>"
        "</div></body></html>"
    )
    _, paragraphs, *_ = extract_html(page)
    assert paragraphs == [
        "سخنگوی دولت گفت که یارانه‌ها به موقع پرداخت می‌شود.",
        "وی افزود که قیمت‌ها کنترل می‌شود.",
    ]


def test_a_list_in_the_article_is_kept() -> None:
    page = (
        "<html><body class='page-tags'><h1>مصوبات دولت</h1><div>"
        "<p>هیئت وزیران امروز این موارد را تصویب کرد:</p>"
        "<ul><li>افزایش حقوق کارمندان</li><li>بودجه طرح‌های عمرانی</li></ul></div>"
        "</body></html>"
    )
    _, paragraphs, *_ = extract_html(page)
    assert paragraphs[1:] == ["افزایش حقوق کارمندان", "بودجه طرح‌های عمرانی"]


def test_an_article_set_in_lines_broken_by_br_is_not_lost() -> None:
    page = (
        "<html><body><div class='menu'><a href='/'>خانه</a></div><h1>افتتاح سد</h1>"
        "<div class='body'>به گزارش خبرگزاری فارس، وزیر نیرو امروز سدی را افتتاح کرد."
        "<br><br>وی گفت: «این سد آب کشاورزان را تأمین می\u200cکند.»<br>\n<br>"
        "حسن بهرامی افزود که <b>ظرفیت سد</b> ۲۰۰ میلیون مترمکعب است.</div>"
        "<p>حق نشر محفوظ است.</p></body></html>"
    )
    headline, paragraphs, *_ = extract_html(page)
    assert headline == "افتتاح سد"
    assert paragraphs == [
        "به گزارش خبرگزاری فارس، وزیر نیرو امروز سدی را افتتاح کرد.",
        "وی گفت: «این سد آب کشاورزان را تأمین می\u200cکند.»",
        "حسن بهرامی افزود که ظرفیت سد ۲۰۰ میلیون مترمکعب است.",
    ]


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>نشست خبری</h1>'
        "<div><p>سخنگوی دولت گفت که یارانه\u200cها پرداخت می\u200cشود.</p></div></body></html>"
    )
    headline, paragraphs, *_ = extract_html(page)
    assert headline == "نشست خبری"
    assert paragraphs == ["سخنگوی دولت گفت که یارانه\u200cها پرداخت می\u200cشود."]


def test_an_article_s_own_header_keeps_its_headline_date_and_lead() -> None:
    """HTML5 sets an article's headline and date in a ``<header>`` of the article; the
    site's banner is a ``<header>`` too, but outside it."""
    page = (
        "<html><head><title>خبرگزاری ایرنا | سفر رئیس‌جمهور</title></head><body>"
        "<header><h1>ایرنا</h1><nav>خانه</nav></header><article><header>"
        '<h1>سفر رئیس‌جمهور به مشهد</h1><time datetime="2023-05-14">۲۴ اردیبهشت</time>'
        f'</header><p class="lead">{LEAD}</p>{BODY}</article></body></html>'
    )
    headline, paragraphs, published, _ = extract_html(page)
    assert headline == "سفر رئیس‌جمهور به مشهد"
    assert published == "2023-05-14"
    assert paragraphs[0] == LEAD
    assert len(paragraphs) == 3


def test_a_line_break_or_a_block_inside_a_paragraph_parts_its_words() -> None:
    page = (
        "<html><body><h1>سفر رئیس‌جمهور<br>به مشهد</h1><div class='body'>"
        "<p>رئیس‌جمهور امروز وارد مشهد شد<br>و با استاندار دیدار کرد.</p>"
        "<ul><li>نشست نخست<div>با کشاورزان</div></li></ul>"
        "<p>وی <b>گفت</b>: «برنامه‌ها اجرا می‌شود.»</p></div></body></html>"
    )
    headline, paragraphs, *_ = extract_html(page)
    assert headline == "سفر رئیس‌جمهور به مشهد"
    assert paragraphs == [
        "رئیس‌جمهور امروز وارد مشهد شد و با استاندار دیدار کرد.",
        "نشست نخست با کشاورزان",
        "وی گفت: «برنامه‌ها اجرا می‌شود.»",
    ]


def test_an_article_set_a_div_a_paragraph_is_read_whole() -> None:
    """Beside a list of other news in ``<div>``s of links, which is no article."""
    paragraphs = [
        "به گزارش خبرگزاری فارس، وزیر نیرو امروز سدی را افتتاح کرد.",
        "وی گفت: «این سد آب کشاورزان را تأمین می\u200cکند.»",
        "حسن بهرامی افزود که ظرفیت سد ۲۰۰ میلیون مترمکعب است.",
    ]
    others = "".join(f"<div><a href='/{n}'>{'خبر دیگری از استان ' * 4}</a></div>" for n in range(9))
    page = (
        f"<html><body><h1>افتتاح سد</h1><div class='list'>{others}</div><div class='text'>"
        + "".join(f"<div>{p}</div>" for p in paragraphs)
        + "</div><p>حق نشر محفوظ است.</p></body></html>"
    )
    assert extract_html(page)[:2] == ("افتتاح سد", paragraphs)


def test_a_page_s_own_address_is_its_url_but_not_a_front_page() -> None:
    body = "<h1>سفر وزیر</h1><p>بیژن زنگنه دیروز به بغداد سفر کرد و با همتای خود دیدار کرد.</p>"
    page = (
        '<html><head><meta property="og:url" content="https://example.ir/news/12">'
        f"</head><body>{body}</body></html>"
    )
    assert extract_html(page)[3] == "https://example.ir/news/12"
    front = page.replace("https://example.ir/news/12", "https://example.ir/")
    assert extract_html(front)[3] is None
    canonical = (
        f'<html><head><link rel="canonical" href="https://example.ir/a/7"></head><body>{body}'
    )
    assert extract_html(canonical)[3] == "https://example.ir/a/7"


def test_a_page_in_the_charset_it_declares_is_read() -> None:
    """Older Persian sites serve windows-1256 and say so in the page's head."""
    from khabar.news.html import decoded

    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "</head><body><h1>وزير نفت به عراق سفر كرد</h1></body></html>"
    )
    assert decoded(page.encode("cp1256")) == page
    with pytest.raises(UnicodeDecodeError):
        decoded("وزير نفت".encode("cp1256"))  # no page, no charset: not UTF-8
    with pytest.raises(UnicodeDecodeError):
        decoded(b'<html><meta charset="no-such-charset">' + "وزير".encode("cp1256"))


def test_a_page_of_scripts_alone_holds_no_article() -> None:
    page = "<html><body><script>var a = 1;</script></body></html>"
    assert extract_html(page)[1] == []
    with pytest.raises(ArticleError, match="no article text"):
        analyze(page)
