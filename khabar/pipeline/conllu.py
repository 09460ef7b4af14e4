"""Analysed ``Doc`` objects as CoNLL-U: all ten columns, multiword tokens, entities in MISC.

spaCy tokens are syntactic words; a clitic split («کتابش» → «کتاب» «ش») is remembered in
``doc._.multiword`` as ``(first, last, surface)`` and written back as a range line. MISC
carries ``SpaceAfter=No`` (on the range line for a multiword token, as UD does) and the
entity tag of each word as ``NER=B-PER``, ``NER=I-ORG`` or ``NER=O``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)

if TYPE_CHECKING:
    from khabar.pipeline.conventions import Conventions


def _ner(token: Token) -> str:
    if not token.ent_type_:
        return "NER=O"
    return f"NER={'B' if token.ent_iob_ == 'B' else 'I'}-{token.ent_type_}"


def _misc(*items: str) -> str:
    kept = [i for i in items if i]
    return "|".join(kept) if kept else "_"


def sentence_rows(sent: Span, multiword: dict[int, tuple[int, str]]) -> list[str]:
    """The CoNLL-U lines of one sentence (without comments)."""
    rows = []
    start = sent.start
    last_real = max((t.i for t in sent if not t.is_space), default=start)
    for token in sent:
        if token.is_space:
            continue
        i = token.i - start + 1
        if token.i in multiword:
            last, surface = multiword[token.i]
            space = "" if doc_space(sent.doc[last]) or last >= last_real else "SpaceAfter=No"
            rows.append(f"{i}-{last - start + 1}\t{surface}" + "\t_" * 7 + f"\t{_misc(space)}")
        inside = any(first < token.i <= last for first, (last, _) in multiword.items())
        inside = inside or token.i in multiword
        space = ""
        if not inside and not doc_space(token) and token.i < last_real:
            space = "SpaceAfter=No"
        head = 0 if token.head.i == token.i else token.head.i - start + 1
        deprel = "root" if head == 0 else (token.dep_ or "_")
        rows.append(
            "\t".join(
                [
                    str(i),
                    token.text,
                    token.lemma_ or "_",
                    token.pos_ or "_",
                    token.tag_ or "_",
                    str(token.morph) or "_",
                    str(head),
                    deprel,
                    "_",
                    _misc(space, _ner(token)),
                ]
            )
        )
    return rows


def doc_space(token: Token) -> bool:
    """Whether whitespace follows ``token``: its own, or a whitespace token after it."""
    if token.whitespace_:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return bool(following is not None and following.is_space)


def to_conllu(
    docs: Iterable[Doc], first_id: int = 1, conventions: Conventions | None = None
) -> Iterable[str]:
    """One CoNLL-U block per sentence of each doc, numbered from ``first_id``; in PerDT's
    conventions, or rewritten into ``conventions`` (:mod:`khabar.pipeline.conventions`)."""
    sent_id = first_id
    for doc in docs:
        multiword = {first: (last, surface) for first, last, surface in doc._.multiword}
        for sent in doc.sents:
            if all(t.is_space for t in sent):
                continue
            text = sent.text.strip()
            rows = sentence_rows(sent, multiword)
            if conventions is not None:
                rows = conventions.rewrite(rows)
            yield f"# sent_id = {sent_id}\n# text = {text}\n" + "\n".join(rows) + "\n\n"
            sent_id += 1
