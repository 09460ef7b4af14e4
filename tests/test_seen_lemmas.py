from pathlib import Path

from spacy.lang.fa import Persian
from spacy.tokens import Doc, DocBin

from khabar.pipeline.seen_lemmas import SeenLemmas

# (form, UPOS, lemma) per word of each gold sentence
GOLD = [
    [("اطلاعات", "NOUN", "اطلاعات"), ("تازه", "ADJ", "تازه"), ("رسید", "VERB", "رسید#رس")],
    [("اطلاعات", "NOUN", "اطلاعات"), ("روی", "ADP", "روی"), ("میز", "NOUN", "میز")],
    [("روی", "NOUN", "رو"), ("میز", "NOUN", "میز"), ("تازه", "ADJ", "تازه")],
    [("تمامی", "NOUN", "تمامی"), ("خبری", "ADJ", "خبری"), ("تازه", "ADJ", "تازه")],
    [("خبری", "ADJ", "خبر"), ("روی", "ADP", "روی"), ("رسید", "VERB", "رسید#رس")],
]


def gold_docbin(nlp, path: Path) -> str:
    bin_ = DocBin(attrs=["POS", "LEMMA"])
    for words in GOLD:
        forms, tags, lemmas = zip(*words, strict=True)
        bin_.add(Doc(nlp.vocab, words=list(forms), pos=list(tags), lemmas=list(lemmas)))
    bin_.to_disk(path)
    return str(path)


def seen(tmp_path: Path) -> tuple[Persian, SeenLemmas]:
    nlp = Persian()
    component = SeenLemmas(nlp, "seen_lemmas")
    component.initialize(nlp=nlp, gold_path=gold_docbin(nlp, tmp_path / "gold.spacy"))
    return nlp, component


def test_remembers_only_nominal_forms_lemmatised_one_way_at_least_twice(tmp_path):
    _, component = seen(tmp_path)
    assert component.table == {
        ("اطلاعات", "NOUN"): "اطلاعات",
        ("تازه", "ADJ"): "تازه",
        ("میز", "NOUN"): "میز",
    }


def test_gives_a_remembered_form_its_lemma_under_the_same_tag_only(tmp_path):
    nlp, component = seen(tmp_path)
    doc = Doc(
        nlp.vocab,
        words=["اطلاعات", "اطلاعات", "تمامی"],
        pos=["NOUN", "PROPN", "NOUN"],
        lemmas=["اطلاع", "اطلاع", "تمام"],
    )
    assert [t.lemma_ for t in component(doc)] == ["اطلاعات", "اطلاع", "تمام"]


def test_the_table_survives_saving(tmp_path):
    nlp, component = seen(tmp_path)
    component.to_disk(tmp_path / "saved")
    loaded = SeenLemmas(nlp, "seen_lemmas").from_disk(tmp_path / "saved")
    assert loaded.table == component.table
    assert SeenLemmas(nlp, "x").from_bytes(component.to_bytes()).table == component.table


def test_without_gold_it_remembers_nothing():
    component = SeenLemmas(Persian(), "seen_lemmas")
    component.initialize()
    assert component.table == {}
