"""The news layer's records survive ``Doc.to_bytes`` and so cross process boundaries:
``nlp.pipe(texts, n_process=2)`` on ``khabar.load()`` gives what one process gives."""

import datetime as dt

import pytest
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from khabar.news.components import NEWS_COMPONENTS
from khabar.pipeline.load import load

EXTENSIONS = ("published", "paragraphs", "sources", "dates", "quotes", "people", "titles", "events")

ARTICLES = [
    "دیدار وزیران خارجه ایران و ترکیه\n\n"
    "به گزارش خبرگزاری مهر به نقل از خبرگزاری «آناتولی»، محمد کریمی و احمد یلماز، وزیران "
    "امور خارجه ایران و ترکیه، روز سه‌شنبه (۱۹ سپتامبر) در آنکارا با یکدیگر دیدار کردند.\n\n"
    "کریمی پس از این دیدار گفت: «دو کشور درباره گسترش تجارت مرزی توافق کردند.»\n\n"
    "وی افزود که نشست بعدی دو طرف ۲۸ شهریور ۱۳۹۶ در تهران برگزار می‌شود.",
    "افزایش قیمت نان در کرمان\n\n"
    "خبرگزاری فارس: مدیرکل غله استان کرمان از افزایش قیمت نان خبر داد.\n\n"
    "علی رضایی دیروز در جمع خبرنگاران اظهار داشت: «قیمت نان از هفته آینده ده درصد بالا "
    "می‌رود.» به گفته وی، نانوایی‌ها باید نرخ‌نامه را نصب کنند.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load(exclude=("parser", "trainable_lemmatizer"))


def _news(doc: Doc) -> dict:
    """The news extensions, each list of records as a list (``DocBin`` gives the outermost
    arrays back as tuples, spaCy's choice; the records inside keep their own types)."""
    values = {name: getattr(doc._, name) for name in EXTENSIONS}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def test_an_analysed_doc_comes_back_from_bytes_as_it_was(nlp: Language) -> None:
    doc = nlp.make_doc(ARTICLES[0])
    doc._.published = dt.date(2017, 9, 20)
    doc = nlp(doc)
    assert doc._.quotes and doc._.people and doc._.events and doc._.dates
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _news(again) == _news(doc)
    # tuples stay tuples, lists lists: the rules downstream compare and extend them
    assert type(again._.quotes[0].subject) is type(doc._.quotes[0].subject)
    assert type(again._.people[0].mentions) is list
    assert type(again._.events[0].sentence) is tuple


def test_a_docbin_keeps_the_news_layer(nlp: Language, tmp_path) -> None:
    docs = list(nlp.pipe(ARTICLES))
    path = tmp_path / "news.spacy"
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    loaded = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [_news(d) for d in loaded] == [_news(d) for d in docs]


def test_n_process_gives_what_one_process_gives(nlp: Language) -> None:
    assert set(NEWS_COMPONENTS) <= set(nlp.pipe_names)
    alone = [_news(d) for d in nlp.pipe(ARTICLES)]
    together = [_news(d) for d in nlp.pipe(ARTICLES, n_process=2, batch_size=1)]
    assert together == alone
    assert all(news["people"] for news in together)


def test_packed_data_cannot_name_a_class_to_build() -> None:
    packed = srsly.msgpack_dumps({"__khabar__": "Popen", "fields": {"args": ["true"]}})
    with pytest.raises(ValueError, match="Popen"):
        srsly.msgpack_loads(packed)
