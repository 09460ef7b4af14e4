"""``analyze``: one article in, an :class:`Article` out."""

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language

from khabar.news.article import Article
from khabar.news.reader import ArticleError, Draft, read_article

# Longer texts are cut, with a warning, so one huge file cannot stall a batch.
MAX_CHARS = 200_000
# Letters are counted as what is left once the runs of everything else are taken out,
# which is three times as fast as listing every letter.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_PERSIAN_LETTERS = re.compile("[^ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئيك]+")


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
    from khabar.pipeline.load import load

    return load(exclude=SYNTAX)


def compose(draft: Draft) -> str:
    """The article as one text: headline, then each paragraph, blank lines between."""
    return "\n\n".join(p.replace("\n", " ") for p in [draft.headline, *draft.paragraphs])


def publication_day(date: dt.date | str | None) -> dt.date | None:
    """``date`` as a day; an ISO string («2017-09-20») is read, as JSON and shells give one."""
    if date is None or isinstance(date, dt.date):
        return date
    try:
        return dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        raise ArticleError(f"not a date in the form YYYY-MM-DD: {date!r}") from None


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
    date = publication_day(date)
    draft = article if isinstance(article, Draft) else read_article(article, kind)
    text = compose(draft)
    warnings = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(f"article longer than {MAX_CHARS} characters; the rest was not analysed")
    letters = len(_NOT_LETTERS.sub("", text))
    if not letters:
        raise ArticleError("the article has no words")
    if len(_NOT_PERSIAN_LETTERS.sub("", text)) < 0.5 * letters:
        warnings.append("the article does not look like Persian text; results will be poor")
    nlp = nlp or default_pipeline()
    doc = nlp.make_doc(text)
    published = date or draft.published
    doc._.published = published
    doc = nlp(doc)
    return Article(doc, published, draft.url, warnings)
