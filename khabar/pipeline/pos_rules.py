"""``khabar_pos_rules``: the NER's people and places as PerDT's proper nouns.

The morphologizer reads a name it never saw as a common noun («عادل» «just», «دایی»
«uncle», «درعا»); the NER, trained on other corpora and seeing the whole name, knows it
for a person or place, and PerDT writes the words of such a name PROPN. So a word in a
PER or LOC entity that the morphologizer calls NOUN becomes PROPN. A plural noun stays
(«دوچرخه‌سواران» «cyclists» in a PER span), unless it is a listed place whose name only
looks plural («زاهدان»). Adjectives stay: where the NER is wrong they are the real thing
(«به طور قطع و مسلم» «surely and certainly» read as a person «مسلم»), and Seraji, which
writes a place's quarter ADJ («آذربایجان غربی»), would get a NOUN from PerDT's PROPN.
ORG entities are left alone: they hold common nouns that PerDT keeps as such
(«بنیاد», «فلسطینیان»).

The new PROPN gets PerDT's features for a proper noun, ``Number=Sing``: PerDT almost
never marks a name plural. It runs after the NER and before ``khabar_verb_lemmas``,
whose lemma rules read UPOS.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from khabar.news.places import places

NAME_LABELS = frozenset({"PER", "LOC"})
PROPN_FEATS = "Number=Sing"


def is_name_word(token: Token) -> bool:
    """Whether a word of a person's or place's name, tagged as a common noun, is PROPN."""
    if token.pos_ != "NOUN":
        return False
    return "Plur" not in token.morph.get("Number") or token.text in places()


def repair(doc: Doc) -> Doc:
    """Retag the common nouns inside person and place names as PROPN."""
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for token in ent:
            if is_name_word(token):
                token.pos_ = "PROPN"
                token.set_morph(PROPN_FEATS)
    return doc


Language.component("khabar_pos_rules", func=repair)
