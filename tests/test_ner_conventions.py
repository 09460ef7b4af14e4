"""Names marked in khabar's news conventions or ArmanPersoNER's
(khabar/pipeline/ner_conventions.py)."""

import random
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed

import khabar.pipeline  # noqa: F401
from khabar.pipeline import ner_conventions
from khabar.pipeline.convert import tag_conventions
from khabar.pipeline.listed_embed import GIVEN_NAME, KINDS, PLACE, SURNAME, listed_features
from khabar.pipeline.name_swap import create_given_name_swap
from khabar.pipeline.ner_conventions import create_carry_conventions, index, mark
from khabar.pipeline.place_designators import NAME as NAME_DESIGNATORS
from tests.test_listed_embed import NER

WORDS = ["مریم", "کاظمی", "در", "تهران", "گفت"]


def _arman(doc: Doc) -> Doc:
    return mark(doc, "arman")


def test_a_document_is_read_in_news_conventions_unless_marked():
    nlp = spacy.blank("fa")
    doc = Doc(nlp.vocab, words=WORDS)
    assert index(doc) == 0
    assert index(_arman(doc)) == 1
    assert index(mark(doc, "news")) == 0 and ner_conventions.KEY not in doc.user_data
    with pytest.raises(ValueError, match="arman"):
        mark(doc, "conll")


def test_the_list_column_says_the_conventions_too():
    nlp = spacy.blank("fa")
    extractor = listed_features(["NORM"])
    news, arman = extractor.predict(
        [Doc(nlp.vocab, words=WORDS), _arman(Doc(nlp.vocab, words=WORDS))]
    )
    assert list(news[:, 1]) == [GIVEN_NAME, SURNAME, 0, PLACE, 0]
    assert list(arman[:, 1]) == [k + KINDS for k in news[:, 1]]
    assert list(arman[:, 0]) == list(news[:, 0])


def test_training_examples_carry_their_corpus_conventions():
    nlp = spacy.blank("fa")
    reference = _arman(Doc(nlp.vocab, words=WORDS, ents=["B-PER", "I-PER", "O", "B-LOC", "O"]))
    # as spaCy's corpus reader makes it: the predicted document afresh from the text
    example = Example(nlp.make_doc(reference.text), reference)
    assert index(example.predicted) == 0
    random.seed(0)
    swap = create_given_name_swap(level=1.0)
    original, copy = create_carry_conventions(swap)(nlp, example)
    assert [t.text for t in copy.reference] != WORDS  # another given name
    assert index(original.predicted) == index(copy.predicted) == 1
    (dev,) = create_carry_conventions()(nlp, Example(nlp.make_doc(reference.text), reference))
    assert index(dev.predicted) == 1


def test_gold_tags_say_whose_conventions_they_follow():
    assert tag_conventions(["O", "B-pers", "I-pers"]) == "arman"
    assert tag_conventions(["O", "B-org"]) == "arman"
    assert tag_conventions(["O", "B-PER", "I-PER", "B-LOC"]) == "news"
    assert tag_conventions(["O"]) == "news"


def test_one_ner_learns_both_corpora_where_they_disagree():
    """The same words, a country ArmanPersoNER calls ORG where it acts and khabar LOC: a
    NER trained on both marks it as the document's conventions say."""
    nlp = spacy.blank("fa")
    nlp.add_pipe("ner", config=NER)
    words = ["آمریکا", "اعلام", "کرد"]
    carry = create_carry_conventions()

    def example(tag: str, conventions: str) -> Example:
        reference = mark(Doc(nlp.vocab, words=words, ents=[tag, "O", "O"]), conventions)
        (read,) = carry(nlp, Example(Doc(nlp.vocab, words=words), reference))
        return read

    examples = [example("B-LOC", "news"), example("B-ORG", "arman")]
    fix_random_seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(100):
        nlp.update(examples, sgd=optimizer)

    def found(conventions: str) -> list[str]:
        return [e.label_ for e in nlp(mark(Doc(nlp.vocab, words=words), conventions)).ents]

    assert found("news") == ["LOC"]
    assert found("arman") == ["ORG"]


def test_load_swaps_in_the_ner_trained_for_arman_and_marks_documents_for_it():
    from khabar.pipeline.load import load

    nlp = load(news=False, ner_conventions="arman")
    names = nlp.pipe_names
    assert "ner" not in names
    assert names.index(ner_conventions.NAME) == names.index(ner_conventions.NER_ARMAN) - 1
    assert names.index(ner_conventions.NER_ARMAN) < names.index(NAME_DESIGNATORS)
    assert index(nlp("مریم کاظمی در تهران گفت.")) == 1
    news = load(news=False)
    assert "ner" in news.pipe_names
    assert {ner_conventions.NAME, ner_conventions.NER_ARMAN}.isdisjoint(news.pipe_names)
    with pytest.raises(ValueError, match="news, arman"):
        load(news=False, ner_conventions="conll")


def test_a_model_without_an_arman_ner_refuses_arman_conventions(tmp_path):
    nlp = spacy.blank("fa")
    nlp.add_pipe("ner")
    with pytest.raises(ValueError, match="no NER trained"):
        ner_conventions.use(nlp, "arman")
    ner_conventions.use(nlp, "news")  # nothing to swap
    assert nlp.pipe_names == ["ner"]


def _conllu(*options: str, text: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar", "conllu", *options],
        input=text.encode(),
        capture_output=True,
        timeout=300,
    )


@pytest.mark.parametrize("conventions", ["news", "arman"])
def test_conllu_writes_entities_in_either_conventions(conventions: str):
    result = _conllu("--ner-conventions", conventions, text="مریم کاظمی در تهران گفت.\n")
    assert result.returncode == 0, result.stderr.decode()
    words = [r.split("\t") for r in result.stdout.decode().splitlines() if r[:1].isdigit()]
    assert len(words) == 6 and all("NER=" in w[9] for w in words)


def test_conllu_refuses_unknown_ner_conventions():
    result = _conllu("--ner-conventions", "conll", text="مریم گفت.\n")
    assert result.returncode == 2 and "news, arman" in result.stderr.decode()
