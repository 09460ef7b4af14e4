"""``analyze_many``: a stream of articles through the pipeline in batches, each result
the one ``analyze`` gives, in order, a bad article's error in its place."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from khabar.news.analyze import SYNTAX, analyze, analyze_many
from khabar.news.reader import ArticleError, Draft
from khabar.pipeline.load import load

ARTICLES = [
    "سفر وزیر\n\nبه گزارش خبرگزاری فارس، علی رضایی وزیر نیرو امروز به مشهد سفر کرد.",
    "دیدار\n\nحسن بهرامی گفت: «این دیدار مفید بود.» وی افزود که کار ادامه دارد.",
    "تماس تلفنی\n\nوزیر امور خارجه ایران با همتای ترکیه‌ای خود گفت‌وگو کرد.",
]


def test_each_result_is_what_analyze_gives_in_order() -> None:
    results = list(analyze_many(ARTICLES, date="2020-05-01", batch_size=2))
    assert [r.to_dict() for r in results] == [
        analyze(a, date="2020-05-01").to_dict() for a in ARTICLES
    ]


def test_an_article_with_no_words_yields_its_error_in_its_place() -> None:
    results = list(analyze_many([ARTICLES[0], "۱۲۳ ... ۴۵۶", ARTICLES[1]]))
    assert isinstance(results[1], ArticleError)
    assert [r.to_dict()["headline"] for r in (results[0], results[2])] == ["سفر وزیر", "دیدار"]


def test_an_article_a_bug_trips_before_the_pipeline_loses_only_itself() -> None:
    broken = Draft(headline=None, paragraphs=["متن"])  # no headline: composing it fails
    results = list(analyze_many([ARTICLES[0], broken, ARTICLES[1]], batch_size=8))
    assert isinstance(results[1], Exception) and not isinstance(results[1], ArticleError)
    assert [r.to_dict()["headline"] for r in (results[0], results[2])] == ["سفر وزیر", "دیدار"]


@Language.component("khabar_test_breaks_on_a_bomb")
def _breaks_on_a_bomb(doc: Doc) -> Doc:
    if "بمب" in doc.text:
        raise ValueError("a bug this article trips")
    return doc


@pytest.fixture(scope="module")
def breaking() -> Language:
    nlp = load(exclude=SYNTAX)
    nlp.add_pipe("khabar_test_breaks_on_a_bomb", after="ner")
    return nlp


def test_a_component_one_article_breaks_loses_only_that_article(breaking: Language) -> None:
    articles = [ARTICLES[0], "بمب\n\nیک بمب در بازار پیدا شد.", ARTICLES[2]]
    results = list(analyze_many(articles, nlp=breaking, batch_size=8))
    assert isinstance(results[1], ValueError)
    assert [r.to_dict()["headline"] for r in (results[0], results[2])] == [
        "سفر وزیر",
        "تماس تلفنی",
    ]
