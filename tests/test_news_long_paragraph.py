"""The people of a story told in one very long paragraph, as some pages run a whole
article or a list of names together, read as in a short one: a person is found again by
any name written for them, whichever of many people came before, in sentences written for
these tests with the recognizer's guesses given by hand."""

import re

from khabar.news.people import People
from khabar.news.people.finder import NameFinder
from khabar.news.people.lexicon import given_names
from khabar.news.people.resolver import _plain, _written_as, _written_as_any
from khabar.text.chars import ZWNJ

# Names and what a story writes for them, some for someone, most for no one of them.
_NAMES = (
    "بهرام قاسمی",
    "بهرام قاسمی‌زاده",
    "بهرام قاسمی زاده",
    "قاسمی",
    "قاسمی‌زاده",
    "علی اسماعیلی",
    "علی اسماعیل",
    "سمیر سامی قنطار",
    "سمیر قنطار",
    "عواد البندر",
    "عواد بندر",
    "طباطبائی",
    "سید محمد طباطبایی",
    "سعدی شیرازی",
    "سعدی",
    "ربیع فلاح‌جلودار",
    "فلاح",
    "وانگ جیان‌هوا",
    "وانگ",
    "وینگو بگوویچ",
    "وینگو",
    "اکبر هاشمی رفسنجانی",
    "هاشمی",
    "هاشمی رفسنجانی",
    "محمد",
    "مدی",
)


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    found = People(text, spans, body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_whoever_a_name_is_written_for_is_looked_up_by_what_they_share() -> None:
    for full in _NAMES:
        filed = _written_as(full) | _written_as(_plain(full))
        for name in _NAMES:
            if People._names(full, name):
                assert filed & (_written_as_any(name) | _written_as_any(_plain(name))), name


def test_a_shared_surname_is_of_the_person_named_last_before_it_in_a_long_list() -> None:
    listed = "، ".join(f"{g} {s}" for s in ("کریمی", "نوری", "رحیمی") for g in ("حسن", "مجید"))
    text = f"خبر\n\n{listed} برگزیده شدند. مجید رحیمی گفت: «خوشحالم.» رحیمی افزود که ادامه می‌دهد."
    found = people(text, tuple(re.findall(r"(?:حسن|مجید) \w+", listed)))
    assert found["مجید رحیمی"] == ["مجید رحیمی", "مجید رحیمی", "رحیمی"]
    assert found["حسن رحیمی"] == ["حسن رحیمی"]
    assert len(found) == 6


def test_a_paragraph_repeated_finds_its_people_again_in_every_repetition() -> None:
    paragraph = (
        "بهرام قاسمی‌زاده سخنگوی وزارت امور خارجه گفت: «مذاکرات ادامه دارد.» "
        "بهرام قاسمی زاده افزود که عواد البندر نیز در نشست بود. عواد بندر گفت که موافق است. "
    )
    text = "خبر\n\n" + paragraph * 3
    found = people(text, ("بهرام قاسمی‌زاده", "بهرام قاسمی زاده", "عواد البندر", "عواد بندر"))
    assert found["بهرام قاسمی‌زاده"].count("بهرام قاسمی زاده") == 3
    assert found["عواد البندر"].count("عواد بندر") == 3
    assert len(found) == 2


def test_a_surname_of_two_words_written_again_takes_the_place_of_its_last_word() -> None:
    paragraph = (
        "سید عبدالواحد موسوی لاری وزیر کشور در جمع خبرنگاران گفت که انتخابات سالم برگزار "
        "می‌شود. موسوی لاری افزود که همه آماده‌اند. "
    )
    found = people("خبر\n\n" + paragraph * 3, ("سید عبدالواحد موسوی لاری", "لاری"))
    assert found == {"سید عبدالواحد موسوی لاری": ["سید عبدالواحد موسوی لاری", "موسوی لاری"] * 3}


def test_a_name_goes_on_with_a_surname_the_text_writes_alone_in_every_repetition() -> None:
    paragraph = (
        "محمدصادق حاجی تاروردی مدیر این مجموعه در نشست خبری گفت که کار ادامه دارد. "
        "تاروردی افزود که بودجه کم است. "
    )
    found = people("خبر\n\n" + paragraph * 3, ("محمدصادق حاجی",))
    assert found == {"محمدصادق حاجی تاروردی": ["محمدصادق حاجی تاروردی", "تاروردی"] * 3}


def test_a_noun_a_possessor_follows_everywhere_is_no_surname() -> None:
    text = "خبر\n\n" + "انصراف خاتمی حامیان وی را نگران کرد. " * 3 + "پیروان و حامیان وی آمدند."
    assert list(people(text, ("خاتمی",))) == ["خاتمی"]


def test_names_before_their_titles_are_found_in_every_repetition() -> None:
    paragraph = (
        "نیکول پطروسیان، نخست‌وزیر ارمنستان، در دیدار با ژونگ وی، وزیر بازرگانی چین، گفت "
        "که روابط گسترش می‌یابد. "
    )
    found = people("خبر\n\n" + paragraph * 3, ())
    assert found == {"نیکول پطروسیان": ["نیکول پطروسیان"] * 3, "ژونگ وی": ["ژونگ وی"] * 3}


def test_given_names_are_looked_up_as_whole_words_of_letters() -> None:
    assert all(re.fullmatch(f"[\\w{ZWNJ}]+", name) for name in given_names())


def test_a_word_of_a_works_title_is_no_name_however_far_the_text_goes_on() -> None:
    paragraph = "کتاب «فلفل در موصل» منتشر شد. نویسنده در «فلفل در موصل» از جنگ نوشته است. "
    assert people("خبر\n\n" + paragraph * 3, ("فلفل",)) == {}


def test_a_listed_name_is_no_one_where_it_shares_a_letter_with_another_entity() -> None:
    text = "خبر\n\nعلی کریمی و ابراهیم داروغه‌زاده آمدند. سپس علی کریمی سخنرانی کرد."
    at = text.index("علی کریمی سخن")

    def listed(*others: tuple[int, int]) -> list[int]:
        return [s for s, _ in NameFinder(text, 5, others)._listed_full_names()]

    assert listed() == [5, 17, at]
    assert listed((at - 4, at), (at + 9, at + 14)) == [5, 17, at]
    assert listed((at - 4, at + 9)) == listed((at + 8, at + 20)) == [5, 17]
    assert listed((0, 3), (at + 3, at + 4)) == [5, 17]
