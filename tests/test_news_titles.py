"""Title phrases on sentences written for these tests: where a title starts and ends."""

from khabar.news.titles import find_titles


def titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


def test_a_quantity_or_glued_speech_verb_after_a_title_ends_it() -> None:
    assert titles("رئیس شورای شهر یکی از مشکلات را ترافیک دانست.") == ["رئیس شورای شهر"]
    assert titles("وزیر نیرو دقایقی پیش وارد سد شد.") == ["وزیر نیرو"]
    assert titles("وزیر راه و شهرسازی اظهارداشت: کار ادامه دارد.") == ["وزیر راه و شهرسازی"]
    assert titles("اظهارات سفیر سابق پاکستان مبنی بر این") == ["سفیر سابق پاکستان"]
    assert titles("نخست‌وزیر قزاقستان و بسیاری از وزرا") == ["نخست‌وزیر قزاقستان"]
