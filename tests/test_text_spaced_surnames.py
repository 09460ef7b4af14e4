"""Listed compound surnames typed with a space get their half-space back."""

import pytest

from khabar import normalize
from khabar.gazetteer import surnames
from khabar.text.chars import ZWNJ


@pytest.mark.parametrize(
    ("left", "ending"),
    [
        ("احمدی", "نژاد"),
        ("نعمت", "زاده"),
        ("رستم", "نیا"),
        ("احمدی", "منش"),
        ("جمالی", "نژاد"),
        ("هاشمی", "نسب"),
        # A surname from a town's name: «جعفری دولت آبادی» is Jafari Dowlatabadi.
        ("دولت", "آبادی"),
    ],
)
def test_a_listed_surname_gets_its_half_space(left: str, ending: str) -> None:
    name = left + ZWNJ + ending
    assert name in surnames()
    for line in (
        f"به گزارش خبرگزاری فارس، {left} {ending} در جلسه امروز گفت: کار ادامه دارد.",
        f"«{left} {ending}» در گفت‌وگو با خبرنگار ما حاضر شد.",
    ):
        repaired = normalize(line)
        assert name in repaired
        assert normalize(repaired) == repaired


@pytest.mark.parametrize(
    "line",
    [
        "رزمندگان در خط مقدم جبهه ایستادند.",
        "منافع ملی مقدم بر منافع شخصی است.",
        "مردم در پناه خدا زندگی می‌کنند.",
        "هر نژاد و قومی حقوقی دارد.",
        # «خداپناه» is listed, but written joined: a name typed so is left alone.
        "از شر اینها به خدا پناه بریم.",
        # «نجف‌زاده» is listed, but here «زاده» is the verb: he was born in Najaf.
        "او در نجف زاده شد.",
    ],
)
def test_an_ordinary_phrase_keeps_its_space(line: str) -> None:
    assert normalize(line) == line


def test_an_ending_that_starts_the_next_name_keeps_its_space() -> None:
    # Mostafa Pourmohammadi: «پور» belongs to the listed «پورمحمدی», not to «مصطفی».
    assert "پورمحمدی" in surnames()
    line = "مصطفی پور محمدی صبح امروز گفت."
    assert normalize(line) == line


def test_the_turkish_oglu_joins_any_surname_without_an_invisible_half_space() -> None:
    assert normalize("مولود چاووش اوغلو گفت") == f"مولود چاووش{ZWNJ}اوغلو گفت"
    assert normalize("احمد داوود اوغلو گفت") == "احمد داووداوغلو گفت"
