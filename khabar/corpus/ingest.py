"""Ingest: documents in, analysed, grouped into stories, stored one batch at a time.

Each batch is one transaction: a crash or Ctrl-C loses at most the batch in progress,
never anything committed, and a rerun skips every article already stored (by its
identity: url, or the hash of its normalized text), so nothing is stored twice.
"""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from spacy.language import Language

from khabar.corpus.analysed import Analysed
from khabar.corpus.records import Record, identity
from khabar.corpus.sources import Document, Failure, documents
from khabar.corpus.store import Store
from khabar.news.analyze import analyze, compose
from khabar.text.chars import key
from khabar.text.normalizer import normalize

BATCH = 50


@dataclass
class Report:
    """What an ingest did: counts of documents, and each failure with its label."""

    seen: int = 0
    added: int = 0
    skipped: int = 0
    # Inputs skipped as stored at their address though their text differs from the
    # stored text there: a corrected article, which the store does not replace.
    changed: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second."""
        return self.added / self.seconds if self.seconds else 0.0


def ingest(
    paths: Iterable[Path],
    store: Store,
    batch: int = BATCH,
    nlp: Language | None = None,
    on_document: Callable[[Report, Failure | None], None] | None = None,
) -> Report:
    """Analyse and store every new article in ``paths``; ``on_document`` hears of each.

    An unreadable document or one the analysis rejects becomes a failure in the report,
    and the ingest goes on.
    """
    report = Report()
    pending = iter(documents(paths))
    while True:
        first = next(pending, None)
        if first is None:
            return report
        added: list[int] = []
        try:
            with store.batch():
                for doc in chain([first], pending):
                    failure = _ingest_one(doc, store, nlp, report, added)
                    if on_document:
                        on_document(report, failure)
                    if len(added) >= batch:
                        break
        except BaseException:
            report.added -= len(added)
            raise


def _ingest_one(
    doc: Document | Analysed | Failure,
    store: Store,
    nlp: Language | None,
    report: Report,
    added: list[int],
) -> Failure | None:
    report.seen += 1
    if isinstance(doc, Failure):
        report.failed.append(doc)
        return doc
    # A row analysed by khabar batch or khabar spark is stored as it is.
    done = isinstance(doc, Analysed)
    ident = doc.identity if done else identity(compose(doc.draft), doc.draft.url)
    # The batch's own transaction sees what it has added, so a repeat inside it is caught.
    if store.known([ident]):
        report.skipped += 1
        if not done and doc.draft.url and not _same_text(store.text_of(ident), doc.draft):
            report.changed.append(doc.label)
        return None
    try:
        analysis = doc.analysis if done else analyze(doc.draft, nlp=nlp).to_dict()
    except Exception as e:  # one broken document must not stop a long ingest
        failure = Failure(doc.label, f"{type(e).__name__}: {e}")
        report.failed.append(failure)
        return failure
    source = (doc.input if done else None) or doc.label
    if not done:
        added.append(place(Record.build(ident, analysis, source), store))
    else:
        try:
            # A row from a file may have been edited or damaged: if storing it fails, it
            # is undone alone, and reported.
            with store.savepoint():
                added.append(place(Record.build(ident, analysis, source), store))
        except Exception as e:
            failure = Failure(doc.label, f"malformed analysed row: {type(e).__name__}: {e}")
            report.failed.append(failure)
            return failure
    report.added += 1
    return None


def _same_text(stored: str | None, draft) -> bool:
    """Whether the stored text is the draft's, however its spaces and half-spaces went."""
    return stored is None or key(stored) == key(normalize(compose(draft)))


def place(record: Record, store: Store) -> int:
    """Store an analysed article in the story of its syndicated copies; its id. Call
    inside the store's batch: copies stored earlier in it are found too."""
    record.story_id = store.story_of(record.signature, record.analysis.get("published"))
    return store.add(record)
