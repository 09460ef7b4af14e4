"""CoNLL-U output and CoNLL 2018 scoring, on sentences written for these tests."""

import subprocess
import sys

import pytest

from khabar.datasets.ud import parse_conllu
from khabar.pipeline.conll18 import score

GOLD = """# text = کتابش را خواندم.
1-2\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_
1\tکتاب\tکتاب\tNOUN\t_\tNumber=Sing\t4\tobj\t_\t_
2\tش\tاو\tPRON\t_\t_\t1\tnmod:poss\t_\t_
3\tرا\tرا\tADP\t_\t_\t1\tcase\t_\t_
4\tخواندم\tخواند#خوان\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

# text = او آمد.
1\tاو\tاو\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tآمد\tآمد#آ\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def sentences(text: str):
    return list(parse_conllu(text.splitlines()))


def test_gold_against_itself_is_perfect() -> None:
    scores = score(sentences(GOLD), sentences(GOLD))
    assert all(s["f1"] == 1.0 for s in scores.values())


UNSPLIT = """# text = کتابش را خواندم.
1\tکتابش\tکتاب\tNOUN\t_\tNumber=Sing\t3\tobj\t_\t_
2\tرا\tرا\tADP\t_\t_\t1\tcase\t_\t_
3\tخواندم\tخواند#خوان\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
"""


def test_a_missed_clitic_split_costs_words_not_tokens() -> None:
    system = UNSPLIT + "\n" + GOLD.split("\n\n", 1)[1]
    scores = score(sentences(GOLD), sentences(system))
    assert scores["Tokens"]["f1"] == 1.0
    # «کتابش» cannot align with «کتاب» + «ش» (forms differ): 6 of 8 gold words, 6 of 7.
    assert scores["Words"]["recall"] == pytest.approx(6 / 8)
    assert scores["Words"]["precision"] == pytest.approx(6 / 7)
    # «را» hangs on «کتابش», which aligns with nothing, so its head counts as wrong.
    assert scores["UAS"]["precision"] == pytest.approx(5 / 7)


def test_a_wrong_tag_and_a_wrong_relation() -> None:
    system = GOLD.replace("1\tاو\tاو\tPRON\t_\t_\t2\tnsubj", "1\tاو\tاو\tDET\t_\t_\t2\tobj")
    scores = score(sentences(GOLD), sentences(system))
    assert scores["UPOS"]["f1"] == pytest.approx(7 / 8)
    assert scores["UAS"]["f1"] == 1.0
    assert scores["LAS"]["f1"] == pytest.approx(7 / 8)


def test_sentence_boundaries_count() -> None:
    joined = GOLD.replace("\n\n# text = او آمد.\n", "\n").replace(
        "1\tاو\tاو\tPRON\t_\t_\t2", "6\tاو\tاو\tPRON\t_\t_\t7"
    )
    joined = joined.replace("2\tآمد\tآمد#آ\tVERB\t_\t_\t0", "7\tآمد\tآمد#آ\tVERB\t_\t_\t4").replace(
        "3\t.\t.\tPUNCT\t_\t_\t2", "8\t.\t.\tPUNCT\t_\t_\t7"
    )
    scores = score(sentences(GOLD), sentences(joined))
    assert scores["Sentences"]["recall"] == 0.0
    assert scores["Tokens"]["f1"] == 1.0


def test_khabar_conllu_writes_all_columns() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "conllu"],
        input="كتابش را به دوستانشان دادند. علی به تهران رفت.".encode(),
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr.decode()
    sents = sentences(result.stdout.decode())
    assert [s.text for s in sents] == ["کتابش را به دوستانشان دادند.", "علی به تهران رفت."]
    rows = sents[0].rows
    assert rows[0][:2] == ["1-2", "کتابش"]
    assert all(len(r) == 10 for r in rows)
    assert all(r[9].split("|")[-1].startswith("NER=") for r in rows if "-" not in r[0])
    heads = [r for r in rows if "-" not in r[0] and r[6] == "0"]
    assert len(heads) == 1


def test_khabar_conllu_pretokenized_keeps_tokens() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "conllu", "--pretokenized"],
        input="کتابش را خواندم .\n".encode(),
        capture_output=True,
    )
    assert result.returncode == 0
    (sent,) = sentences(result.stdout.decode())
    assert [r[1] for r in sent.rows] == ["کتابش", "را", "خواندم", "."]
