"""The NER's embedding with khabar's name lists as a feature (khabar/pipeline/listed_embed.py)."""

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed

import khabar.pipeline  # noqa: F401
from khabar.pipeline.listed_embed import (
    GIVEN_NAME,
    NOT_LISTED,
    PLACE,
    SURNAME,
    listed_class,
    listed_features,
)

EMBED = {
    "@architectures": "khabar.ListedHashEmbed.v1",
    "width": 16,
    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
    "rows": [50, 20, 20, 20],
    "listed_rows": 8,
}
NER = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "hidden_width": 16,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": EMBED,
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": 16,
                "depth": 1,
                "window_size": 1,
                "maxout_pieces": 2,
            },
        },
    }
}


def test_words_are_classed_by_the_list_they_are_on():
    assert listed_class("مریم") == GIVEN_NAME
    assert listed_class("سیدعلی") == GIVEN_NAME
    assert listed_class("علي") == GIVEN_NAME  # Arabic «ي», as older text writes it
    assert listed_class("تهران") == PLACE
    assert listed_class("کاظمی") == SURNAME
    assert listed_class("لاوروف") == SURNAME
    assert listed_class("کتاب") == NOT_LISTED


def test_the_list_column_follows_the_word_features():
    nlp = spacy.blank("fa")
    doc = Doc(nlp.vocab, words=["مریم", "کاظمی", "به", "تهران", "رفت"])
    extractor = listed_features(["NORM", "SHAPE"])
    (table,) = extractor.predict([doc])
    assert table.shape == (5, 3)
    assert list(table[:, 2]) == [GIVEN_NAME, SURNAME, NOT_LISTED, PLACE, NOT_LISTED]
    assert list(table[:, 0]) == [t.norm for t in doc]


def test_a_ner_on_the_listed_embedding_learns_and_survives_saving(tmp_path):
    nlp = spacy.blank("fa")
    nlp.add_pipe("ner", config=NER)
    words = ["مریم", "کاظمی", "در", "تهران", "گفت"]
    example = Example.from_dict(
        Doc(nlp.vocab, words=words), {"entities": ["B-PER", "L-PER", "O", "U-LOC", "O"]}
    )
    fix_random_seed(0)
    optimizer = nlp.initialize(lambda: [example])
    for _ in range(100):
        nlp.update([example], sgd=optimizer)
    found = [(e.text, e.label_) for e in nlp(Doc(nlp.vocab, words=words)).ents]
    assert found == [("مریم کاظمی", "PER"), ("تهران", "LOC")]

    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    assert [(e.text, e.label_) for e in again(Doc(again.vocab, words=words)).ents] == found
