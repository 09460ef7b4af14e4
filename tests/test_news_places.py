"""Places the news names, found by the list in ``khabar/data/places.tsv``."""

from khabar.news.places import find_places


def names(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_places(text)]


def test_counties_the_datelines_name_are_places() -> None:
    text = (
        "به گزارش خبرگزاری فارس از گچساران، فرماندار این شهرستان برای دیدار با مردم "
        "قیروکارزین و دشتستان راهی آن منطقه شد و سپس به لاهه رفت."
    )
    assert names(text) == ["گچساران", "قیروکارزین", "دشتستان", "لاهه"]


def test_a_county_that_is_an_ordinary_word_too_is_left_out() -> None:
    assert names("قیمت انار و سقز در بازار روز گذشته بالا رفت.") == []


def test_a_country_spelt_with_ya_for_hamza_is_the_country() -> None:
    text = "نیروهای اسراییل به کرانه باختری حمله کردند."
    assert [(text[s:e], kind) for s, e, kind in find_places(text)] == [("اسراییل", "country")]


def test_a_name_of_two_words_is_found_written_with_a_half_space() -> None:
    assert names("هیئتی از کره‌جنوبی و هنگ کنگ به تهران آمد.") == ["کره‌جنوبی", "هنگ کنگ", "تهران"]


def test_a_country_named_after_province_or_capital_is_the_place_not_the_state() -> None:
    text = "سران در باکو پایتخت جمهوری آذربایجان و عشق‌آباد پایتخت ترکمنستان با ترکیه دیدار کردند."
    kinds = {text[s:e]: kind for s, e, kind in find_places(text)}
    assert kinds == {
        "باکو": "city",
        "جمهوری آذربایجان": "city",
        "عشق‌آباد": "city",
        "ترکمنستان": "city",
        "ترکیه": "country",
    }
    text = "استاندار به استان آذربایجان رفت."
    assert [kind for _, _, kind in find_places(text)] == ["city"]
