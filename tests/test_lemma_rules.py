"""The rule-based lemma repairs behind the trainable lemmatizer (khabar.pipeline.lemma_rules)."""

from spacy.lang.fa import Persian
from spacy.tokens import Doc

from khabar.pipeline.lemma_rules import (
    Repairs,
    an_plural_stem,
    at_singular_in_h,
    broken_plural_singular,
    clean,
    comparative_stem,
    indefinite_stem,
    is_plural,
    jat_plural_stem,
    plural_stem,
    repair,
    verbal_noun,
)
from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)
from khabar.text.chars import ZWNJ

LEXICON = {
    "پا": "N,CL",
    "خسته": "AJ",
    "تنها": "AJ,ADV",
    "صد": "N,NUM",
    "دشمن": "N,AJ",
    "نخبه": "N,AJ",
    "دانشجو": "N",
    "ایران": "N",
    "بحر": "N",
    "دنیا": "N",
    "خاطره": "N",
    "مسائل": "N,PL",
    "مسئله": "N",
    "آثار": "N,PL",
    "اثر": "N",
    "اعتبار": "N",
    "بازو": "N",
    "مفاهیم": "N,PL",
    "حدود": "N,PL",
    "حد": "N",
    "مفهوم": "N",
    "مناطق": "N,PL",
    "منطق": "N",
    "منطقه": "N",
    "شهدا": "N,PL",
    "شهید": "N,AJ",
    "اعلام": "N,PL",
    "علم": "N",
    "دوستان": "N",
    "آقا": "N",
    "انتها": "N",
    "رفاه": "N",
    "جدید": "N,AJ",
    "پیکارجو": "N",
    "دیگر": "AJ",
    "دوست": "N,AJ",
    "کارگر": "N,AJ",
    "زمان": "N,AJ",
    "زم": "N",
    "نگاه": "N",
    "نوع": "N,CL",
    "استان": "N",
    "آزاد": "N,AJ",
    "جا": "N",
    "چشمگیر": "AJ,ADV",
    "گروگان": "N",
    "حمل": "N",
    "حمله": "N,AJ",
    "موضوع": "N,AJ,RES",
    "موضوعه": "AJ,RES",
    "آپارتمان": "N",
    "صنایع": "N,PL",
    "صنعت": "N",
    "حقایق": "N,PL",
    "حقیقت": "N",
    "کارخانه": "N",
    "سبزی": "N",
    "اسرا": "N,PL",
    "اسیر": "N,AJ",
    "سرو": "N",
}


def lookup(word: str) -> str | None:
    return LEXICON.get(word)


def analysed(words: list[str], pos: list[str], lemmas: list[str], multiword=(), ents=None) -> Doc:
    doc = Doc(Persian().vocab, words=words, pos=pos, lemmas=lemmas, ents=ents)
    doc._.multiword = list(multiword)
    return doc


def repaired(words: list[str], pos: list[str], lemmas: list[str]) -> list[str]:
    """The lemmas ``repair`` leaves on words tagged ``pos`` the lemmatizer gave ``lemmas``."""
    doc = analysed(words, pos, lemmas)
    repair(doc, lookup)
    return [t.lemma_ for t in doc]


def test_lemmas_lose_a_trailing_half_space_or_ezafe_hamza():
    assert clean("خانه" + ZWNJ) == "خانه"
    assert clean("نتیجه\u0654") == "نتیجه"
    assert clean("می" + ZWNJ + "رود") == "می" + ZWNJ + "رود"


def test_pronominal_clitics_get_their_pronoun_whatever_the_tag():
    doc = analysed(
        ["کتاب", "مان", "خانه", "اش", "پا", "یش"],
        ["NOUN", "NOUN", "NOUN", "PRON", "NOUN", "ADJ"],
        ["کتاب", "م", "خانه", "اش", "پا", "یش"],
        [(0, 1, "کتابمان"), (2, 3, "خانه‌اش"), (4, 5, "پایش")],
    )
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["کتاب", "ما", "خانه", "او", "پا", "او"]


def test_copula_clitics_are_hast_and_est():
    doc = analysed(
        ["خسته", "ام", "خوب", "ست", "سال‌ها", "ست", "ست"],
        ["ADJ", "AUX", "ADJ", "AUX", "NOUN", "NOUN", "NOUN"],
        ["خسته", "من", "خوب", "#ست", "سال", "ست", "ست"],
        [(0, 1, "خسته‌ام"), (2, 3, "خوبست"), (4, 5, "سال‌هاست")],
    )
    repair(doc, lookup)
    # a clitic «ست» is the copula whatever its tag; the word «ست» («set») stays
    assert [t.lemma_ for t in doc] == ["خسته", "#هست", "خوب", "#است", "سال", "#است", "ست"]


def test_a_clitic_that_can_only_be_a_copula_is_one_whatever_its_tag():
    doc = analysed(
        ["رفته", "اند", "خسته", "ام"],
        ["VERB", "VERB", "ADJ", "NOUN"],
        ["رفت#رو", "اند", "خسته", "ام"],
        [(0, 1, "رفته‌اند"), (2, 3, "خسته‌ام")],
    )
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["رفت#رو", "#هست", "خسته", "من"]


def test_clitics_outside_a_multiword_token_are_left_alone():
    doc = analysed(["م"], ["NOUN"], ["م"])
    repair(doc, lookup)
    assert doc[0].lemma_ == "م"


def test_khod_with_a_clitic_keeps_the_whole_word():
    doc = analysed(
        ["خود", "شان", "خود"], ["PRON", "PRON", "PRON"], ["خود", "ش", "خود"], [(0, 1, "خودشان")]
    )
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["خودشان", "آنها", "خود"]


def test_the_ezafe_ye_after_a_vowel_comes_off():
    doc = analysed(
        ["دنیای", "بازوی", "روی", "دنیای"],
        ["NOUN", "PROPN", "ADP", "NOUN"],
        ["دنیای", "بازوی", "روی", "دنیا"],
    )
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["دنیا", "بازو", "روی", "دنیا"]


def test_plural_ha_comes_off_after_a_half_space_or_a_lexicon_noun():
    assert plural_stem("پاهای", lookup) == "پا"
    assert plural_stem("راه" + ZWNJ + "های", lookup) == "راه"  # not in the lexicon
    # the whole form is a word, a numeral's plural is kept, an unknown stem is kept
    assert plural_stem("تنها", lookup) is None
    assert plural_stem("صدها", lookup) is None
    assert plural_stem("ده" + ZWNJ + "ها", lookup) is None
    assert plural_stem("کاهها", lookup) is None


def test_comparatives_come_off_after_a_half_space_or_a_lexicon_adjective():
    assert comparative_stem("خسته‌تر", lookup) == "خسته"
    assert comparative_stem("اصلی‌ترین", lookup) == "اصلی"
    assert comparative_stem("تئاتر", lookup) is None


def test_nominal_repairs_only_touch_uninflected_lemmas_of_nouns_and_adjectives():
    doc = analysed(
        ["پاهای", "خسته‌تر", "خسته‌ترین", "پاها", "پاها"],
        ["NOUN", "ADJ", "ADJ", "NOUN", "VERB"],
        ["پاهای", "خسته‌تر", "خسته‌ترین", "پاچه", "پاها"],
    )
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["پا", "خسته", "خسته", "پاچه", "پاها"]


def test_plural_an_comes_off_a_lexicon_singular():
    assert an_plural_stem("دشمنان", lookup) == "دشمن"
    assert an_plural_stem("نخبگان", lookup) == "نخبه"
    assert an_plural_stem("دانشجویان", lookup) == "دانشجو"
    assert an_plural_stem("ایرانیان", lookup) == "ایرانی"
    # too short a stem, or none in the lexicon: a word of its own
    assert an_plural_stem("بحران", lookup) is None
    assert an_plural_stem("جهان", lookup) is None


def test_plural_an_comes_off_a_plural_or_a_word_the_lexicon_has_no_tags_for():
    doc = analysed(
        ["دشمنان", "دشمنان", "دشمنانی", "مسلمانان", "دوستان", "دوستان"],
        ["NOUN", "NOUN", "NOUN", "NOUN", "NOUN", "NOUN"],
        ["دشمنان", "دشمنان", "دشمنان", "مسلمان", "دوستان", "دوستان"],
        ents=[None, "B-PER", None, None, None, None],
    )
    numbers = ["Sing", "Sing", "Plur", "Plur", "Sing", "Plur"]
    for token, number in zip(doc, numbers, strict=True):
        token.set_morph(f"Number={number}")
    repair(doc, lookup)
    # a name keeps its form; the lemmatizer took only the indefinite «ی» off the third;
    # the fourth is done; the lexicon tags «دوستان» as a word of its own
    assert [t.lemma_ for t in doc] == ["دشمن", "دشمنان", "دشمن", "مسلمان", "دوستان", "دوست"]


def test_plural_an_with_an_indefinite_ye_comes_off_unless_the_plural_is_a_word():
    lemmas = repaired(["کارگرانی", "زمانی"], ["NOUN", "NOUN"], ["کارگرانی", "زمانی"])
    assert lemmas == ["کارگر", "زمانی"]


def test_broken_plurals_become_the_singular_their_pattern_allows():
    assert broken_plural_singular("مفاهیم", lookup) == "مفهوم"
    assert broken_plural_singular("مناطق", lookup) == "منطقه"
    assert broken_plural_singular("شهدا", lookup) == "شهید"
    assert broken_plural_singular("شهدای", lookup) == "شهید"  # with the ezafe
    assert broken_plural_singular("آثار", lookup) == "اثر"
    assert broken_plural_singular("حقایق", lookup) == "حقیقت"
    assert broken_plural_singular("صنایع", lookup) == "صنعت"
    assert broken_plural_singular("اسرا", lookup) == "اسیر"  # a root in hamza, not «سرو»
    assert broken_plural_singular("مفهوم", lookup) is None  # not tagged plural


def test_a_masdar_that_looks_like_a_broken_plural_needs_a_plural_tag():
    doc = analysed(["اعلام", "اعلام"], ["NOUN", "NOUN"], ["اعلام", "اعلام"])
    doc[0].set_morph("Number=Sing")
    doc[1].set_morph("Number=Plur")
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["اعلام", "علم"]


def test_a_made_up_lemma_of_an_at_plural_gives_way_to_the_lexicon_singular():
    doc = analysed(
        ["خاطرات", "اعتبارات", "خاطرات"], ["NOUN", "NOUN", "NOUN"], ["خاطرت", "اعتبارت", "خاطرت"]
    )
    doc[0].set_morph("Number=Plur")
    doc[1].set_morph("Number=Plur")
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["خاطره", "اعتبار", "خاطرت"]


def test_a_made_up_lemma_of_a_broken_plural_gives_way_unless_only_the_hamza_differs():
    doc = analysed(["مفاهیم", "مسائل"], ["NOUN", "NOUN"], ["مفهمه", "مسأله"])
    for token in doc:
        token.set_morph("Number=Plur")
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["مفهوم", "مسأله"]


def test_a_noun_never_gets_a_verb_lemma():
    doc = analysed(["پرداخت", "پرداخت"], ["NOUN", "VERB"], ["پرداخت#پرداز", "پرداخت#پرداز"])
    repair(doc, lookup)
    assert [t.lemma_ for t in doc] == ["پرداخت", "پرداخت#پرداز"]


def test_the_shipped_model_loads_and_runs_with_spacy_alone():
    """What `spacy train --code khabar/pipeline/__init__.py` and `spacy.load` see: only the
    package's own imports, no khabar tokenizer; the lemma repairs still find what they read."""
    import subprocess
    import sys

    code = (
        "import khabar.pipeline, spacy;"
        "from khabar.pipeline.load import MODEL_DIR;"
        "nlp = spacy.load(MODEL_DIR);"
        "print(nlp('علی به خانه رفت .')[3].lemma_)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "رفت#رو"


def test_a_cardinal_with_a_ye_is_a_word_of_its_own():
    assert repaired(["یکی", "سومی"], ["NOUN", "ADJ"], ["یک", "سوم"]) == ["یکی", "سوم"]


def test_a_demonstrative_keeps_its_plural():
    lemmas = repaired(
        ["آنان", "اینان", "آتش‌نشانان", "دیگران"],
        ["PRON", "PRON", "PRON", "NOUN"],
        ["آن", "این", "آتش‌نشان", "دیگر"],
    )
    assert lemmas == ["آنان", "اینان", "آتش‌نشان", "دیگر"]


def test_repairs_kept_across_texts_tell_words_apart_by_all_they_read():
    repairs = Repairs(lookup)
    for number, lemma in (("Sing", "اعلام"), ("Plur", "علم"), ("Sing", "اعلام")):
        doc = analysed(["اعلام"], ["NOUN"], ["اعلام"])
        doc[0].set_morph(f"Number={number}")
        repairs(doc)
        assert doc[0].lemma_ == lemma


def test_plural_features():
    assert is_plural("Number=Plur|Person=3")
    assert not is_plural("Number=Sing")
    assert not is_plural("Person=3")


def test_the_half_taken_off_indefinite_after_a_silent_he_comes_off_whole():
    assert clean("جاده" + ZWNJ + "ا") == "جاده"
    assert clean("ها") == "ها"


def test_a_made_up_lemma_of_an_an_plural_or_an_ezafe_gives_way_to_the_lexicon_word():
    lemmas = repaired(
        ["نخبگان", "آقایان", "دیگران", "انتهای"],
        ["NOUN", "NOUN", "NOUN", "NOUN"],
        ["نخبگ", "آقای", "دیگری", "انت"],
    )
    # «دیگری» is a singular in «ی» the lexicon lacks, not a misspelt «دیگر»
    assert lemmas == ["نخبه", "آقا", "دیگری", "انتها"]


def test_a_noun_with_ye_as_an_adjective_is_a_relational_adjective():
    lemmas = repaired(["رفاهی", "جدیدی", "پیکارجوی"], ["ADJ"] * 3, ["رفاه", "جدید", "پیکارجو"])
    # an adjective's «ی» is the indefinite; after a vowel, the ezafe
    assert lemmas == ["رفاهی", "جدید", "پیکارجو"]


def test_a_name_is_repaired_only_where_the_lemmatizer_inflected_it():
    lemmas = repaired(["دانشجویان"] * 2, ["PROPN", "PROPN"], ["دانشجوی", "دانشجویان"])
    assert lemmas == ["دانشجو", "دانشجویان"]


def test_the_indefinite_ye_comes_off_a_noun_the_lexicon_has_only_as_a_noun():
    assert indefinite_stem("نگاهی", lookup) == "نگاه"
    assert indefinite_stem("نوعی", lookup) == "نوع"
    # an adjective's «ی» makes an abstract noun; after a vowel «ی» is a glide; a verbal
    # noun; a stem the lexicon lacks
    assert indefinite_stem("آزادی", lookup) is None
    assert indefinite_stem("جایی", lookup) is None
    assert indefinite_stem("گروگانگیری", lookup) is None
    assert indefinite_stem("کتابی", lookup) is None


def test_a_noun_after_a_noun_keeps_its_ye_as_a_relational_adjective_or_surname_does():
    lemmas = repaired(
        ["به", "نگاهی", "مسئولان", "استانی", "نگاهی"],
        ["ADP", "NOUN", "NOUN", "NOUN", "NOUN"],
        ["به", "نگاهی", "مسئول", "استانی", "نگاهی"],
    )
    assert lemmas == ["به", "نگاه", "مسئول", "استانی", "نگاهی"]


def test_a_present_stem_before_ye_makes_a_verbal_noun():
    assert verbal_noun("گروگانگیر", lookup)
    assert verbal_noun("سرمایه" + ZWNJ + "گذار", lookup)
    # a short present stem, an ezafe after a vowel, an adjective only
    assert not verbal_noun("رهبر", lookup)
    assert not verbal_noun("سینما", lookup)
    assert not verbal_noun("چشمگیر", lookup)


def test_a_verbal_noun_keeps_the_ye_the_lemmatizer_took_for_the_indefinite():
    lemmas = repaired(
        ["گروگانگیری", "چشمگیری", "پیکارجوی"],
        ["NOUN", "ADJ", "NOUN"],
        ["گروگانگیر", "چشمگیر", "پیکارجو"],
    )
    assert lemmas == ["گروگانگیری", "چشمگیر", "پیکارجو"]


def test_a_plural_in_at_is_of_the_noun_in_he_where_the_lexicon_has_the_rest_as_a_noun_only():
    assert at_singular_in_h("حمل", lookup) == "حمله"
    # an adjective's plural («موضوعات»), a stem with no word in «ه»
    assert at_singular_in_h("موضوع", lookup) is None
    assert at_singular_in_h("نگاه", lookup) is None
    lemmas = repaired(
        ["حملات", "حملاتی", "موضوعات", "حمل"],
        ["NOUN", "NOUN", "NOUN", "NOUN"],
        ["حمل", "حمل", "موضوع", "حمل"],
    )
    assert lemmas == ["حمله", "حمله", "موضوع", "حمل"]


def test_a_made_up_lemma_of_a_lexicon_word_gives_way_to_the_word():
    lemmas = repaired(["آپارتمان", "مسائل"], ["NOUN", "NOUN"], ["آپارتم", "مسائ"])
    # a plural the lexicon has is left to the plural rules
    assert lemmas == ["آپارتمان", "مسائ"]


def test_a_plural_in_jat_is_of_a_word_in_silent_he_or_ye():
    assert jat_plural_stem("کارخانجات", lookup) == "کارخانه"
    assert jat_plural_stem("سبزیجات", lookup) == "سبزی"
    assert jat_plural_stem("نجات", lookup) is None
    lemmas = repaired(["کارخانجات", "سبزیجات"], ["NOUN", "NOUN"], ["کارخانجات", "سبزیج"])
    assert lemmas == ["کارخانه", "سبزی"]


def test_the_words_of_a_persons_or_places_name_keep_their_an_and_ye():
    doc = analysed(
        ["علی", "صادقیان", "لاریجانی", "مجلس", "خبرگان"],
        ["PROPN", "PROPN", "NOUN", "NOUN", "NOUN"],
        ["علی", "صادقی", "لاریجان", "مجلس", "خبره"],
        ents=["B-PER", "I-PER", "B-PER", "B-ORG", "I-ORG"],
    )
    repair(doc, lookup)
    # a body's name is made of inflected nouns
    assert [t.lemma_ for t in doc] == ["علی", "صادقیان", "لاریجانی", "مجلس", "خبره"]


def test_a_broken_plural_the_lemmatizer_took_a_ye_off_is_a_plural_whatever_its_tag():
    lemmas = repaired(
        ["مفاهیمی", "شهدای", "مفاهیم", "اعلام"],
        ["NOUN", "ADJ", "NOUN", "NOUN"],
        ["مفاهیم", "شهدا", "مفاهیم", "اعلام"],
    )
    # uninflected, a word the morphologizer did not call plural stays as it is
    assert lemmas == ["مفهوم", "شهید", "مفاهیم", "اعلام"]


def test_a_broken_plural_perdt_keeps_whole_keeps_it_with_a_ye_too():
    # «تا حدودی», to some extent: PerDT's lemma is «حدود», as for «حدود» itself
    assert repaired(["حدودی"], ["NOUN"], ["حدود"]) == ["حدود"]


def test_a_plural_in_at_with_an_indefinite_ye_is_of_its_singular():
    doc = Doc(
        Persian().vocab,
        words=["در", "خاطراتی", "و", "اعتباراتی", "نظام", "اعتباراتی"],
        pos=["ADP", "NOUN", "CCONJ", "NOUN", "NOUN", "NOUN"],
        morphs=["", "Number=Plur", "", "Number=Sing", "Number=Sing", "Number=Plur"],
        lemmas=["در", "خاطرات", "و", "اعتباراتی", "نظام", "اعتباراتی"],
    )
    doc._.multiword = []
    repair(doc, lookup)
    # a word the morphologizer did not call plural, or one after a noun (a relational
    # adjective tagged as a noun, «نظام مالیاتی»), keeps its lemma
    assert [t.lemma_ for t in doc] == ["در", "خاطره", "و", "اعتباراتی", "نظام", "اعتباراتی"]
