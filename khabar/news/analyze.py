"""``analyze``: one article in, an :class:`Article` out; ``analyze_many`` for a stream."""

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from khabar.news.article import Article
from khabar.news.reader import ArticleError, Draft, parse_date, read_article
from khabar.text.spacy_tokenizer import KhabarTokenizer

# Longer texts are cut, with a warning, so one huge file cannot stall a batch.
MAX_CHARS = 200_000
# Letters are counted as what is left once the runs of everything else are taken out,
# which is three times as fast as listing every letter.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_PERSIAN_LETTERS = re.compile("[^ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئيك]+")
# Arabic shares those letters; it has none of «پ چ ژ گ», and many of its words open with
# the article «ال», few Persian ones («البته», «الزام»).
_PERSIAN_ONLY = re.compile("[پچژگ]")
_WITH_ARTICLE = re.compile(r"(?<![\w\u200c])ال\w")
_ARABIC_ARTICLE_SHARE = 0.1


# The news layer reads only the named entities, so analysis leaves out the syntactic and
# lemma components; ``khabar.load()`` has them all.
SYNTAX = (
    "tok2vec",
    "morphologizer",
    "trainable_lemmatizer",
    "parser",
    "pos_rules",
    "verb_lemmas",
    "seen_lemmas",
)


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """``khabar.load()`` less the syntax, its tokenizer repairing the endings news sites
    lose in lines that keep a verb's «می‌» (``normalize(text, mixed=True)``)."""
    from khabar.pipeline.load import load

    nlp = load(exclude=SYNTAX)
    nlp.tokenizer = KhabarTokenizer(nlp.vocab, mixed=True)
    return nlp


def compose(draft: Draft) -> str:
    """The article as one text: headline, then each paragraph, blank lines between."""
    return "\n\n".join(p.replace("\n", " ") for p in [draft.headline, *draft.paragraphs])


def publication_day(date: dt.date | str | None) -> dt.date | None:
    """``date`` as a day; ISO text («2017-09-20», or Solar Hijri «1396-06-29») is read, as
    JSON and shells give one."""
    return parse_date(date) if date is not None else None


def analyze(
    article: str | Draft,
    date: dt.date | str | None = None,
    kind: str | None = None,
    nlp: Language | None = None,
) -> Article:
    """Analyse one article given as plain text, HTML, JSON text, or a :class:`Draft`.

    ``date`` is the publication date when known (a date or an ISO string); it overrides
    one found in the input. Raises :class:`ArticleError` for input that holds no article
    and for a date that is not one.
    """
    nlp = nlp or default_pipeline()
    doc, draft, warnings = _prepared(article, publication_day(date), kind, nlp)
    return Article(nlp(doc), doc._.published, draft.url, warnings)


def analyze_many(
    articles: Iterable[str | Draft],
    date: dt.date | str | None = None,
    kind: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 16,
) -> Iterator[Article | Exception]:
    """Analyse many articles, in their order, as :func:`analyze` does each; for a batch.

    The pipeline reads them ``batch_size`` at a time, which on Fars News is a few per cent
    faster than one call each (``benchmarks/analyze.py``). An article that cannot be
    analysed yields its exception in its place, an :class:`ArticleError` for input that
    holds no article, and the rest go on; so does the batch an article breaks a component
    in, each of its articles read alone. ``kind`` is every article's, as for
    :func:`analyze`; give articles of different kinds as :class:`Draft` objects.
    """
    nlp = nlp or default_pipeline()
    day = publication_day(date)
    articles = iter(articles)
    while chunk := list(islice(articles, batch_size)):
        ready: list[tuple[Doc, Draft, list[str]] | Exception] = []
        for article in chunk:
            try:
                ready.append(_prepared(article, day, kind, nlp))
            except Exception as e:  # one article's, an ArticleError or a bug it trips
                ready.append(e)
        docs = [r[0] for r in ready if not isinstance(r, Exception)]
        try:
            done = iter(list(nlp.pipe(docs, batch_size=batch_size)))
        except Exception:  # a bug one article trips must not lose the others
            done = None
        for r in ready:
            if isinstance(r, Exception):
                yield r
                continue
            doc, draft, warnings = r
            if done is None:
                # read afresh, not a doc the failed batch may have half annotated
                fresh = nlp.make_doc(doc.text)
                fresh._.published = doc._.published
                try:
                    doc = nlp(fresh)
                except Exception as e:
                    yield e
                    continue
            else:
                doc = next(done)
            yield Article(doc, doc._.published, draft.url, warnings)


def _prepared(
    article: str | Draft, date: dt.date | None, kind: str | None, nlp: Language
) -> tuple[Doc, Draft, list[str]]:
    """The article's text as a :class:`Doc` the pipeline has not read yet, its draft, and
    the warnings about it; raises :class:`ArticleError` for one with no words."""
    draft = article if isinstance(article, Draft) else read_article(article, kind)
    text = compose(draft)
    warnings = list(draft.warnings)
    if len(text) > MAX_CHARS:
        # at the last paragraph or word break within the limit, never inside a word
        cut = text.rfind("\n", 0, MAX_CHARS + 1)
        if cut <= 0:
            cut = text.rfind(" ", 0, MAX_CHARS + 1)
        text = text[: cut if cut > 0 else MAX_CHARS].rstrip()
        warnings.append(f"article longer than {MAX_CHARS} characters; the rest was not analysed")
    letters = len(_NOT_LETTERS.sub("", text))
    if not letters:
        raise ArticleError("the article has no words")
    if len(_NOT_PERSIAN_LETTERS.sub("", text)) < 0.5 * letters or _looks_arabic(text):
        warnings.append("the article does not look like Persian text; results will be poor")
    doc = nlp.make_doc(text)
    doc._.published = date or draft.published
    return doc, draft, warnings


def _looks_arabic(text: str) -> bool:
    if _PERSIAN_ONLY.search(text):
        return False
    words = len(text.split())
    return words > 0 and len(_WITH_ARTICLE.findall(text)) >= _ARABIC_ARTICLE_SHARE * words
