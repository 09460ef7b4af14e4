"""Names listed with commas and «و», or set in quote marks, on sentences written for these
tests: a list that given names open and that holds one name found already names people
throughout; a given name and a surname in quote marks are a name, and so are the people a
work's credits name; and what the list of given names lets the people layer find."""

import datetime as dt
import re

import khabar
from khabar.news.people.lexicon import given_names
from khabar.news.people.listed import credited, listed_names, quoted_names


def listed(text: str, found: tuple[str, ...] = ()) -> list[str]:
    spans = {(m.start(), m.end()) for p in found for m in re.finditer(re.escape(p), text)}
    return [text[s:e] for s, e in sorted(listed_names(text, 0, spans))]


def test_a_roster_of_given_names_and_surnames_is_of_people() -> None:
    text = "داوران این دوره بهرام نیک‌پی، سارا توکلی، یاسر کهن‌دل و نوید شریفان بودند."
    assert listed(text, ("نوید شریفان",)) == [
        "بهرام نیک‌پی",
        "سارا توکلی",
        "یاسر کهن‌دل",
        "نوید شریفان",
    ]


def test_an_item_between_two_given_names_needs_only_a_names_shape() -> None:
    text = "بازیکنان دعوت‌شده آرش ملکی، کاوه زرین‌پور، وحید آقاسی و پیمان دهقان هستند."
    assert listed(text, ("آرش ملکی",)) == [
        "آرش ملکی",
        "کاوه زرین‌پور",
        "وحید آقاسی",
        "پیمان دهقان",
    ]


def test_the_last_item_ends_where_the_clause_goes_on() -> None:
    text = "در این مراسم از رضا فرجی، حسن مقدم و مهدی پارسا تقدیر شد."
    assert listed(text, ("رضا فرجی",)) == ["رضا فرجی", "حسن مقدم", "مهدی پارسا"]


def test_a_list_no_name_found_vouches_for_or_too_short_names_no_one() -> None:
    assert listed("با کمال احترام، امید فراوان و ایمان قوی به آینده نگاه می‌کنیم.") == []
    assert listed("او با علی نادری و حسن مقدم آمد.", ("علی نادری",)) == []
    assert listed("خیابان امام حسین، میدان آزادی و خیابان انقلاب بسته شد.", ("امام حسین",)) == []
    teams = "دیدارهای امید ایران، امید عراق و حسن رضایی در این هفته برگزار شد."
    assert listed(teams, ("حسن رضایی",)) == []


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in sorted(quoted_names(text, 0))]


def test_a_given_name_and_surname_in_quote_marks_are_a_name() -> None:
    assert quoted("باشگاه برای خرید «کامران سلیمی» با مدیران تیم مذاکره کرد.") == ["کامران سلیمی"]
    assert quoted('وزیر جدید، "مهدی کاوسی"، امروز معرفی شد.') == ["مهدی کاوسی"]


def test_a_show_or_slogan_in_quote_marks_is_no_name() -> None:
    assert quoted("نمایش «حسن کچل» در تالار شهر اجرا شد.") == []
    assert quoted("برنامه «امید ملت» امشب پخش می‌شود.") == []
    assert quoted("شعار «امید و نشاط» در جشنواره مطرح شد.") == []
    assert quoted("جایزه «پروین اعتصامی» به این شاعر رسید.") == []
    assert quoted("ناوشکن «علی بایندر» به آب انداخته شد.") == []
    assert quoted("مسابقات جام «حسن روحانی» برگزار شد.") == []
    assert quoted("لشکر «محمد رسول‌الله» اعزام شد.") == []


def test_a_work_in_quote_marks_its_credits_follow_is_no_name() -> None:
    text = (
        "فیلم‌های «ایران من» به کارگردانی رضا میرکریمی، «محمد رسول‌الله» به کارگردانی "
        "مجید مجیدی در جشنواره حضور داشتند."
    )
    assert quoted(text) == []


def test_the_credits_of_a_work_name_people_up_to_the_next_work() -> None:
    text = (
        "نمایش «باغ» به کارگردانی کاوه نادری و رضا فرخی، «شب» به کارگردانی سینا کریمی "
        "از کرج و کتابی به قلم مهسا رفیعی‌زاده پذیرفته شدند."
    )
    assert sorted(text[s:e] for s, e in credited(text, 0)) == sorted(
        ["کاوه نادری", "رضا فرخی", "سینا کریمی", "مهسا رفیعی‌زاده"]
    )
    assert credited("این فیلم به کارگردانی مشترک دو هنرمند ساخته شد.", 0) == set()
    led = "گروهی به رهبری علی حبیبی‌نژاد و ائتلافی به رهبری عربستان."
    assert [led[s:e] for s, e in credited(led, 0)] == ["علی حبیبی‌نژاد"]
    book = "کتابی به قلم یعقوب جهانی، مراحل چاپ را گذراند."
    assert [book[s:e] for s, e in credited(book, 0)] == ["یعقوب جهانی"]


def test_credits_that_give_a_kind_of_people_name_no_one() -> None:
    for text in (
        "این اثر با بازی بازیگران جوان و هنرمندان تئاتر ساخته شد.",
        "این فیلم با بازی بازیگرانی چون علی نصیریان ساخته شد.",
        "این اعتراضات به رهبری دانشجویان انجام شد.",
    ):
        assert credited(text, 0) == set(), text
    for group in ("الشباب", "انصارالله", "پژاک"):
        assert credited(f"این حمله به رهبری {group} انجام شد.", 0) == set(), group
    kin = "این فیلم به کارگردانی کریمیان ساخته شد."
    assert [kin[s:e] for s, e in credited(kin, 0)] == ["کریمیان"]


def found_people(body: str) -> dict[str, list[str]]:
    """Name → titles, as ``khabar.analyze`` reads them from ``body``."""
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=dt.date(2019, 5, 2)).to_dict()
    return {p["name"]: p["titles"] for p in data["people"]}


def test_a_listed_given_name_lets_a_title_in_apposition_name_someone() -> None:
    found = found_people("امرالله صالح، معاون پیشین رئیس‌جمهور افغانستان، این حمله را محکوم کرد.")
    assert found == {"امرالله صالح": ["معاون پیشین رئیس‌جمهور افغانستان"]}


def test_an_ordinary_word_left_off_the_list_opens_no_name() -> None:
    assert "هنری" not in given_names()
    body = "نماینده انجمن هنری شهرستان، عضو شورای فرهنگ عمومی، نیز در جلسه حاضر بود."
    assert found_people(body) == {}


def test_a_listed_given_name_before_a_bare_title_in_credits_names_someone() -> None:
    found = found_people(
        "نفیسه رحمانیان طراح لباس، پگاه سلطانی آهنگساز و شروین کاظمی مدیر صحنه این نمایش هستند."
    )
    assert found["پگاه سلطانی"] == ["آهنگساز"]
