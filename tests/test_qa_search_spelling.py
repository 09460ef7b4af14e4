"""A compound found however its letters are spelled, over a real SQLite store filled by
``khabar ingest``'s own code: old Fars News writes «رئيس جمهوري» (Arabic «ي», «ئ»), which
the half-space lexicon knows only as «رییس‌جمهوری», and it must still be one word that
«رئیس‌جمهور» finds; «گفت و گوهای», its plural ending joined to its last part, must be
found by «گفتگو»; «هیأت» and «مسأله», their hamza on an alif, by «هیئت» and «مسئله»."""

import pytest
from stored import stored

from khabar.corpus import open_store
from khabar.corpus.keys import read
from khabar.corpus.search import Query
from khabar.text.normalizer import normalize

ARTICLES = {
    "syria": "مشاور سابق رئيس جمهوري سوريه در پايان خاطرنشان کرد که گفت‌وگو ادامه دارد.",
    "france": "رییس‌جمهور فرانسه امروز در پاریس با خبرنگاران گفت‌وگو کرد.",
    "council": "رئیس شورای شهر گفت نام خیابان به جمهوری اسلامی تغییر می‌کند.",
    "talks": "گفت و گوهای دو کشور درباره تجارت امروز در تهران ادامه یافت.",
    "friends": "نماینده مجلس گفت ما دوست داریم که کار زودتر انجام شود.",
    "board": "هیأت مدیره باشگاه درباره این مسأله امروز جلسه‌ای برگزار کرد.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return stored(
        tmp_path_factory.mktemp("spelling"),
        [
            {"title": f"خبر {name}", "paragraphs": [text], "url": f"https://x.org/{name}"}
            for name, text in ARTICLES.items()
        ],
    )


def found(db: str, query: str) -> set[str]:
    with open_store(db, create=False) as store:
        return {hit["url"].rsplit("/", 1)[1] for hit in store.search(Query(query))}


@pytest.mark.parametrize("query", ["رئیس‌جمهور", "رئیس جمهور", "رئيس جمهوري", "رییس جمهوری"])
def test_the_compound_is_found_in_every_spelling(db: str, query: str) -> None:
    assert found(db, query) == {"syria", "france"}


@pytest.mark.parametrize("query", ["گفتگو", "گفت‌وگوها", "گفت و گو"])
def test_a_compound_written_apart_with_a_plural_ending(db: str, query: str) -> None:
    assert "talks" in found(db, query)


def test_only_plural_endings_are_cut_from_the_last_part(db: str) -> None:
    (word, _) = read(normalize("دوست داریم"))
    assert word.key == "دوست"
    assert "friends" in found(db, '"دوست داریم"')


def test_its_words_apart_are_not_the_compound(db: str) -> None:
    assert found(db, '"رئیس جمهور"') == {"syria", "france"}
    assert "council" in found(db, "رئیس")


@pytest.mark.parametrize("written", ["رئیس جمهوری", "رئيس جمهوري", "رییس جمهوری"])
def test_one_word_with_one_key(written: str) -> None:
    (word,) = read(normalize(written))
    assert word.key == read("رئیس‌جمهور")[0].key


@pytest.mark.parametrize("query", ["هیئت", "هیات", "هیئت‌های", "مسئله", "مساله"])
def test_a_hamza_is_found_on_either_seat(db: str, query: str) -> None:
    assert found(db, query) == {"board"}
