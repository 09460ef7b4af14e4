"""Places take in the word that says what they are, as ArmanPersoNER writes them."""

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import khabar
from khabar.pipeline.place_designators import NAME, with_designators


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in with_designators(doc).ents]


def test_a_place_takes_its_designator() -> None:
    words = "در شهر شیراز و استان بوشهر و شهرستان کازرون".split()
    doc = _doc(words, [(2, 3, "LOC"), (5, 6, "LOC"), (8, 9, "LOC")])
    assert _ents(doc) == [("شهر شیراز", "LOC"), ("استان بوشهر", "LOC"), ("شهرستان کازرون", "LOC")]


def test_directions_and_books() -> None:
    """«شمال عراق», «جنوب غربی تهران», a book's «کتاب» and a paper's «روزنامه» are written
    into the entity."""
    words = "در شمال عراق و جنوب غربی تهران کتاب حماسه حسینی و روزنامه کیهان".split()
    doc = _doc(words, [(2, 3, "LOC"), (6, 7, "LOC"), (8, 10, "PRO"), (12, 13, "PRO")])
    assert _ents(doc) == [
        ("شمال عراق", "LOC"),
        ("جنوب غربی تهران", "LOC"),
        ("کتاب حماسه حسینی", "PRO"),
        ("روزنامه کیهان", "PRO"),
    ]


def test_an_event_takes_its_ordinal_and_kind() -> None:
    """«هشتمین مسابقات …» is one event; «همین» only ends like an ordinal."""
    words = "در هشتمین مسابقات جام جهانی و همین جام جهانی".split()
    doc = _doc(words, [(3, 5, "EVENT"), (7, 9, "EVENT")])
    assert _ents(doc) == [("هشتمین مسابقات جام جهانی", "EVENT"), ("جام جهانی", "EVENT")]


def test_only_places_and_free_words() -> None:
    """A body after «استان» keeps its span, and a designator inside another entity stays
    there: «دانشگاه شهر» is an organisation, «شیراز» after it a place of its own."""
    doc = _doc(
        "استان قدس رضوی دانشگاه شهر شیراز".split(), [(1, 3, "ORG"), (3, 5, "ORG"), (5, 6, "LOC")]
    )
    assert _ents(doc) == [("قدس رضوی", "ORG"), ("دانشگاه شهر", "ORG"), ("شیراز", "LOC")]


def test_a_place_first_in_the_text() -> None:
    assert _ents(_doc(["شیراز", "زیباست"], [(0, 1, "LOC")])) == [("شیراز", "LOC")]


def test_the_pipeline_writes_arman_places() -> None:
    nlp = khabar.load(news=False)
    assert nlp.pipe_names.index(NAME) == nlp.pipe_names.index("ner") + 1
    doc = nlp("وزیر کشور امروز به شهر شیراز سفر کرد.")
    assert ("شهر شیراز", "LOC") in [(e.text, e.label_) for e in doc.ents]
