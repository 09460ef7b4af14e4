"""`khabar.load()`'s options, as a caller passes them."""

import khabar


def test_exclude_takes_one_name_as_spacy_load_does() -> None:
    nlp = khabar.load(news=False, exclude="ner")
    assert "ner" not in nlp.component_names
    assert "parser" in nlp.component_names
