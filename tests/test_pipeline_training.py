"""khabar.pipeline: CoNLL-U <-> spaCy conversion, lemma unification, verb-stem backoff and
the shipped model (skipped when khabar/models/fa_khabar has not been built)."""

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import khabar.pipeline  # noqa: F401
from khabar.datasets import read_conllu
from khabar.pipeline.conllu import to_conllu
from khabar.pipeline.convert import (
    LemmaUnifier,
    arman_sentence_to_doc,
    split,
    ud_sentence_to_doc,
)
from khabar.pipeline.verb_lemmas import VerbLemmas

# Written for these tests (not from any treebank). Sentence 1 has a multiword token
# «کتابش» = «کتاب» + «ش» and a verb with a PerDT lemma; sentence 2 has two ranges and
# SpaceAfter=No on a range. Columns are written space-separated and turned into tabs.
_CONLLU_SPACED = """\
# sent_id = t-1
# text = کتابش را دیروز خواندم.
1-2 کتابش _ _ _ _ _ _ _ _
1 کتاب کتاب NOUN N_IANM Number=Sing 5 obj _ _
2 ش او PRON PR_JOPER Number=Sing|Person=3|PronType=Prs 1 nmod _ _
3 را را ADP POSTP _ 1 case _ _
4 دیروز دیروز NOUN N_IANM Number=Sing 5 obl _ _
5 خواندم خواند#خوان VERB V_ACT Number=Sing|Person=1|Tense=Past|Voice=Act 0 root _ SpaceAfter=No
6 . . PUNCT PUNC _ 5 punct _ _

# sent_id = t-2
# text = دوستانم خانه‌اش را دیدند.
1-2 دوستانم _ _ _ _ _ _ _ _
1 دوستان دوست NOUN N_ANM Number=Plur 6 nsubj _ _
2 م من PRON PR_JOPER Number=Sing|Person=1|PronType=Prs 1 nmod _ _
3-4 خانه‌اش _ _ _ _ _ _ _ _
3 خانه خانه NOUN N_IANM Number=Sing 6 obj _ _
4 اش او PRON PR_JOPER Number=Sing|Person=3|PronType=Prs 3 nmod _ _
5 را را ADP POSTP _ 3 case _ _
6 دیدند دید#بین VERB V_ACT Number=Plur|Person=3|Tense=Past|Voice=Act 0 root _ SpaceAfter=No
7 . . PUNCT PUNC _ 6 punct _ _
"""
CONLLU = "\n".join(
    line if line.startswith("#") else line.replace(" ", "\t") for line in _CONLLU_SPACED.split("\n")
)

ZWNJ = "\u200c"
MODEL = Path(__file__).resolve().parents[1] / "khabar" / "models" / "fa_khabar"


@pytest.fixture()
def sentences(tmp_path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return list(read_conllu(path))


def _rows(conllu: str) -> list[list[str]]:
    return [line.split("\t") for line in conllu.splitlines() if line and line[0] != "#"]


def test_ud_to_doc_keeps_words_heads_lemmas(sentences):
    doc = ud_sentence_to_doc(Language().vocab, sentences[0])
    assert [t.text for t in doc] == ["کتاب", "ش", "را", "دیروز", "خواندم", "."]
    assert [t.head.i for t in doc] == [4, 0, 0, 4, 4, 4]
    assert doc[4].dep_ == "ROOT" and doc[4].lemma_ == "خواند#خوان"
    assert doc[0].pos_ == "NOUN" and str(doc[1].morph) == "Number=Sing|Person=3|PronType=Prs"
    # words of a multiword token are joined; SpaceAfter=No respected
    assert doc.text == "کتابش را دیروز خواندم."
    assert doc._.multiword == [(0, 1, "کتابش")]


def test_conllu_round_trip_through_docbin(sentences):
    """Gold Docs, kept as training keeps them, are written back by the writer of
    ``khabar conllu``: every column but MISC as in the gold, ranges in place, and MISC
    with the gold's SpaceAfter=No and no entity. (The text is the words' own: a ZWNJ
    between the words of a range, as in «خانه‌اش», belongs to none of them.)"""
    nlp = Language()
    db = DocBin(store_user_data=True)
    for s in sentences:
        db.add(ud_sentence_to_doc(nlp.vocab, s))
    docs = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    for sent, doc in zip(sentences, docs, strict=True):
        out = "".join(to_conllu([doc]))
        assert f"# text = {sent.text.replace(ZWNJ, '')}" in out
        rows = _rows(out)
        assert [r[:9] for r in rows] == [r[:9] for r in sent.rows]
        space_after = ["SpaceAfter=No" in r[9] for r in sent.rows]
        assert ["SpaceAfter=No" in r[9] for r in rows] == space_after
        assert {r[9].split("|")[-1] for r in rows if "-" not in r[0]} == {"NER=O"}
    assert [tuple(m) for m in docs[1]._.multiword] == [(0, 1, "دوستانم"), (2, 3, "خانه‌اش")]


def test_seraji_verb_lemmas_become_perdt_style():
    unify = LemmaUnifier()
    unify.by_past["رفت"] = "رفت#رو"
    row = ["3", "گفت", "گفت", "VERB", "V_PA", "_", "0", "root", "_", "OrigLemma=گفت#گو"]
    assert unify(row) == "گفت#گو"
    assert unify(["1", "است", "است", "AUX", "V_PRS", "_", "0", "cop", "_", "_"]) == "#است"
    assert unify(["1", "رفتند", "رفت", "VERB", "V_PA", "_", "0", "root", "_", "_"]) == "رفت#رو"
    assert unify(["1", "کتاب", "کتاب", "NOUN", "N_SING", "_", "0", "root", "_", "_"]) == "کتاب"


def test_arman_tags_map_to_labels():
    doc = arman_sentence_to_doc(
        Language().vocab,
        [
            ("علی", "B-pers"),
            ("دایی", "I-pers"),
            ("در", "O"),
            ("تهران", "B-loc"),
            ("بازی", "O"),
            ("جام", "B-event"),
            ("جهانی", "I-event"),
        ],
    )
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("علی دایی", "PER"),
        ("تهران", "LOC"),
        ("جام جهانی", "EVENT"),
    ]


def test_verb_stem_backoff():
    v = VerbLemmas(Language(), "verb_lemmas")
    v._index(["رسید#رس", "کرد#کن", "گفت#گو", "شد#شو", "بر#گشت#گرد", "گشت#گرد"])
    assert v.guess("می‌رسند") == "رسید#رس"
    assert v.guess("نمی‌کنم") == "کرد#کن"
    assert v.guess("گفته‌اند") == "گفت#گو"
    assert v.guess("بگوید") == "گفت#گو"
    assert v.guess("برمی‌گشتند") == "بر#گشت#گرد"
    assert v.guess("کتاب") is None


@pytest.mark.skipif(not MODEL.exists(), reason="model not built: run `khabar train`")
def test_shipped_model_tags_and_parses():
    import spacy

    nlp = spacy.load(MODEL)
    for name in ("morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    words = ["دانشجویان", "دانشگاه", "تهران", "امروز", "به", "کتابخانه", "می‌رسند", "."]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=[True] * 6 + [False, False]))
    verb = doc[6]
    assert verb.pos_ in ("VERB", "AUX")
    assert verb.lemma_ == "رسید#رس"
    assert doc[-1].pos_ == "PUNCT"
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == len(list(doc.sents)) >= 1
    assert all(t.head.i == t.i or t.head.sent == t.sent for t in doc)
    assert doc[4].pos_ == "ADP"  # «به»
    assert "Number" in doc[0].morph.to_dict()
    text_doc = nlp(Doc(nlp.vocab, words=["علی", "دایی", "در", "تهران", "است", "."]))
    assert {e.label_ for e in text_doc.ents} <= {"PER", "ORG", "LOC", "FAC", "EVENT", "PRO"}


def test_cached_floret_vectors_match_spacy_and_survive_reloading():
    """khabar's vectors remember each word's floret vector: the same numbers as spaCy's own
    ``Vectors`` in floret mode, for keys given as hashes or strings, before and after a
    ``from_bytes`` (which forgets what was remembered)."""
    import numpy as np
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    from khabar.pipeline.cached_vectors import CachedFloretVectors

    strings = StringStore()
    data = np.random.default_rng(0).random((50, 8), dtype="float32")
    plain = Vectors(strings=strings, data=data, mode="floret", minn=2, maxn=3, hash_count=2)
    cached = CachedFloretVectors(strings=strings)
    cached.from_bytes(plain.to_bytes(exclude=["strings"]), exclude=["strings"])
    assert cached.mode == plain.mode and cached.shape == plain.shape
    keys = [strings.add(w) for w in ["کتاب", "تهران", "کتاب", "کتابخانه"]]
    expected = plain.get_batch(keys)
    assert np.allclose(cached.get_batch(np.asarray(keys, dtype="uint64")), expected)
    assert np.allclose(cached.get_batch(keys), expected)  # now from memory
    assert np.allclose(cached.get_batch(["کتاب"]), expected[:1])
    other = np.random.default_rng(1).random((50, 8), dtype="float32")
    replaced = Vectors(strings=strings, data=other, mode="floret", minn=2, maxn=3, hash_count=2)
    cached.from_bytes(replaced.to_bytes(exclude=["strings"]), exclude=["strings"])
    assert np.allclose(cached.get_batch(keys), replaced.get_batch(keys))


def test_vectors_text_is_tune_words_keyed_like_norm(tmp_path):
    """The unlabelled text for the vectors: the tune parts' words, one sentence a line, in
    the pipeline's NORM form (Persian letters, ASCII digits)."""
    from khabar.pipeline.vectors import TUNE_PARTS, corpus_lines

    vocab = Language().vocab
    for i, name in enumerate(TUNE_PARTS):
        db = DocBin()
        db.add(Doc(vocab, words=["علي", "۱۲", "كتاب", str(i)]))
        db.to_disk(tmp_path / f"{name}.spacy")
    assert corpus_lines(tmp_path) == [f"علی 12 کتاب {i}" for i in range(len(TUNE_PARTS))]


def test_vectors_text_leaves_out_the_real_held_out_articles(tmp_path):
    import json

    from khabar.datasets.news import held_out_articles
    from khabar.pipeline.vectors import news_lines

    news, recipes = tmp_path / "news", tmp_path / "recipes"
    news.mkdir()
    recipes.mkdir()
    articles = [{"title": f"خبر {i}", "paragraphs": [f"متن خبر شماره {i} است."]} for i in range(3)]
    (news / "fars-news-2.json").write_text(json.dumps(articles), encoding="utf-8")
    recipe = {"source": {"file": "news/fars-news-2.json", "index": 1}}
    (recipes / "r01.json").write_text(json.dumps(recipe), encoding="utf-8")
    lines = news_lines(news, recipes)
    assert any("0" in line for line in lines) and any("2" in line for line in lines)
    assert not any("1" in line for line in lines)
    assert len(held_out_articles()) >= 24


def test_fars_entities_are_kept_as_raw_offsets_and_come_back_on_khabar_tokens(
    tmp_path, monkeypatch
):
    """Entities marked on a normalized sentence are stored as offsets into the paragraph as
    published (Arabic letters, lost half-spaces) and come back on khabar's tokens."""
    import gzip
    import json

    import khabar
    from khabar.pipeline import fars_ner

    paragraph = "محمدجواد ظريف روز دوشنبه به مسكو رفت. وي با سرگئي لاوروف ديدار ميكند."
    article = {"title": "سفر به روسيه", "abstract": "", "paragraphs": [paragraph]}
    text = khabar.normalize(paragraph)
    names = [("محمدجواد ظریف", "PER"), ("مسکو", "LOC"), ("سرگئی لاوروف", "PER")]
    entities = [[text.index(n), text.index(n) + len(n), label] for n, label in names]
    (record,) = fars_ner.pack(
        [{"article": 0, "paragraph": 1, "text": text, "entities": entities}], [article]
    )
    assert [paragraph[s:e] for s, e, _ in record["entities"]] == [
        "محمدجواد ظريف",
        "مسكو",
        "سرگئي لاوروف",
    ]
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "fars-news-1.json").write_text(json.dumps([article]), encoding="utf-8")
    with gzip.open(tmp_path / "ner.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path))
    parts, lost = fars_ner.read_docs(
        Language().vocab, {"news/fars-news-1.json": tmp_path / "ner.jsonl.gz"}
    )
    assert lost == 0 and not parts["train"] and not parts["dev"]  # article 0 is held out
    (doc,) = parts["heldout"]
    assert [(e.text, e.label_) for e in doc.ents] == names


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0])
def test_a_share_of_the_held_out_quarter_is_trained_on_and_only_the_rest_scored(share):
    """``khabar train --ud-heldout-share``: the held-out part's first share moves to training;
    the other parts, and what is scored, never overlap, and nothing is lost."""
    items = list(range(200))
    parts = split(items, share)
    unshared = split(items)
    taken = unshared["heldout"][: round(len(unshared["heldout"]) * share)]
    assert parts["train"] == unshared["train"] + taken
    assert parts["tune"] == unshared["tune"] + taken
    assert parts["heldout"] == unshared["heldout"][len(taken) :]
    assert sorted(parts["train"] + parts["dev"] + parts["heldout"]) == items
    assert not set(parts["heldout"]) & set(parts["train"] + parts["dev"])


def test_fars_articles_left_out_go_to_the_held_out_part(tmp_path, monkeypatch):
    """``leave_out`` keeps gold articles out of the NER's training whatever their index
    (benchmarks/unseen_ner.py measures the news layer on news its NER never saw)."""
    import gzip
    import json

    from khabar.pipeline import fars_ner

    articles = [
        {"title": f"خبر {i}", "abstract": "", "paragraphs": [f"علی رضایی به شهر {i} رفت."]}
        for i in range(4)
    ]
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "fars-news-2.json").write_text(json.dumps(articles), encoding="utf-8")
    with gzip.open(tmp_path / "ner.jsonl.gz", "wt", encoding="utf-8") as f:
        for i in (2, 3):
            f.write(json.dumps({"article": i, "paragraph": 1, "entities": [[0, 9, "PER"]]}))
            f.write("\n")
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path))
    annotations = {"news/fars-news-2.json": tmp_path / "ner.jsonl.gz"}
    parts, _ = fars_ner.read_docs(Language().vocab, annotations)
    assert (len(parts["train"]), len(parts["heldout"])) == (2, 0)
    parts, _ = fars_ner.read_docs(
        Language().vocab, annotations, leave_out={("news/fars-news-2.json", 2)}
    )
    assert (len(parts["train"]), len(parts["heldout"])) == (1, 1)
    assert [e.text for e in parts["heldout"][0].ents] == ["علی رضایی"]


def test_shipped_fars_annotations_align_with_khabar_tokens():
    from khabar.pipeline import fars_ner

    parts, lost = fars_ner.read_docs(Language().vocab)
    entities = sum(len(d.ents) for docs in parts.values() for d in docs)
    assert entities > 5000 and lost <= entities // 500
    assert all(parts.values())


def test_no_annotated_news_article_is_one_of_the_real_held_out_gold():
    """The NER trains on hand-annotated Fars News; the news layer's real held-out articles
    must stay unseen by it."""
    import json

    from khabar.pipeline import fars_ner

    root = Path(__file__).resolve().parents[1] / "evaluation" / "fars" / "holdout"
    held = {
        (r["source"]["file"], r["source"]["index"])
        for r in (json.loads(p.read_text(encoding="utf-8")) for p in root.glob("*.json"))
    }
    annotated = {
        (source, record["article"])
        for source, path in fars_ner.ANNOTATIONS.items()
        for record in fars_ner.read_annotations(path)
    }
    assert held and annotated and not held & annotated


def _sentence(words, heads, deps, pos):
    doc = Doc(
        Language().vocab,
        words=words,
        lemmas=words,
        pos=pos,
        morphs=["Number=Sing" if p == "NOUN" else "" for p in pos],
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return doc[:]


def test_selftrain_keeps_a_sane_analysis_without_its_lemmas():
    from khabar.pipeline.selftrain import is_sane, pseudo_doc

    words = ["وزیر", "امروز", "به", "تهران", "رفت", "."]
    pos = ["NOUN", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"]
    deps = ["nsubj", "obl", "case", "obl", "ROOT", "punct"]
    sent = _sentence(words, [4, 4, 3, 4, 4, 4], deps, pos)
    assert is_sane(sent) is None
    doc = pseudo_doc(sent.doc.vocab, sent)
    assert [t.head.i for t in doc] == [4, 4, 3, 4, 4, 4] and [t.dep_ for t in doc] == deps
    assert [t.pos_ for t in doc] == pos and str(doc[0].morph) == "Number=Sing"
    assert not doc.has_annotation("LEMMA")  # the lemmatizer does not learn the teacher's
    # no sentence-final punctuation (titles), a word attached to the full stop, too short
    assert is_sane(_sentence(words[:5], [4] * 5, deps[:5], pos[:5])) == "no final punct"
    bad = _sentence(words, [4, 5, 3, 4, 4, 4], deps, pos)
    assert is_sane(bad) == "punct head"
    assert is_sane(_sentence(["رفت", "."], [0, 0], ["ROOT", "punct"], ["VERB", "PUNCT"])) == (
        "length"
    )


def test_selftrain_reads_no_fars_news_2_article_without_annotations():
    """Fars News 2's articles without hand annotations are held out from every model."""
    import json

    from khabar.datasets.paths import data_dir
    from khabar.pipeline import fars_ner
    from khabar.pipeline.selftrain import unlabelled_texts

    texts = set(unlabelled_texts())
    path = "news/fars-news-2.json"
    articles = json.loads((data_dir() / path).read_text(encoding="utf-8"))
    annotated = {r["article"] for r in fars_ner.read_annotations(fars_ner.ANNOTATIONS[path])}
    others = {
        p for i, a in enumerate(articles) if i not in annotated for p in fars_ner.paragraphs(a)
    }
    allowed = {p for i, a in enumerate(articles) if i in annotated for p in fars_ner.paragraphs(a)}
    assert annotated and others and allowed <= texts
    assert not (others - allowed) & texts


@pytest.mark.skipif(not MODEL.exists(), reason="model not built: run `khabar train`")
def test_the_card_of_a_build_that_trained_on_the_held_out_quarter_says_so():
    """A build with ``--ud-heldout-share 1`` has no UD part left to score: its card says
    what it trained on and how to rebuild it, instead of an empty table."""
    import json

    from khabar.pipeline.card import render

    shipped = json.loads((MODEL / "scores.json").read_text(encoding="utf-8"))
    report = {**shipped, "arman_heldout_share": 0.0}
    ner_only = {k: v for k, v in report["scores"].items() if not k.startswith("ud-")}
    row = dict.fromkeys(("UPOS", "UFeats", "Lemmas", "UAS", "LAS", "LAS_universal"), 50.0)
    unshared = {"ud-perdt": {"words": 7, **row}, **ner_only}
    assert "| ud-perdt | 7 |" in render({**report, "ud_heldout_share": 0.0, "scores": unshared})
    card = render({**report, "ud_heldout_share": 1.0, "scores": ner_only, "parallel": True})
    assert "| held-out part |" not in card and "khabar train --ud-heldout-share 1\n" in card
    one_at_a_time = render({**report, "ud_heldout_share": 1.0, "parallel": False})
    assert "khabar train --sequential --ud-heldout-share 1\n" in one_at_a_time
    assert "dev split, all of it (tune part and held-out quarter)" in card
    assert "| ud-perdt |" not in card and "| PER |" in card
    assert "fold 1 training file, tune part:" in card  # the NER's held-out stays out
    arman = render({**report, "ud_heldout_share": 1.0, "arman_heldout_share": 1.0})
    assert "khabar train --ud-heldout-share 1 --arman-heldout-share 1\n" in arman
    assert "`ner_arman` also all of its held-out quarter (1280 sentences)" in arman


def test_arman_held_out_share_goes_to_the_arman_ner_only(tmp_path):
    """``khabar train --arman-heldout-share``: the Arman NER's own train folder takes the
    share of Arman's quarter, which is then scored no more; ``ner`` (the news layer's) and
    the vectors' tune part never see it."""
    from khabar.pipeline.convert import convert_all

    before = convert_all(tmp_path / "before")
    after = convert_all(tmp_path / "after", arman_heldout_share=0.5)
    quarter = before["ner-arman-heldout"]
    taken = round(quarter * 0.5)
    assert before["ner-arman-train-shared"] == before["ner-arman-train"]
    assert after["ner-arman-train-shared"] == before["ner-arman-train"] + taken
    assert after["ner-arman-heldout"] == quarter - taken
    unmoved = {k for k in before if after[k] == before[k]}
    assert unmoved == set(before) - {"ner-arman-train-shared", "ner-arman-heldout"}
    vocab = Language().vocab
    shared = DocBin().from_disk(tmp_path / "after" / "ner-arman-train" / "arman.spacy")
    scored = DocBin().from_disk(tmp_path / "after" / "ner-arman-heldout.spacy")
    trained_texts = {d.text for d in shared.get_docs(vocab)}
    assert not trained_texts & {d.text for d in scored.get_docs(vocab)}
    news_ner = tmp_path / "after" / "ner-train" / "arman.spacy"
    assert news_ner.read_bytes() == (tmp_path / "before" / "ner-train" / "arman.spacy").read_bytes()
    assert (tmp_path / "after" / "ner-arman-train" / "fars.spacy").read_bytes() == (
        tmp_path / "after" / "ner-train" / "fars.spacy"
    ).read_bytes()


def test_a_treebank_train_split_given_is_trained_on_and_nothing_else_moves(tmp_path):
    """``khabar train --ud-train``: a user's full train split goes whole into the train part
    of the treebank its name says; the held-out quarters are scored as before."""
    from khabar.pipeline.convert import convert_all

    (tmp_path / "fa_perdt-ud-train.conllu").write_text(CONLLU, encoding="utf-8")
    (tmp_path / "fa_seraji-ud-train.conllu").write_text(CONLLU + "\n" + CONLLU, "utf-8")
    before = convert_all(tmp_path / "before")
    after = convert_all(
        tmp_path / "after",
        ud_train=[tmp_path / "fa_perdt-ud-train.conllu", tmp_path / "fa_seraji-ud-train.conllu"],
    )
    moved = {k: after[k] - before[k] for k in before if after[k] != before[k]}
    assert moved == {
        "ud-perdt-train": 2,
        "ud-seraji-train": 4,
        "ud-train": 6,
        "ud-mixed-train": 6,
    }
    docs = list(
        DocBin().from_disk(tmp_path / "after" / "ud-perdt-train.spacy").get_docs(Language().vocab)
    )
    assert [t.text for t in docs[-1]] == ["دوستان", "م", "خانه", "اش", "را", "دیدند", "."]
