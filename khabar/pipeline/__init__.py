"""khabar's trained spaCy pipeline: corpus conversion, training, evaluation, custom components.

Importing this package registers khabar's own spaCy parts, which a shipped model under
``khabar/models`` needs to load: the factories ``khabar_lexicon_features``
(:mod:`~khabar.pipeline.lexicon_features`), ``khabar_pos_rules``
(:mod:`~khabar.pipeline.pos_rules`), ``khabar_verb_lemmas``
(:mod:`~khabar.pipeline.verb_lemmas`) and ``khabar_seen_lemmas``
(:mod:`~khabar.pipeline.seen_lemmas`), the vectors ``khabar.CachedVectors.v1``
(:mod:`~khabar.pipeline.cached_vectors`), the NER's embedding ``khabar.ListedHashEmbed.v1``
(:mod:`~khabar.pipeline.listed_embed`), the training callback
``khabar.init_lexicon_features.v1``, the augmenter ``khabar.given_name_swap.v1``
(:mod:`~khabar.pipeline.name_swap`), and the NER's conventions: the augmenter
``khabar.ner_conventions.v1`` and the factory ``khabar_ner_conventions``
(:mod:`~khabar.pipeline.ner_conventions`).
"""

from khabar.pipeline import cached_vectors as cached_vectors
from khabar.pipeline import lexicon_features as lexicon_features
from khabar.pipeline import listed_embed as listed_embed
from khabar.pipeline import name_swap as name_swap
from khabar.pipeline import ner_conventions as ner_conventions
from khabar.pipeline import pos_rules as pos_rules
from khabar.pipeline import seen_lemmas as seen_lemmas
from khabar.pipeline import verb_lemmas as verb_lemmas
