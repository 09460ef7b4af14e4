"""khabar's tokenizer inside spaCy: repaired text, clitic tokens, sentences per paragraph."""

import spacy

from khabar import normalize
from khabar.text.spacy_tokenizer import KhabarTokenizer


def make_nlp():
    nlp = spacy.blank("fa")
    nlp.tokenizer = KhabarTokenizer(nlp.vocab)
    return nlp


def test_doc_text_is_the_repaired_text() -> None:
    text = "كتابهای تازه را میخوانند.\n\nبند  دوم ."
    doc = make_nlp()(text)
    assert doc.text == normalize(text)
    assert doc._.original == text


def test_clitics_become_tokens_and_are_remembered_as_multiword() -> None:
    doc = make_nlp()("کتابش را به دوستانشان دادم.")
    assert [t.text for t in doc] == ["کتاب", "ش", "را", "به", "دوستان", "شان", "دادم", "."]
    surfaces = [(doc[a : b + 1].text, form) for a, b, form in doc._.multiword]
    assert surfaces == [("کتابش", "کتابش"), ("دوستانشان", "دوستانشان")]


def test_no_sentence_crosses_a_paragraph() -> None:
    doc = make_nlp()("تیتر بدون نقطه\n\nجمله اول. جمله دوم.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["تیتر بدون نقطه", "جمله اول.", "جمله دوم."]
