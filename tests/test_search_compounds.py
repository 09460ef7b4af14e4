"""Search finds a compound however it is spaced: «گفت و گو», «گفت‌وگو» and «گفتگو» find one
another, in both directions, on SQLite and PostgreSQL (when ``KHABAR_TEST_POSTGRES`` names
a server); a compound's parts find it too, and numbers and phrases keep their meaning. A given name
made of two («محمدجواد») is searched as a compound."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_urls
from store_urls import KINDS

from khabar.corpus import Store, StoreError, open_store
from khabar.corpus.ingest import ingest
from khabar.corpus.keys import text_keys, words
from khabar.corpus.search import Query, snippet
from khabar.text.normalizer import normalize

Z = "\u200c"

# Each compound as written apart, with a half-space and joined.
COMPOUNDS = [
    ("گفت و گو", f"گفت{Z}وگو", "گفتگو"),
    ("رئیس جمهور", f"رئیس{Z}جمهور", "رئیسجمهور"),
    ("بین المللی", f"بین{Z}المللی", "بینالمللی"),
    ("سازمان دهی", f"سازمان{Z}دهی", "سازماندهی"),
    ("کتاب خانه", f"کتاب{Z}خانه", "کتابخانه"),
    # A given name made of two, as news spells it every way.
    ("محمد جواد", f"محمد{Z}جواد", "محمدجواد"),
]
SPACINGS = ("apart", "half-space", "joined")


def article(spacing: int) -> str:
    """A news text with every compound spelled one way. Its line holds a half-space
    («می‌شود»), so normalizing leaves the spelling as it is."""
    c = [spelling[spacing] for spelling in COMPOUNDS]
    return (
        f"خبر شماره {spacing + 1}\n"
        f"وزیر در {c[0]} با خبرنگاران از سفر {c[1]} به نیویورک برای نشست {c[2]} خبر داد و"
        f" افزود {c[3]} منابع {c[4]} ملی هم انجام می{Z}شود و {c[5]} ظریف هم آمد.\n"
    )


# The compounds' parts, standing alone, and a number of two words.
OTHER = (
    "خبر ورزشی\n"
    f"مربی تیم گفت بازیکنان سه هزار ساعت در خانه تمرین کردند و کتاب هم خواندند و می{Z}روند.\n"
)


@pytest.fixture(scope="module", params=KINDS)
def store_url(request, tmp_path_factory) -> Iterator[str]:
    yield from store_urls.store_url(request.param, tmp_path_factory.mktemp("store"), "khabar_s23")


@pytest.fixture(scope="module")
def store(store_url: str, tmp_path_factory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("compounds")
    for spacing, name in enumerate(SPACINGS):
        (folder / f"{name}.txt").write_text(article(spacing), encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    with open_store(store_url) as opened:
        report = ingest([folder], opened)
        assert (report.added, report.failed) == (4, [])
        yield opened


def found(store: Store, query: str) -> dict[str, list[str]]:
    """The articles ``query`` finds (by the spacing they are written in), each with the
    words its snippet highlights."""
    hits = {}
    for hit in store.search(Query(query)):
        name = Path(hit["input"]).stem
        text = store.article(hit["id"])["text"]
        hits[name] = [text[s:e] for s, e in hit["snippet"]["highlights"]]
    return hits


def test_the_articles_keep_their_spelling(store: Store) -> None:
    texts = {Path(a["input"]).stem: a["text"] for a in map(store.article, range(1, 5))}
    for spelling in COMPOUNDS:
        for name, written in zip(SPACINGS, spelling, strict=True):
            assert written in texts[name], (name, written)


@pytest.mark.parametrize("spelling", COMPOUNDS, ids=lambda s: s[2])
@pytest.mark.parametrize("spacing", range(3), ids=SPACINGS)
def test_every_spacing_finds_every_other(store: Store, spelling: tuple, spacing: int) -> None:
    hits = found(store, spelling[spacing])
    assert sorted(hits) == sorted(SPACINGS)
    for name, written in zip(SPACINGS, spelling, strict=True):
        assert hits[name] == [written]


@pytest.mark.parametrize("spelling", COMPOUNDS, ids=lambda s: s[2])
def test_a_quoted_compound_written_apart(store: Store, spelling: tuple) -> None:
    assert sorted(found(store, f'"{spelling[0]}"')) == sorted(SPACINGS)
    assert sorted(found(store, f"«{spelling[0]}»")) == sorted(SPACINGS)


def test_a_phrase_still_needs_its_words_in_order(store: Store) -> None:
    for spelling in COMPOUNDS[1]:
        assert sorted(found(store, f'"سفر {spelling} به"')) == sorted(SPACINGS)
        assert found(store, f'"{spelling} سفر"') == {}
    assert found(store, f'"سفر {COMPOUNDS[0][0]}"') == {}


@pytest.mark.parametrize("part", ["گفت", "جمهور", "بین"])
def test_a_part_finds_the_compound_however_spaced(store: Store, part: str) -> None:
    """The lexicon writes these compounds with a half-space: their parts are words too,
    highlighted as the whole compound where it stands."""
    hits = found(store, part)
    assert sorted(hits) == sorted((*SPACINGS, "other") if part == "گفت" else SPACINGS)
    spelling = next(s for s in COMPOUNDS if s[0].startswith(part) or s[0].endswith(part))
    for name, written in zip(SPACINGS, spelling, strict=True):
        assert hits[name] == [written]


@pytest.mark.parametrize("part", ["خانه", "کتاب"])
def test_a_part_of_a_word_written_whole_finds_only_the_word_alone(store: Store, part: str) -> None:
    """«کتابخانه» is one word, however spaced: «کتاب» does not find it."""
    assert found(store, part) == {"other": [part]}


def test_a_part_ranks_below_the_word_itself(store: Store) -> None:
    hits = [Path(hit["input"]).stem for hit in store.search(Query("گفت"))]
    assert hits[0] == "other"


def test_a_number_is_still_read_word_by_word(store: Store) -> None:
    assert found(store, "هزار") == {"other": ["هزار"]}
    assert found(store, '"سه هزار"') == {"other": ["سه", "هزار"]}


def test_excluding_a_compound_excludes_every_spacing(store: Store) -> None:
    assert sorted(found(store, "نیویورک")) == sorted(SPACINGS)
    for spelling in COMPOUNDS[0]:
        assert found(store, f"نیویورک -«{spelling}»") == {}


@pytest.mark.parametrize("spelling", COMPOUNDS, ids=lambda s: s[2])
def test_one_key_however_spaced(spelling: tuple) -> None:
    keys = [text_keys(normalize(f"از {written} و")) for written in spelling]
    assert len(keys[0]) == 3 and keys[0] == keys[1] == keys[2]


def test_a_privative_written_apart_is_one_word() -> None:
    """«بی» makes a word of any noun the lexicon spells so, listed or not: «بی شغلی»."""
    spellings = ("بی شغلی", f"بی{Z}شغلی", "بیشغلی")
    keys = [text_keys(f"از {written} و") for written in spellings]
    assert len(keys[0]) == 3 and keys[0] == keys[1] == keys[2]


def test_no_compound_across_punctuation_or_lines() -> None:
    assert len(text_keys("رئیس، جمهور")) == 2
    assert len(text_keys("رئیس\nجمهور")) == 2


def test_a_snippet_highlights_the_compound_where_it_stands() -> None:
    text = "مقدمه کوتاه. " * 40 + "وزیر در گفت و  گو با خبرنگاران سخن گفت." + " پایان" * 40
    (compound,) = (k for k, s, e in words(text) if text[s:e].startswith("گفت و"))
    cut = snippet(text, {compound})
    assert [text[s:e] for s, e in cut.highlights] == ["گفت و  گو"]
    assert text[cut.start : cut.end] == cut.text


def test_a_store_with_the_old_keys_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    open_store(str(old)).close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE meta SET value = '4' WHERE name = 'keys'")
    with pytest.raises(StoreError, match=f"keys version 4.*khabar ingest {old} --db NEW.db"):
        open_store(str(old))
