"""`khabar evaluate ud` and `khabar evaluate ner` on gold files written for these tests:
a file they cannot score is refused with exit status 2 and the line at fault, before the
pipeline runs, never with a traceback or a misleading score."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

NER_GOLD = "علی B-pers\nکریمی I-pers\nبه O\nتهران B-loc\nرفت O\n. O\n"

UD_GOLD = """# sent_id = t1
# text = او به تهران رفت.
1\tاو\tاو\tPRON\t_\tNumber=Sing|Person=3\t4\tnsubj\t_\t_
2\tبه\tبه\tADP\t_\t_\t3\tcase\t_\t_
3\tتهران\tتهران\tPROPN\t_\tNumber=Sing\t4\tobl:arg\t_\t_
4\tرفت\tرفت#رو\tVERB\t_\tNumber=Sing|Person=3|Tense=Past\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

"""

# the line of UD_GOLD each broken variant breaks (1-based), and the variant
UD_WORD = "2\tبه\tبه\tADP\t_\t_\t3\tcase\t_\t_"
BROKEN_UD = {
    "nine columns": UD_GOLD.replace(UD_WORD, UD_WORD.rsplit("\t", 1)[0]),
    "spaces for tabs": UD_GOLD.replace(UD_WORD, UD_WORD.replace("\t", "  ")),
    "an ID that is no number": UD_GOLD.replace(UD_WORD, "x" + UD_WORD),
    "a head that is no number": UD_GOLD.replace("\t3\tcase", "\tabc\tcase"),
    "a head past the last word": UD_GOLD.replace("\t3\tcase", "\t9\tcase"),
    "IDs out of order": UD_GOLD.replace(UD_WORD, "7" + UD_WORD[1:]),
    "a range that is no range": UD_GOLD.replace(UD_WORD, "2-x\tبه" + "\t_" * 8 + "\n" + UD_WORD),
}


def _khabar(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def _refused(result: subprocess.CompletedProcess, *words: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert all(w in err for w in words), err


def test_evaluate_ner_refuses_unknown_conventions(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(NER_GOLD, encoding="utf-8")
    _refused(_khabar("evaluate", "ner", str(gold), "--conventions", "conll"), "news, arman")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("علی\nرفت O\n", ("line 1",)),
        ("علی B-pers\nرفت S-pers\n", ("line 2", "S-pers")),
        ("علی B-GPE\n", ("line 1", "GPE")),
        ("علی PER\n", ("line 1", "PER")),
        ("", ("no sentences",)),
        ("\n\n", ("no sentences",)),
    ],
)
def test_evaluate_ner_refuses_a_gold_it_cannot_read(
    tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(content, encoding="utf-8")
    _refused(_khabar("evaluate", "ner", str(gold)), *words)


def test_evaluate_ner_names_the_line_of_invalid_utf8(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_bytes("علی B-pers\n".encode() + b"\xff O\n")
    _refused(_khabar("evaluate", "ner", str(gold)), "line 2", "UTF-8")


def test_evaluate_ner_without_a_model_says_so(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(NER_GOLD, encoding="utf-8")
    result = _khabar("evaluate", "ner", str(gold), env={"KHABAR_MODEL": str(tmp_path)})
    _refused(result, "model is missing")


def test_evaluate_ner_reads_khabars_own_labels_and_tab_separated_lines(tmp_path: Path) -> None:
    arman, own = tmp_path / "arman.txt", tmp_path / "own.txt"
    arman.write_text(NER_GOLD, encoding="utf-8")
    own.write_text(
        NER_GOLD.replace("-pers", "-PER").replace("-loc", "-LOC").replace(" ", "\t"),
        encoding="utf-8",
    )
    outputs = []
    for gold in (arman, own):  # in one convention: by default each reads in its own
        result = _khabar("evaluate", "ner", str(gold), "--conventions", "news")
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(result.stdout.decode())
    assert outputs[0] == outputs[1]
    rows = {line.split()[0]: line.split()[1:] for line in outputs[1].splitlines()[1:]}
    assert rows["PER"][-1] == "1" and rows["LOC"][-1] == "1" and rows["ALL"][-1] == "2"


@pytest.mark.parametrize("broken", sorted(BROKEN_UD))
def test_evaluate_ud_refuses_a_malformed_gold_line(tmp_path: Path, broken: str) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(BROKEN_UD[broken], encoding="utf-8")
    _refused(_khabar("evaluate", "ud", str(gold)), "line ")


def test_evaluate_ud_refuses_a_text_line_its_words_do_not_spell(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(UD_GOLD.replace("# text = او به", "# text = من به"), encoding="utf-8")
    _refused(_khabar("evaluate", "ud", str(gold)), "line 1", "# text")


def test_evaluate_ud_names_the_sentence_without_a_text_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(UD_GOLD + UD_GOLD.replace("# text = او به تهران رفت.\n", ""), "utf-8")
    _refused(_khabar("evaluate", "ud", str(gold)), "line 9", "# text")


def test_evaluate_ud_names_the_line_of_invalid_utf8(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_bytes(UD_GOLD.encode().replace("تهران".encode(), b"\xff", 1))
    _refused(_khabar("evaluate", "ud", str(gold)), "line 2", "UTF-8")


def test_a_block_of_comments_alone_is_no_sentence(tmp_path: Path) -> None:
    from khabar.pipeline.conll18 import read_gold

    gold = tmp_path / "gold.conllu"
    gold.write_text("# global.columns = ID FORM\n# newdoc id = d1\n\n" + UD_GOLD, "utf-8")
    (sentence,) = read_gold(gold)
    assert sentence.text == "او به تهران رفت."
