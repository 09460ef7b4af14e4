"""Spellings of one office that one article may mix: the hamza written «أ», «ا» or «ئ»
(«هیأت», «هیات», «هیئت») and «ؤ», «و» or «ئ» («مسؤول», «مسوول», «مسئول») compare equal, so
a title in the lead is the holder's whom the body titles in the other spelling; so do the
foreign ministry written short («وزارت خارجه») and joined («وزارت‌امورخارجه»), a
country's other names («انگلستان», «بریتانیا» for «انگلیس»; «ایالات متحده» for «آمریکا»),
a governor called «رئیس کل» or «رئیس», a president «رئیس جمهوری» of the republic or
«رئیس جمهور» of the country, and a body by its acronym («راهور», «ناجا», «صمت»)."""

import re

from test_news_people import people

from khabar.news.people import People
from khabar.news.titles import canonical


def titles_of(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → titles, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    return {p.name: p.titles for p in People(text, spans, body=body).finish()}


def test_the_hamzas_spellings_share_a_canonical_form() -> None:
    assert canonical("عضو هیأت علمی دانشگاه شیراز") == canonical("عضو هیات علمی دانشگاه شیراز")
    assert canonical("رئیس هیئت مدیره بانک") == canonical("رئیس هیات مدیره بانک")
    assert canonical("مسؤول بسیج دانشجویی") == canonical("مسئول بسیج دانشجویی")
    assert canonical("مسوول دفتر نمایندگی") == canonical("مسئول دفتر نمایندگی")


def test_a_lead_title_in_one_spelling_is_the_holders_titled_in_another() -> None:
    text = (
        "خبر\n\n"
        "عضو هیأت علمی دانشگاه شیراز از ساخت دستگاهی تازه خبر داد.\n\n"
        "به گزارش خبرنگار ما، کامران نیکو عضو هیات علمی دانشگاه شیراز امروز گفت: این "
        "دستگاه در کارگاه دانشگاه ساخته شد.\n\n"
        "عضو هیات علمی دانشگاه شیراز افزود: ساخت آن دو سال طول کشید."
    )
    assert set(titles_of(text, ("کامران نیکو",))["کامران نیکو"]) == {
        "عضو هیأت علمی دانشگاه شیراز",
        "عضو هیات علمی دانشگاه شیراز",
    }


def test_the_foreign_ministry_written_short_or_joined_shares_a_canonical_form() -> None:
    wanted = canonical("سخنگوی وزارت امور خارجه ایران")
    assert canonical("سخنگوی وزارت‌خارجه ایران") == wanted
    assert canonical("سخنگوی وزارت‌امورخارجه ایران") == wanted


def test_a_countrys_other_names_share_a_canonical_form() -> None:
    assert canonical("نخست‌وزیر انگلیس") == canonical("نخست وزیر انگلستان")
    assert canonical("سفیر بریتانیا در تهران") == canonical("سفیر انگلیس در تهران")
    assert canonical("وزیر خارجه ایالات متحده آمریکا") == canonical("وزیر امور خارجه آمریکا")
    assert canonical("سفیر امریکا در عراق") == canonical("سفیر آمریکا در عراق")


def test_a_lead_title_with_one_name_of_the_country_is_the_holders_named_with_another() -> None:
    text = (
        "خبر\n\n"
        "دیدار نخست‌وزیر انگلیس با سران اروپا بی‌نتیجه ماند.\n\n"
        "به گزارش خبرنگار ما، «جیمز هارت» نخست وزیر انگلستان دیروز با سران اتحادیه وارد "
        "گفت‌وگو شد و «پیتر مولر» صدراعظم اتریش از این گفت‌وگوها خبر داد."
    )
    found = titles_of(text, ("جیمز هارت", "پیتر مولر"))
    assert "نخست‌وزیر انگلیس" in found["جیمز هارت"]


def test_a_governor_is_called_chief_with_kol_or_without() -> None:
    text = (
        "خبر\n\n"
        "به گزارش خبرنگار ما، محمدرضا فرزین رئیس کل بانک مرکزی در دیدار با علی العلاق رئیس "
        "بانک مرکزی عراق درباره بدهی‌ها گفت‌وگو کرد.\n\n"
        "رئیس کل بانک مرکزی عراق نیز گفت که بغداد به تعهدات خود پایبند است."
    )
    held = titles_of(text, ("محمدرضا فرزین", "علی العلاق"))
    assert held["محمدرضا فرزین"] == ["رئیس کل بانک مرکزی"]
    assert "رئیس کل بانک مرکزی عراق" in held["علی العلاق"]


def test_the_president_of_a_republic_is_its_countrys_president() -> None:
    assert canonical("رئیس جمهوری اسلامی ایران") == canonical("رئیس جمهور ایران")
    assert canonical("رئیس جمهوری تاجیکستان") == canonical("رئیس‌جمهور تاجیکستان")
    assert canonical("رئیس جمهوری") == canonical("رئیس جمهور")
    assert canonical("معاون نخست‌وزیر جمهوری ازبکستان") == canonical("معاون نخست‌وزیر ازبکستان")


def test_a_bodys_acronym_shares_the_canonical_form_of_its_name() -> None:
    assert canonical("رئیس پلیس راهور ناجا") == canonical("رئیس پلیس راهنمایی و رانندگی ناجا")
    assert canonical("فرمانده ناجا") == canonical("فرمانده نیروی انتظامی")
    assert canonical("وزیر صمت") == canonical("وزیر صنعت، معدن و تجارت")


def test_a_title_by_a_bodys_acronym_refers_to_the_one_named_in_full() -> None:
    found = people(
        "سردار کمال هادیانفر، رئیس پلیس راهنمایی و رانندگی ناجا، گفت: تصادفات کاهش یافت.\n\n"
        "رئیس پلیس راهور ناجا اظهار داشت: ۱۲ هزار خودرو توقیف شد."
    )
    assert found["کمال هادیانفر"][1][-1] == "رئیس پلیس راهور ناجا"
