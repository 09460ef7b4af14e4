"""``khabar_pos_rules``: UPOS repairs after the morphologizer, where the evidence is strong.

Names: the NER's people and places as PerDT's proper nouns.

The morphologizer reads a name it never saw as a common noun («عادل» «just», «درعا»);
the NER, trained on other corpora and seeing the whole name, knows it for a person or
place, and PerDT writes the words of such a name PROPN. But in PerDT's literary text the
NER also takes plain nouns for names («کف», «آمپول», «زمستان»), which the morphologizer
gets right. So a word in a PER or LOC entity that the morphologizer calls NOUN becomes
PROPN only when a list vouches for it (a listed place, given name or surname) or when it is no
word hazm's lexicon knows, even as a known word plus the suffix «ی» («مستندی»,
«سفیدی», «آقایی»). The noun of a light-verb compound («آمپول زدن») is never a name, and a
plural noun stays («دوچرخه‌سواران» «cyclists»), unless it is a listed place whose name
only looks plural («زاهدان»). Adjectives stay: where the NER is wrong they are the real
thing («به طور قطع و مسلم» «surely and certainly» read as a person «مسلم»), and Seraji,
which writes a place's quarter ADJ («آذربایجان غربی»), would get a NOUN from PerDT's
PROPN. ORG entities are left alone: they hold common nouns that PerDT keeps as such
(«بنیاد», «فلسطینیان»).

The new PROPN gets PerDT's features for a proper noun, ``Number=Sing``: PerDT almost
never marks a name plural.

Clitics: a pronominal clitic split off its host («کتاب» + «ش», «دوستان» + «شان») is a
closed class, yet the morphologizer, seeing a one-letter word after a noun, often calls it
NOUN. Written onto the word before it and tagged NOUN, it is the pronoun, with the
person and number its form says, as PerDT and Seraji both write it.

It runs after the NER and before ``khabar_verb_lemmas``, whose lemma rules read UPOS.
"""

from __future__ import annotations

from spacy.attrs import SHAPE
from spacy.language import Language
from spacy.tokens import Doc, Token

from khabar.gazetteer import given_names, places, surnames
from khabar.pipeline.lemma_rules import NAME_LABELS, PRONOUN_CLITICS

PROPN_FEATS = "Number=Sing"
_SUFFIXES = ("یی", "ی")
# the person and number of each clitic's pronoun, as PerDT writes them
_PERSONS = {
    "من": ("1", "Sing"),
    "تو": ("2", "Sing"),
    "او": ("3", "Sing"),
    "ما": ("1", "Plur"),
    "شما": ("2", "Plur"),
    "آنها": ("3", "Plur"),
}
CLITIC_FEATS = {
    form: "Number={1}|Person={0}|PronType=Prs".format(*_PERSONS[pronoun])
    for form, pronoun in PRONOUN_CLITICS.items()
}


def is_known_word(token: Token, text: str) -> bool:
    """Whether hazm's lexicon tags ``text`` (a lexeme's ``SHAPE`` holds its tags): a word
    not yet in the vocab is asked of the getter, so that the stems tried do not pile up
    in it as lexemes."""
    vocab = token.vocab
    shape = vocab[text].shape_ if text in vocab else vocab.lex_attr_getters[SHAPE](text)
    return shape.startswith("LEX:")


def is_unknown_word(token: Token) -> bool:
    """Whether neither the word nor the word less a final «ی» or «یی» is in hazm's lexicon."""
    text = token.text
    stems = [text[: -len(suffix)] for suffix in _SUFFIXES if text.endswith(suffix)]
    return not any(is_known_word(token, stem) for stem in [text, *stems] if stem)


def is_name_word(token: Token) -> bool:
    """Whether a word of a person's or place's name, tagged as a common noun, is PROPN."""
    if token.pos_ != "NOUN" or token.dep_ == "compound:lvc":
        return False
    listed = token.text in places()
    if "Plur" in token.morph.get("Number") and not listed:
        return False
    named = token.text in given_names() or token.text in surnames()
    return listed or named or is_unknown_word(token)


def is_clitic_pronoun(token: Token) -> bool:
    """Whether a word tagged NOUN is a pronominal clitic written onto the word before."""
    attached = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return attached and token.pos_ == "NOUN" and token.text in CLITIC_FEATS


def repair(doc: Doc) -> Doc:
    """Retag the common nouns inside person and place names as PROPN, and clitics read as
    nouns as pronouns."""
    for token in doc:
        if is_clitic_pronoun(token):
            token.pos_ = "PRON"
            token.set_morph(CLITIC_FEATS[token.text])
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for token in ent:
            if is_name_word(token):
                token.pos_ = "PROPN"
                token.set_morph(PROPN_FEATS)
    return doc


Language.component("khabar_pos_rules", func=repair)
