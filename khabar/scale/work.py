"""One article's work, the same in a ``khabar batch`` process and on a Spark executor.

Sharing it is what makes both write the same row for the same article: its identity (as
the store computes it), its analysis, and the signature its story is found from.
"""

from dataclasses import dataclass

from spacy.language import Language

from khabar.corpus.analysed import Analysed, row
from khabar.corpus.dedup import signature
from khabar.corpus.records import identity
from khabar.corpus.sources import Document, Failure
from khabar.news.analyze import analyze, compose
from khabar.scale.stories import Rank


@dataclass(frozen=True)
class Done:
    """An analysed article: its row without ``story_id`` yet, and its signature's bytes."""

    row: dict
    signature: bytes

    @property
    def id(self) -> str:
        return self.row["id"]

    @property
    def rank(self) -> Rank:
        published = self.row["published"]
        return (published is None, published or "", self.id)


def analyse(doc: Document | Analysed | Failure, nlp: Language) -> Done | Failure:
    """The article analysed (a row analysed already is kept as it is), or why it failed."""
    if isinstance(doc, Failure):
        return doc
    if isinstance(doc, Analysed):
        ident, analysis = doc.identity, doc.analysis
    else:
        ident = identity(compose(doc.draft), doc.draft.url)
        try:
            analysis = analyze(doc.draft, nlp=nlp).to_dict()
        except Exception as e:  # one broken article must not stop a long run
            return Failure(doc.label, f"{type(e).__name__}: {e}")
    return Done(row(ident, None, analysis), signature(analysis["text"]).to_bytes())
