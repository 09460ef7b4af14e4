"""khabar's trained spaCy pipeline: corpus conversion, training, evaluation, custom components.

Importing this package registers khabar's spaCy factories (``khabar_lexicon_features`` and
``khabar_verb_lemmas``); a shipped model under ``khabar/models`` needs them to load.
"""

from khabar.pipeline import components as components
