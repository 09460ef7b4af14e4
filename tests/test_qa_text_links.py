"""Web and e-mail addresses come out of the normalizer as they went in, text around them
repaired; offsets still map back; the tokenizer keeps each one a token."""

import subprocess
import sys
import time
from pathlib import Path

from khabar.text.chars import ZWNJ
from khabar.text.normalizer import normalize
from khabar.text.offsets import align
from khabar.text.tokenizer import tokenize

SLUG = "https://www.tasnimnews.com/fa/news/1396/06/28/1521345/طرحهای-جديد-دولت"


def test_a_persian_slug_keeps_its_letters_and_gets_no_half_space() -> None:
    text = f"منبع: {SLUG} و طرحهای دیگر"
    assert normalize(text) == f"منبع: {SLUG} و طرح{ZWNJ}های دیگر"


def test_digits_in_addresses_stay_as_written_whatever_digits_asks() -> None:
    text = "نشانی http://185.126.202.195/iarll و ali1396@gmail.com در سال 1399"
    assert normalize(text, "fa") == (
        "نشانی http://185.126.202.195/iarll و ali1396@gmail.com در سال ۱۳۹۹"
    )
    assert normalize("www.x.ir/news/۱۲ و ۱۲", "latin") == "www.x.ir/news/۱۲ و 12"


def test_spacing_beside_an_address_is_repaired_as_elsewhere() -> None:
    text = "(https://x.ir )  و  « https://y.ir»را"
    assert normalize(text) == "(https://x.ir) و «https://y.ir» را"
    assert normalize("https://a.ir   https://b.ir") == "https://a.ir https://b.ir"


def test_two_addresses_set_apart_by_a_half_space_stay_two() -> None:
    once = normalize(f"a1@b.ir{ZWNJ}https://x.ir/طرحها")
    assert once == "a1@b.ir https://x.ir/طرحها"
    assert normalize(once) == once


def test_offsets_map_an_address_and_the_words_after_it_back() -> None:
    original = f"ببینید {SLUG}  طرحهای ما"
    for digits in ("keep", "fa"):
        text = normalize(original, digits)
        aligned = align(original, text, digits)
        tokens = [t for s in tokenize(text) for t in s.tokens]
        url = next(t for t in tokens if t.text.startswith("http"))
        assert original[slice(*aligned.to_original(url.start, url.end))] == SLUG
        last = tokens[-1]
        assert original[slice(*aligned.to_original(last.start, last.end))] == "ما"


def test_a_long_dotted_latin_run_tokenizes_in_linear_time() -> None:
    """«a.b.a.b…» with no space: each Latin letter started an e-mail match that scanned to
    the run's end, so a million-character piece would have taken hours."""
    run = "a.b" * 50_000
    started = time.perf_counter()
    tokens = [t for s in tokenize(run) for t in s.tokens]
    assert "".join(t.text for t in tokens) == run
    assert time.perf_counter() - started < 30


def test_the_command_keeps_an_address_under_digits_fa(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("لینک https://x.ir/news/123 را ببینید\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "normalize", "--digits", "fa", str(src)],
        capture_output=True,
    )
    assert result.returncode == 0
    assert result.stdout.decode() == "لینک https://x.ir/news/123 را ببینید\n"
