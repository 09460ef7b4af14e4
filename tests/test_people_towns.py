"""Towns named after given names, on phrases written for these tests: the second half of
a town's name written spaced («… آباد», «… شهر») makes the phrase a town's, while
surnames made from towns («… آبادی») and names joined to «آباد» stay names."""

from khabar.news.people import looks_like_name


def test_a_town_written_spaced_is_no_name() -> None:
    assert not looks_like_name("قاسم آباد")
    assert not looks_like_name("تیم کاوه نصیر آباد", titled=True)
    assert not looks_like_name("کیان شهر")


def test_surnames_made_from_towns_are_names() -> None:
    assert looks_like_name("مرتضی فیروز آبادی")
    assert looks_like_name("یوسف کمال‌آباد")
    assert looks_like_name("رضا شهری")


def test_a_listed_town_written_in_two_words_is_no_name() -> None:
    assert not looks_like_name("بندر عباس")
    assert not looks_like_name("بویر احمد", titled=True)
    assert looks_like_name("علی اکبر")


def test_a_word_shared_by_given_names_before_a_country_is_its_team() -> None:
    assert not looks_like_name("امید عراق")
    assert looks_like_name("امید رستگار")
    assert looks_like_name("محمد قدس")


def test_a_plural_written_with_its_half_space_ends_no_name() -> None:
    assert not looks_like_name("جان انسان‌ها")
    assert looks_like_name("پراتیب‌ها پاتیل")
