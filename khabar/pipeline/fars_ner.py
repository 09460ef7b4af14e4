"""Named entities marked by hand in real Fars News articles, kept as offsets, not text.

ArmanPersoNER says little about how well the NER reads the news khabar analyses.
``corpora/fars-ner.jsonl.gz`` and ``fars-ner-2.jsonl.gz`` hold hand annotations, in Arman's
six types and conventions, of whole articles of the shared data's ``news/fars-news-1.json``
(all 300) and ``news/fars-news-2.json`` (all but the 24 of the real held-out gold,
``evaluation/fars/holdout``, which no model may see): one line per paragraph,
``{"article", "paragraph", "entities": [[start, end, label], …]}``, offsets into the
paragraph as published (its line breaks read as spaces), so the publisher's text never
enters the repository and the annotations survive changes to khabar's normalizer.
:func:`read_docs` rebuilds the documents from the shared data through khabar's own
tokenizer, the way the model sees news; an entity whose edges no longer fall on token
edges is left out.

Articles are split by their index in their file: ``index % 5 == 0`` held out (the model
card scores the NER on it), ``== 1`` dev, the rest train.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from khabar.datasets.news import article_text, read_news
from khabar.datasets.paths import data_dir
from khabar.pipeline.place_designators import with_designators
from khabar.text.normalizer import normalize
from khabar.text.offsets import align
from khabar.text.spacy_tokenizer import KhabarTokenizer

CORPORA = Path(__file__).resolve().parent / "corpora"
# news file of the shared data → its annotations
ANNOTATIONS = {
    "news/fars-news-1.json": CORPORA / "fars-ner.jsonl.gz",
    "news/fars-news-2.json": CORPORA / "fars-ner-2.jsonl.gz",
}
LABELS = ("PER", "ORG", "LOC", "FAC", "EVENT", "PRO")


def paragraphs(article: dict) -> list[str]:
    """The article's paragraphs as annotated: line breaks inside one read as spaces."""
    return [p.replace("\n", " ") for p in article_text(article).split("\n\n")]


def part_of(article: int) -> str:
    return {0: "heldout", 1: "dev"}.get(article % 5, "train")


def read_annotations(path: Path = ANNOTATIONS) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _doc(tokenizer: KhabarTokenizer, raw: str, entities: list[list]) -> tuple[Doc, int]:
    """The paragraph as khabar tokenizes it, with the entities that still align; and how
    many did not."""
    doc = tokenizer(raw)
    aligned = align(raw, doc.user_data["text"])
    spans, lost = [], 0
    for start, end, label in entities:
        span = doc.char_span(
            aligned.to_normalized(start),
            aligned.to_normalized(end - 1) + 1,
            label=label,
            alignment_mode="strict",
        )
        if span is None:
            lost += 1
        else:
            spans.append(span)
    doc.set_ents(spans, default="outside")
    doc.user_data.clear()
    return with_designators(doc), lost


def read_docs(
    vocab: Vocab,
    annotations: Mapping[str, Path] = ANNOTATIONS,
    leave_out: Collection[tuple[str, int]] = (),
) -> tuple[dict[str, list[Doc]], int]:
    """The annotated paragraphs of every news file as ``Doc`` objects by part, and the
    count of entities lost to tokenization. Articles in ``leave_out`` (news file, index)
    go to the held-out part whatever their index, so that a NER trained on the rest has
    never seen them: the news layer's gold articles then read as unseen news does."""
    tokenizer = KhabarTokenizer(vocab)
    parts: dict[str, list[Doc]] = {"train": [], "dev": [], "heldout": []}
    lost = 0
    for source, path in annotations.items():
        articles = read_news(data_dir() / source)
        for record in read_annotations(path):
            raw = paragraphs(articles[record["article"]])[record["paragraph"]]
            doc, missed = _doc(tokenizer, raw, record["entities"])
            left_out = (source, record["article"]) in leave_out
            parts["heldout" if left_out else part_of(record["article"])].append(doc)
            lost += missed
    return parts, lost


def pack(sentences: Iterable[dict], articles: list[dict]) -> Iterator[dict]:
    """Paragraph records from sentence records ``{"article", "paragraph", "text",
    "entities"}`` whose text and offsets are the normalized paragraph's, in order."""
    by_paragraph: dict[tuple[int, int], list[dict]] = {}
    for s in sentences:
        by_paragraph.setdefault((s["article"], s["paragraph"]), []).append(s)
    for (article, paragraph), sents in sorted(by_paragraph.items()):
        raw = paragraphs(articles[article])[paragraph]
        text = normalize(raw)
        aligned = align(raw, text)
        entities, cursor = [], 0
        for s in sents:
            at = text.find(s["text"], cursor)
            if at < 0:
                raise ValueError(f"article {article} paragraph {paragraph}: sentence not found")
            cursor = at + len(s["text"])
            for start, end, label in s["entities"]:
                if label not in LABELS:
                    raise ValueError(f"article {article}: {label!r} is not one of {LABELS}")
                entities.append([*aligned.to_original(at + start, at + end), label])
        yield {"article": article, "paragraph": paragraph, "entities": entities}


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.pipeline.fars_ner [--file news/fars-news-2.json] SENTENCES.jsonl …``:
    rewrite that news file's annotations."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("sentences", nargs="+", type=Path)
    parser.add_argument("--file", default="news/fars-news-1.json", choices=sorted(ANNOTATIONS))
    args = parser.parse_args(argv)
    sentences = [
        json.loads(line) for name in args.sentences for line in name.read_text("utf-8").splitlines()
    ]
    articles = read_news(data_dir() / args.file)
    out = ANNOTATIONS[args.file]
    out.parent.mkdir(exist_ok=True)
    lines = [json.dumps(r, separators=(",", ":")) + "\n" for r in pack(sentences, articles)]
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
