"""Analysed ``Doc`` objects as CoNLL-U: all ten columns, multiword tokens, entities in MISC.

spaCy tokens are syntactic words; a clitic split («کتابش» → «کتاب» «ش») is remembered in
``doc._.multiword`` as ``(first, last, surface)`` and written back as a range line. MISC
carries ``SpaceAfter=No`` (on the range line for a multiword token, as UD does) and the
entity tag of each word as ``NER=B-PER``, ``NER=I-ORG`` or ``NER=O``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)

if TYPE_CHECKING:
    from khabar.pipeline.conventions import Conventions

# a run of whitespace holding anything but plain spaces (a line break among them)
ODD_SPACE = re.compile(r"\s*[^\S ]\s*")


def _ner(token: Token) -> str:
    if not token.ent_type_:
        return "NER=O"
    return f"NER={'B' if token.ent_iob_ == 'B' else 'I'}-{token.ent_type_}"


def _misc(*items: str) -> str:
    kept = [i for i in items if i]
    return "|".join(kept) if kept else "_"


def word_ids(sent: Span) -> dict[int, int]:
    """The CoNLL-U ID of each word of ``sent`` by token index. A whitespace token (a lone
    carriage return or line separator inside a paragraph) is no word and takes no ID, so
    the words after it are not numbered with a gap."""
    words = (t for t in sent if not t.is_space)
    return {t.i: n for n, t in enumerate(words, 1)}


def word_heads(sent: Span, ids: dict[int, int]) -> dict[int, int]:
    """Each word's head as a CoNLL-U ID, 0 for the root. The parser may hang a word on a
    whitespace token, or make one the root; such a word hangs on that token's head instead,
    and where this leaves several roots the sentence's own root (else the first) stays the
    one root and the others hang on it, as CoNLL-U allows one root per sentence."""
    heads: dict[int, int] = {}
    for i in ids:
        head = sent.doc[i].head
        while head.i not in ids and head.head.i != head.i:
            head = head.head
        heads[i] = ids.get(head.i, 0) if head.i != i else 0
    roots = [i for i, h in heads.items() if h == 0]
    if len(roots) > 1:
        root = sent.root.i if sent.root.i in roots else roots[0]
        heads.update((i, ids[root]) for i in roots if i != root)
    return heads


def _deprel(token: Token, head: int) -> str:
    if head == 0:
        return "root"
    return token.dep_ if token.dep_ and token.dep_ != "ROOT" else "dep"


def sentence_rows(sent: Span, multiword: dict[int, tuple[int, str]]) -> list[str]:
    """The CoNLL-U lines of one sentence (without comments)."""
    rows = []
    ids = word_ids(sent)
    heads = word_heads(sent, ids)
    last_real = max(ids, default=sent.start)
    for token in sent:
        if token.is_space:
            continue
        i = ids[token.i]
        if token.i in multiword:
            last, surface = multiword[token.i]
            space = "" if doc_space(sent.doc[last]) or last >= last_real else "SpaceAfter=No"
            rows.append(f"{i}-{ids[last]}\t{surface}" + "\t_" * 7 + f"\t{_misc(space)}")
        inside = any(first < token.i <= last for first, (last, _) in multiword.items())
        inside = inside or token.i in multiword
        space = ""
        if not inside and not doc_space(token) and token.i < last_real:
            space = "SpaceAfter=No"
        head = heads[token.i]
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
                    _deprel(token, head),
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


def one_line(text: str) -> str:
    """``text`` fit for a ``# text =`` comment: a line break inside it (a lone carriage
    return, a line separator) would end the comment and corrupt the file, so each run of
    whitespace other than plain spaces becomes one space, as the words' SpaceAfter say
    (a whitespace token is no word, and the word before it has a space after it)."""
    return ODD_SPACE.sub(" ", text).strip()


def filled(row: str) -> str:
    """``row`` with each empty field written ``_``: CoNLL-U has no empty field, and a
    rewrite into other conventions can empty one (the lemma of a lone «#», read as a
    verb's «past#present» with neither)."""
    return "\t".join(field or "_" for field in row.split("\t"))


def multiword_tokens(doc: Doc, marks_apart: bool) -> dict[int, tuple[int, str]]:
    """``doc._.multiword`` as ``{first: (last, surface)}``.

    The tokenizer keeps a mark glued to a word it splits inside that word's group
    («معتقدند،» → «معتقد» «ند» «،»), as PerDT writes it: one token of three words. Seraji
    keeps the mark a token of its own (``marks_apart``): it is left out of the group, and
    a group left with one word is no multiword token.
    """
    if not marks_apart:
        return {first: (last, surface) for first, last, surface in doc._.multiword}
    found = {}
    for first, last, surface in doc._.multiword:
        while last > first and doc[last].is_punct and surface.endswith(doc[last].text):
            surface = surface[: -len(doc[last].text)]
            last -= 1
        while first < last and doc[first].is_punct and surface.startswith(doc[first].text):
            surface = surface[len(doc[first].text) :]
            first += 1
        if first < last:
            found[first] = (last, surface)
    return found


def to_conllu(
    docs: Iterable[Doc], first_id: int = 1, conventions: Conventions | None = None
) -> Iterable[str]:
    """One CoNLL-U block per sentence of each doc, numbered from ``first_id``; in PerDT's
    conventions, or rewritten into ``conventions`` (:mod:`khabar.pipeline.conventions`)."""
    sent_id = first_id
    for doc in docs:
        multiword = multiword_tokens(doc, marks_apart=conventions is not None)
        for sent in doc.sents:
            if all(t.is_space for t in sent):
                continue
            text = one_line(sent.text)
            rows = sentence_rows(sent, multiword)
            if conventions is not None:
                rows = [filled(row) for row in conventions.rewrite(rows)]
            yield f"# sent_id = {sent_id}\n# text = {text}\n" + "\n".join(rows) + "\n\n"
            sent_id += 1
