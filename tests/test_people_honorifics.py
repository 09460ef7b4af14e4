"""Names after honorifics on sentences written for these tests, with no name from the
recognizer: the honorific vouches for a given name and the surname after it."""

from khabar.news.people import People


def names(text: str) -> list[str]:
    body = text.find("\n\n") + 2
    return [p.name for p in People(text, [], body=body).finish()]


def test_a_given_name_and_surname_after_an_honorific_are_a_name() -> None:
    assert names("خبر\n\nحجت‌الاسلام کاظم نوبری امروز در جمع مردم سخن گفت.") == ["کاظم نوبری"]
    assert names("خبر\n\nآقای محمد رضا صدیقی نامه‌ای به وزیر نوشت.") == ["محمد رضا صدیقی"]


def test_a_given_name_after_an_honorific_without_a_surname_is_no_name() -> None:
    assert names("خبر\n\nدکتر علی در این جلسه حاضر شد.") == []
    assert names("خبر\n\nمهندس علی مدیرعامل شرکت شد.") == []
    assert names("خبر\n\nاو در بیمارستان آیت‌الله مهدی بابایی بستری شد.") == []
