"""Training copies with other given names (khabar/pipeline/name_swap.py)."""

import random

import spacy
from spacy.tokens import Doc
from spacy.training import Example

import khabar.pipeline  # noqa: F401
from khabar.gazetteer import given_names
from khabar.pipeline.name_swap import given_name_swap, swapped


def _example(nlp, words, tags):
    return Example.from_dict(Doc(nlp.vocab, words=words), {"entities": tags})


def test_a_person_gets_another_listed_given_name_and_keeps_the_rest():
    nlp = spacy.blank("fa")
    words = ["مریم", "کاظمی", "در", "تهران", "گفت"]
    random.seed(1)
    copy = swapped(nlp, _example(nlp, words, ["B-PER", "L-PER", "O", "U-LOC", "O"]))
    new = [t.text for t in copy.reference]
    assert new[0] in given_names() and new[1:] == words[1:]
    assert [(e.start, e.end, e.label_) for e in copy.reference.ents] == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
    ]
    assert [t.text for t in copy.predicted] == new


def test_only_given_names_inside_people_change():
    nlp = spacy.blank("fa")
    # «علی» names a street here, not a person
    example = _example(nlp, ["خیابان", "علی", "آباد"], ["B-LOC", "I-LOC", "L-LOC"])
    assert swapped(nlp, example) is None
    assert list(given_name_swap(nlp, example, level=1.0)) == [example]


def test_missing_annotation_stays_missing():
    nlp = spacy.blank("fa")
    copy = swapped(nlp, _example(nlp, ["مریم", "کاظمی", "آمد"], ["B-PER", "L-PER", "-"]))
    assert copy.reference[2].ent_iob_ == ""
