"""Pins the half-space gap scoring of benchmarks/gapscore.py on hand-made examples."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load_gapscore() -> ModuleType:
    """benchmarks/ is not a package: load the module from its file."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "gapscore.py"
    spec = importlib.util.spec_from_file_location("gapscore", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gapscore"] = module
    spec.loader.exec_module(module)
    return module


gs = _load_gapscore()
Z = "\u200c"


def test_gaps_separators() -> None:
    g = gs.gaps(f"می{Z}کنند  و")
    assert g.skeleton == "میکنندو"
    assert g.seps == ("", Z, "", "", "", " ")


def test_space_wins_over_zwnj_in_a_mix() -> None:
    assert gs.gaps(f"می{Z} کنند").seps[1] == " "
    assert gs.gaps(f"می {Z}کنند").seps[1] == " "


def test_missed_zwnj_is_one_false_negative() -> None:
    s = gs.score_sentence(f"می{Z}کنند", "میکنند")
    c = s.counts
    assert (c.tp, c.fp, c.fn, c.exact) == (0, 0, 1, 0)
    assert gs.wrong_words(s) == [(f"می{Z}کنند", "میکنند")]


def test_repaired_zwnj_is_exact() -> None:
    c = gs.score_sentence(f"آنها می{Z}کنند", f"آنها می{Z}کنند", "آنها میکنند").counts
    assert (c.tp, c.fp, c.fn, c.exact, c.damage) == (1, 0, 0, 1, 0)


def test_space_instead_of_zwnj_is_a_miss() -> None:
    c = gs.score_sentence(f"می{Z}کنند", "می کنند").counts
    assert (c.tp, c.fn, c.exact) == (0, 1, 0)


def test_spurious_zwnj_is_false_positive_and_damage() -> None:
    s = gs.score_sentence("رفته ایم", f"رفته{Z}ایم", "رفته ایم")
    c = s.counts
    assert (c.tp, c.fp, c.fn, c.damage) == (0, 1, 0, 1)
    assert gs.wrong_words(s) == [("رفته ایم", f"رفته{Z}ایم")]


def test_no_damage_when_input_was_already_wrong() -> None:
    c = gs.score_sentence(f"می{Z}کنند", "می کنند", "می کنند").counts
    assert c.damage == 0


def test_other_changes_are_not_charged() -> None:
    # Arabic letters, Persian digits, diacritics, quotes and punctuation spacing all differ.
    gold = f"«کتاب{Z}های» ۱۲ جلدیِ علی."
    out = f'"كتاب{Z}هاي" 12 جلدی علی .'
    c = gs.score_sentence(gold, out).counts
    assert (c.tp, c.fp, c.fn, c.exact) == (1, 0, 0, 1)


def test_changed_letters_are_aligned_around() -> None:
    # The peer rewrote «ۀ» as «ه‌ی»: the skeleton gains a letter, yet the other
    # half-space still aligns and scores.
    gold = f"خانۀ می{Z}رود"
    out = f"خانه{Z}ی می{Z}رود"
    c = gs.score_sentence(gold, out).counts
    assert (c.tp, c.fn) == (1, 0)


def test_unalignable_gold_zwnj_is_a_miss() -> None:
    c = gs.score_sentence(f"می{Z}کنند", "xyz").counts
    assert (c.tp, c.fn, c.unaligned, c.exact) == (0, 1, 5, 0)  # all five gold gaps


def test_corpus_totals_and_scores() -> None:
    golds = [f"می{Z}کنند", f"کتاب{Z}ها", "رفت"]
    outs = [f"می{Z}کنند", "کتابها", f"ر{Z}فت"]
    total, per = gs.score_corpus(golds, outs, ["میکنند", "کتابها", "رفت"])
    assert (total.tp, total.fp, total.fn, total.exact) == (1, 1, 1, 1)
    assert total.precision == pytest.approx(0.5)
    assert total.recall == pytest.approx(0.5)
    assert total.f1 == pytest.approx(0.5)
    assert total.damage == 1
    assert len(per) == 3


def test_line_count_mismatch_raises() -> None:
    with pytest.raises(ValueError):
        gs.score_corpus(["a"], ["a", "b"])


def test_top_wrong_words_counts() -> None:
    scores = [gs.score_sentence(f"می{Z}کنند", "میکنند") for _ in range(3)]
    assert gs.top_wrong_words(scores, 5) == [(f"می{Z}کنند", "میکنند", 3)]
