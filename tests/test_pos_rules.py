"""``khabar_pos_rules``: words of person and place names become PROPN."""

from spacy.lang.fa import Persian
from spacy.tokens import Doc, Span

import khabar.pipeline  # noqa: F401  (registers the factory)
from khabar.pipeline.pos_rules import PROPN_FEATS, repair


def _doc(words: list[str], pos: list[str], feats: list[str], ents: list[tuple]) -> Doc:
    nlp = Persian()
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=feats)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_person_name_read_as_common_nouns_becomes_propn():
    doc = _doc(
        ["عادل", "فردوسی‌پور", "گفت"],
        ["NOUN", "NOUN", "VERB"],
        ["Number=Sing", "Number=Sing", "Number=Sing|Person=3|Tense=Past"],
        [(0, 2, "PER")],
    )
    repair(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "VERB"]
    assert str(doc[0].morph) == PROPN_FEATS


def test_adjectives_stay_in_a_name():
    doc = _doc(
        ["به", "طور", "قطع", "و", "مسلم", "به", "آذربایجان", "غربی", "رفت"],
        ["ADP", "NOUN", "NOUN", "CCONJ", "ADJ", "ADP", "NOUN", "ADJ", "VERB"],
        ["", "Number=Sing", "Number=Sing", "", "", "", "Number=Sing", "", ""],
        [(4, 5, "PER"), (6, 8, "LOC")],
    )
    repair(doc)
    assert [t.pos_ for t in doc[4:8]] == ["ADJ", "ADP", "PROPN", "ADJ"]
    assert str(doc[4].morph) == ""


def test_plural_noun_stays_unless_a_listed_place():
    doc = _doc(
        ["دوچرخه‌سواران", "و", "زاهدان"],
        ["NOUN", "CCONJ", "NOUN"],
        ["Number=Plur", "", "Number=Plur"],
        [(0, 1, "PER"), (2, 3, "LOC")],
    )
    repair(doc)
    assert doc[0].pos_ == "NOUN"
    assert str(doc[0].morph) == "Number=Plur"
    assert doc[2].pos_ == "PROPN"
    assert str(doc[2].morph) == PROPN_FEATS


def test_nouns_hazm_knows_stay_unless_listed():
    doc = _doc(
        ["کف", "سفیدی", "عادل", "اندونزی", "آمپول"],
        ["NOUN"] * 5,
        ["Number=Sing"] * 5,
        [(0, 1, "LOC"), (1, 2, "PER"), (2, 3, "PER"), (3, 4, "LOC"), (4, 5, "LOC")],
    )
    for word in ("کف", "سفید", "عادل", "اندونزی"):
        doc.vocab[word].shape_ = "LEX:N"
    doc[4].dep_ = "compound:lvc"
    repair(doc)
    assert [t.pos_ for t in doc] == ["NOUN", "NOUN", "PROPN", "PROPN", "NOUN"]


def test_a_listed_surname_hazm_knows_is_propn_in_a_name():
    doc = _doc(["فرشاد", "سپهری"], ["NOUN", "NOUN"], ["Number=Sing"] * 2, [(0, 2, "PER")])
    doc.vocab["سپهری"].shape_ = "LEX:N"
    repair(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN"]


def test_organisations_keep_their_common_nouns():
    doc = _doc(["بنیاد", "سینا"], ["NOUN", "NOUN"], ["Number=Sing"] * 2, [(0, 2, "ORG")])
    repair(doc)
    assert [t.pos_ for t in doc] == ["NOUN", "NOUN"]


def test_component_is_registered_for_a_pipeline():
    nlp = Persian()
    nlp.add_pipe("khabar_pos_rules")
    doc = nlp("دایی")
    assert nlp.pipe_names == ["khabar_pos_rules"]
    assert doc.ents == ()


def test_clitic_read_as_noun_becomes_the_pronoun_of_its_person():
    doc = Doc(
        Persian().vocab,
        words=["کتاب", "ش", "و", "دوستان", "شان", "ش"],
        spaces=[False, True, True, False, True, False],
        pos=["NOUN", "NOUN", "CCONJ", "NOUN", "NOUN", "NOUN"],
    )
    repair(doc)
    assert [t.pos_ for t in doc] == ["NOUN", "PRON", "CCONJ", "NOUN", "PRON", "NOUN"]
    assert doc[1].morph.get("Person") == ["3"]
    assert doc[4].morph.get("Number") == ["Plur"]
    assert doc[1].morph.get("PronType") == ["Prs"]
