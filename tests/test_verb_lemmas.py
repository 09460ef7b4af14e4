"""The verb-stem lexicon behind the trainable lemmatizer (khabar.pipeline.verb_lemmas)."""

from spacy.lang.fa import Persian
from spacy.language import Language
from spacy.tokens import Doc

from khabar.pipeline.verb_lemmas import VerbLemmas, stems
from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)

LEMMAS = [
    "آورد#آور",
    "افتاد#افت",
    "اندیشید#اندیش",
    "#هست",
    "#است",
    "نمود#نما",
    "نمود#نمای",
    "ترسید#ترس",
    "ترساند#ترسان",
    "فرا#داد#ده",
    "داد#ده",
]


def lexicon() -> VerbLemmas:
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(LEMMAS)
    return v


def test_a_glide_after_be_and_na_is_not_part_of_the_stem():
    v = lexicon()
    assert v.guess("بیاور") == "آورد#آور"
    assert v.guess("نیاورد") == "آورد#آور"
    assert v.guess("بیاندیشند") == "اندیشید#اندیش"
    assert v.guess("نیفتی") == "افتاد#افت"


def test_nist_is_the_negated_hast():
    assert "هستیم" in set(stems("نیستیم"))
    assert lexicon().guess("نیستیم") == "#هست"


def test_regular_past_stems_lead_to_their_present():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["گشت#گرد", "کشاند#کشان"])
    assert v.guess("گردیده") == "گشت#گرد"
    assert v.guess("کشانیدند") == "کشاند#کشان"


def test_present_stems_are_written_without_the_glide_ye():
    v = lexicon()
    assert v.canonical("نمود#نمای") == "نمود#نما"
    assert v.canonical("ترسید#ترس") == "ترسید#ترس"
    assert v.guess("بنمایید") == "نمود#نما"


def test_a_known_lemma_that_the_form_is_not_built_on_is_replaced():
    v = lexicon()
    assert not v.fits("ترسید#ترس", "ترساند")
    assert v.fits("ترساند#ترسان", "می‌ترساند")
    assert v.fits("#است", "ست")
    doc = Doc(Persian().vocab, words=["ترساند", "فرامی‌دهند"], pos=["VERB", "VERB"])
    doc[0].lemma_ = "ترسید#ترس"
    doc[1].lemma_ = "فرامی‌دهند"
    v(doc)
    assert [t.lemma_ for t in doc] == ["ترساند#ترسان", "فرا#داد#ده"]


def test_a_past_stem_paired_with_a_copula_is_no_verb():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["بود#است", "بود#باش", "#است"])
    assert "بود#است" not in v.known
    assert "#است" in v.known
    doc = Doc(Persian().vocab, words=["نبودند"], pos=["AUX"])
    doc[0].lemma_ = "بود#است"
    v(doc)
    assert doc[0].lemma_ == "بود#باش"


def test_of_verbs_sharing_a_stem_the_common_one_is_chosen_in_any_order():
    for order in (1, -1):
        v = VerbLemmas(Language(), "verb_lemmas")
        v._index(["خفت#خواب", "خوابید#خواب", "گذارد#گذار", "گذاشت#گذار"][::order])
        assert v.guess("بخوابد") == "خوابید#خواب"
        assert v.guess("می‌گذاریم") == "گذاشت#گذار"


def test_a_verb_with_a_literary_present_gets_perdts_reading():
    for order in (1, -1):
        v = VerbLemmas(Language(), "verb_lemmas")
        v._index(["آورد#آر", "آورد#آور", "افشاند#افشا", "افشاند#افشان"][::order])
        assert v.guess("آورده") == "آورد#آور"
        assert v.guess("نیاوردند") == "آورد#آور"
        assert v.guess("افشاندند") == "افشاند#افشان"


def test_a_common_verb_on_a_less_likely_stem_beats_a_rare_one_on_the_whole_form():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["برشت#بریز", "ریخت#ریز"])
    assert v.guess("بریزد") == "ریخت#ریز"
    assert v.guess("می‌برشتند") == "برشت#بریز"


def test_the_prohibitive_mim_is_a_prefix():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["خورد#خور", "ماند#مان"])
    assert v.guess("مخورید") == "خورد#خور"
    assert v.guess("ماند") == "ماند#مان"


def test_a_word_given_a_verbs_lemma_under_another_tag_is_lemmatised_as_a_verb():
    v = lexicon()
    doc = Doc(
        Persian().vocab,
        words=["نیفتاده", "نمودار", "افتاده", "افتاده"],
        pos=["INTJ", "ADJ", "PROPN", "NOUN"],
        lemmas=["افتاد#آور", "نمودار", "افتاد#افت", "افتاد#افت"],
    )
    doc._.multiword = []
    v(doc)
    # a name or noun is never a verb: it keeps its form
    assert [t.lemma_ for t in doc] == ["افتاد#افت", "نمودار", "افتاده", "افتاده"]


def test_a_causative_written_with_its_long_past_stem_keeps_it():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["رسید#رس", "رساند#رسان", "رسانید#رسان"])
    assert v.guess("رسانیدم") == "رسانید#رسان"
    assert v.guess("رساندند") == "رساند#رسان"
    assert v.guess("می‌رساند") == "رساند#رسان"


def test_a_verb_in_an_that_is_no_causative_has_no_long_past():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["ماند#مان", "مانید#مان"])
    assert v.guess("می‌مانید") == "ماند#مان"
