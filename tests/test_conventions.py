"""Writing CoNLL-U in Seraji's conventions: the learned rewrite, and the commands that use it."""

import subprocess
import sys

import pytest

from khabar.datasets.ud import parse_conllu
from khabar.pipeline.conllu import to_conllu
from khabar.pipeline.conventions import Conventions, compile_table, conventions_for, past_stem
from khabar.text.chars import ZWNJ

# Written for these tests in Seraji's conventions: no PROPN, a verb's lemma its past stem.
SERAJI = """# sent_id = s1
# text = علی به تهران رفت.
1\tعلی\tعلی\tNOUN\tN_SING\tNumber=Sing\t4\tnsubj\t_\t_
2\tبه\tبه\tADP\tP\t_\t3\tcase\t_\t_
3\tتهران\tتهران\tNOUN\tN_SING\tNumber=Sing\t4\tobl\t_\t_
4\tرفت\tرفت\tVERB\tV_PA\tNumber=Sing|Person=3|Tense=Past\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\tDELM\t_\t4\tpunct\t_\t_

# sent_id = s2
# text = مریم کتاب را به رضا داد.
1\tمریم\tمریم\tNOUN\tN_SING\tNumber=Sing\t6\tnsubj\t_\t_
2\tکتاب\tکتاب\tNOUN\tN_SING\tNumber=Sing\t6\tobj\t_\t_
3\tرا\tرا\tADP\tCLITIC\t_\t2\tcase\t_\t_
4\tبه\tبه\tADP\tP\t_\t5\tcase\t_\t_
5\tرضا\tرضا\tNOUN\tN_SING\tNumber=Sing\t6\tobl\t_\t_
6\tداد\tداد\tVERB\tV_PA\tNumber=Sing|Person=3|Tense=Past\t0\troot\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\tDELM\t_\t6\tpunct\t_\t_
"""


@pytest.fixture(scope="module")
def nlp():
    from khabar.pipeline.load import load

    return load(news=False)


def test_a_verbs_seraji_lemma_is_its_past_stem() -> None:
    assert past_stem("رسید#رس") == "رسید"
    assert past_stem("بر#گشت#گرد") == "گشت"
    assert past_stem("#است") == "است"
    assert past_stem("کتاب") == "کتاب"


def test_the_rewrite_prefers_the_specific_pairing_and_keeps_heads() -> None:
    conventions = Conventions(
        {
            "upos": {"PROPN": "NOUN"},
            "form": {"ایران\tPROPN": "ADJ"},
            "feats": {"PROPN\tNOUN\t_": "Number=Sing"},
            "lemma": {},
            "rel": {"nmod": "nmod:poss"},
            "deprel": {"nmod\tNOUN\tADP": "obl"},
        }
    )
    rows = [
        "1-2\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tکتاب\tکتاب\tNOUN\t_\t_\t3\tnmod\t_\t_",
        "2\tش\tاو\tPRON\t_\t_\t1\tnmod\t_\t_",
        "3\tبا\tبا\tADP\t_\t_\t0\troot\t_\t_",
        "4\tایران\tایران\tPROPN\t_\t_\t3\tnmod\t_\t_",
        "5\tرضا\tرضا\tPROPN\t_\t_\t3\tnmod\t_\t_",
        "6\tرسیدند\tرسید#رس\tVERB\t_\t_\t3\tconj\t_\t_",
    ]
    out = [r.split("\t") for r in conventions.rewrite(rows)]
    assert out[0] == rows[0].split("\t")
    assert [r[3] for r in out[1:]] == ["NOUN", "PRON", "ADP", "ADJ", "NOUN", "VERB"]
    assert out[5][5] == "Number=Sing"
    assert [r[7] for r in out[1:]] == ["obl", "nmod:poss", "root", "nmod:poss", "nmod:poss", "conj"]
    assert out[6][2] == "رسید"
    assert [r[6] for r in out] == [r.split("\t")[6] for r in rows]


def test_seraji_writes_some_clitics_as_they_are_and_their_plural_with_a_half_space() -> None:
    conventions = Conventions({part: {} for part in ("upos", "form", "feats", "lemma")}, True)
    rows = [
        "1-2\tخانه‌ات\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tخانه‌\tخانه\tNOUN\t_\t_\t0\troot\t_\t_",
        "2\tات\tتو\tPRON\t_\t_\t1\tnmod\t_\t_",
        "3-4\tکتابت\t_\t_\t_\t_\t_\t_\t_\t_",
        "3\tکتاب\tکتاب\tNOUN\t_\t_\t1\tconj\t_\t_",
        "4\tت\tتو\tPRON\t_\t_\t3\tnmod\t_\t_",
        "5-6\tدلشان\t_\t_\t_\t_\t_\t_\t_\t_",
        "5\tدل\tدل\tNOUN\t_\t_\t1\tconj\t_\t_",
        "6\tشان\tآنها\tPRON\t_\t_\t5\tnmod\t_\t_",
    ]
    lemmas = [r.split("\t")[2] for r in conventions.rewrite(rows) if "-" not in r.split("\t")[0]]
    assert lemmas == ["خانه", "ات", "کتاب", "تو", "دل", "آن" + ZWNJ + "ها"]


def test_a_learned_lemma_keeps_no_ending_the_form_lacks() -> None:
    table = {part: {} for part in ("upos", "form", "feats")}
    lemmas = {"ابتدا\tNOUN": "ابتدای", "موفق\tADJ": "موفق" + ZWNJ + "ترین"}
    conventions = Conventions({**table, "lemma": lemmas}, parsed=True)
    rows = [
        "1\tابتدای\tابتدا\tNOUN\t_\t_\t0\troot\t_\t_",
        "2\tابتدا\tابتدا\tNOUN\t_\t_\t1\tnmod\t_\t_",
        "3\tموفق\tموفق\tADJ\t_\t_\t1\tamod\t_\t_",
    ]
    # Seraji keeps the ezafe of «ابتدای» in its lemma; «ابتدا» has none to keep, nor
    # «موفق» the superlative some «موفق‌ترین» kept
    lemmas = [r.split("\t")[2] for r in conventions.rewrite(rows)]
    assert lemmas == ["ابتدای", "ابتدا", "موفق"]


def test_rows_parsed_in_seraji_keep_their_heads_and_relations() -> None:
    table = {
        "upos": {"PROPN": "NOUN"},
        **{part: {} for part in ("form", "feats", "lemma")},
        "rel": {"nmod": "obl"},
        "deprel": {},
        "mark": {".\tlast": "root"},
        "punct": {},
    }
    rows = [
        "1\tعلی\tعلی\tPROPN\t_\t_\t3\tnsubj\t_\t_",
        "2\tتهران\tتهران\tPROPN\t_\t_\t1\tnmod\t_\t_",
        "3\tرفت\tرفت#رو\tVERB\t_\t_\t0\troot\t_\t_",
        "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
    ]
    converted = [r.split("\t") for r in Conventions(table).rewrite(rows)]
    parsed = [r.split("\t") for r in Conventions(table, parsed=True).rewrite(rows)]
    assert [r[7] for r in converted][1] == "obl"
    assert converted[3][6] == "3"
    assert [(r[6], r[7]) for r in parsed] == [(r.split("\t")[6], r.split("\t")[7]) for r in rows]
    assert [r[3] for r in parsed] == ["NOUN", "NOUN", "VERB", "PUNCT"]
    assert parsed[2][2] == "رفت"


def test_seraji_conventions_swap_in_the_parser_trained_on_seraji(nlp) -> None:
    from khabar.pipeline.conventions import SERAJI_PARSER
    from khabar.pipeline.load import load, load_conventions

    seraji = load(news=False, conventions="seraji")
    assert "parser" in nlp.pipe_names and SERAJI_PARSER not in nlp.pipe_names
    assert SERAJI_PARSER in seraji.pipe_names and "parser" not in seraji.pipe_names
    assert load_conventions("seraji", nlp=seraji).parsed
    assert not load_conventions("seraji", nlp=nlp).parsed
    with pytest.raises(ValueError, match="unknown conventions"):
        load(news=False, conventions="Seraji")
    doc = seraji("کتاب دوستم را به کتابخانه دانشگاه بردم.")
    assert {t.dep_ for t in doc} <= set(seraji.get_pipe(SERAJI_PARSER).labels) | {"ROOT"}
    assert "nmod:poss" in {t.dep_ for t in doc}


def test_a_punctuation_mark_moves_to_the_head_the_table_names() -> None:
    conventions = Conventions(
        {
            **{part: {} for part in ("upos", "form", "feats", "lemma", "rel", "deprel")},
            "mark": {"،\tinside": "next", ".\tlast": "root"},
            "punct": {"،\tinside\tNOUN\tVERB": "verb after"},
        }
    )
    rows = [
        "1\tعلی\tعلی\tNOUN\t_\t_\t5\tnsubj\t_\t_",
        "2\t،\t،\tPUNCT\t_\t_\t1\tpunct\t_\t_",
        "3\tمریم\tمریم\tNOUN\t_\t_\t1\tconj\t_\t_",
        "4\t،\t،\tPUNCT\t_\t_\t3\tpunct\t_\t_",
        "5\tآمدند\tآمد#آ\tVERB\t_\t_\t0\troot\t_\t_",
        "6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_",
    ]
    heads = [r.split("\t")[6] for r in conventions.rewrite(rows)]
    assert heads == ["5", "3", "1", "5", "0", "5"]


def test_a_table_learned_from_seraji_sentences_writes_their_conventions(nlp) -> None:
    gold = list(parse_conllu(SERAJI.splitlines()))
    conventions = Conventions(compile_table(nlp, gold))
    (block,) = to_conllu([nlp("علی به تهران رفت.")], conventions=conventions)
    (sent,) = parse_conllu(block.splitlines())
    words = {r[1]: r for r in sent.words}
    assert "PROPN" not in {r[3] for r in sent.words}
    assert words["رفت"][2] == "رفت"
    (plain,) = to_conllu([nlp("علی به تهران رفت.")])
    (perdt,) = parse_conllu(plain.splitlines())
    assert [r[6] for r in perdt.words] == [r[6] for r in sent.words]


def test_a_function_word_or_a_reflexive_without_its_clitic_is_its_own_lemma() -> None:
    conventions = Conventions(
        {
            **{part: {} for part in ("upos", "feats", "rel", "deprel", "mark", "punct")},
            "form": {"وقتی\tNOUN": "SCONJ", "روی\tNOUN": "ADP"},
            "lemma": {"رو\tNOUN": "رو"},
        }
    )
    rows = [
        "1\tوقتی\tوقت\tNOUN\t_\t_\t5\tmark\t_\t_",
        "2\tروی\tرو\tNOUN\t_\t_\t5\tcase\t_\t_",
        "3-4\tخودت\t_\t_\t_\t_\t_\t_\t_\t_",
        "3\tخود\tخودت\tPRON\t_\t_\t5\tnsubj\t_\t_",
        "4\tت\tتو\tPRON\t_\t_\t3\tnmod\t_\t_",
        "5\tرسیدند\tرسید#رس\tVERB\t_\t_\t0\troot\t_\t_",
    ]
    out = [r.split("\t") for r in conventions.rewrite(rows) if "-" not in r.split("\t")[0]]
    # what the table learned for a lemma comes first; the reflexive is written alone
    assert [(r[3], r[2]) for r in out] == [
        ("SCONJ", "وقتی"),
        ("ADP", "رو"),
        ("PRON", "خود"),
        ("PRON", "تو"),
        ("VERB", "رسید"),
    ]


def test_gold_files_name_their_conventions() -> None:
    assert conventions_for("ud/fa_seraji-ud-test.conllu") == "seraji"
    assert conventions_for("fa_perdt-ud-test.conllu") == "perdt"
    assert conventions_for("mine.conllu") == "perdt"


def _khabar(*args: str, text: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args], input=text.encode(), capture_output=True
    )


def test_khabar_conllu_writes_seraji_conventions_with_the_shipped_table() -> None:
    result = _khabar("conllu", "--conventions", "seraji", text="علی و مریم به تهران رفتند.")
    assert result.returncode == 0, result.stderr.decode()
    (sent,) = parse_conllu(result.stdout.decode().splitlines())
    assert "PROPN" not in {r[3] for r in sent.words}
    assert all("#" not in r[2] for r in sent.words)


def test_evaluate_ud_scores_a_seraji_file_in_seraji_conventions(tmp_path) -> None:
    gold = tmp_path / "fa_seraji-sample.conllu"
    gold.write_text(SERAJI, encoding="utf-8")
    scores = {}
    for conventions in ("auto", "perdt"):
        result = _khabar("evaluate", "ud", "--conventions", conventions, str(gold))
        assert result.returncode == 0, result.stderr.decode()
        rows = [line.split("|") for line in result.stdout.decode().splitlines()]
        scores[conventions] = {
            r[0].strip(): float(r[3]) for r in rows if len(r) == 4 and r[3].strip()[:1].isdigit()
        }
    assert scores["auto"]["Lemmas"] > scores["perdt"]["Lemmas"]
    assert scores["auto"]["UPOS"] >= scores["perdt"]["UPOS"]


def test_unknown_conventions_are_refused() -> None:
    result = _khabar("conllu", "--conventions", "bijankhan", text="سلام.")
    assert result.returncode == 2
    assert "unknown conventions" in result.stderr.decode()
